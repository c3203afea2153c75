import { describe, expect, it } from 'vitest';
import { describeSources } from '../../../src/popover/source-line';

describe('describeSources', () => {
  it('says nothing for the article’s own voice', () => {
    expect(describeSources([])).toBe('');
  });

  it('names a single source', () => {
    expect(describeSources(['Farnoush Nobakht'])).toBe('Farnoush Nobakht');
  });

  it('keeps the outermost source first and links with "citing"', () => {
    expect(describeSources(['AFP', 'ISNA'])).toBe('AFP, citing ISNA');
    expect(describeSources(['Associated Press', 'Police'])).toBe('Associated Press, citing Police');
  });

  it('lists three links in order', () => {
    expect(describeSources(['Reuters', 'AFP', 'ISNA'])).toBe('Reuters, citing AFP, citing ISNA');
  });

  it('shortens four or more to the first, the last and how many between', () => {
    expect(describeSources(['BBC', 'Reuters', 'AFP', 'ISNA'])).toBe('BBC, citing ISNA via 2 others');
    expect(describeSources(['A', 'B', 'C', 'D', 'E'])).toBe('A, citing E via 3 others');
  });

  it('says where a tweet was posted', () => {
    expect(describeSources([{ name: 'Amal Saad', kind: 'tweet' }])).toBe('Amal Saad on Twitter');
    expect(describeSources(['BBC', { name: 'Amal Saad', kind: 'tweet' }])).toBe('BBC, citing Amal Saad on Twitter');
  });

  it('treats a step object without a kind like a plain name', () => {
    expect(describeSources([{ name: 'AFP' }, 'ISNA'])).toBe('AFP, citing ISNA');
  });

  it('drops blank names, collapses whitespace and a link repeating the one before it', () => {
    expect(describeSources(['  ', 'AFP'])).toBe('AFP');
    expect(describeSources(['AFP', 'afp', ' Iranian   news agency ISNA '])).toBe('AFP, citing Iranian news agency ISNA');
    expect(describeSources(['', ' '])).toBe('');
  });
});
