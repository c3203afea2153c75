import { describe, expect, it } from 'vitest';
import { english } from '../english';
import { describeSources } from '../../../src/popover/source-line';

describe('describeSources', () => {
  it('says nothing for the article’s own voice', () => {
    expect(describeSources([], english)).toBe('');
  });

  it('names a single source', () => {
    expect(describeSources(['Farnoush Nobakht'], english)).toBe('Farnoush Nobakht');
  });

  it('keeps the outermost source first and links with "citing"', () => {
    expect(describeSources(['AFP', 'ISNA'], english)).toBe('AFP, citing ISNA');
    expect(describeSources(['Associated Press', 'Police'], english)).toBe('Associated Press, citing Police');
  });

  it('lists three links in order', () => {
    expect(describeSources(['Reuters', 'AFP', 'ISNA'], english)).toBe('Reuters, citing AFP, citing ISNA');
  });

  it('shortens four or more to the first, the last and how many between', () => {
    expect(describeSources(['BBC', 'Reuters', 'AFP', 'ISNA'], english)).toBe('BBC, citing ISNA via 2 others');
    expect(describeSources(['A', 'B', 'C', 'D', 'E'], english)).toBe('A, citing E via 3 others');
  });

  it('says where a tweet was posted', () => {
    expect(describeSources([{ name: 'Amal Saad', kind: 'tweet' }], english)).toBe('Amal Saad on Twitter');
    expect(describeSources(['BBC', { name: 'Amal Saad', kind: 'tweet' }], english)).toBe('BBC, citing Amal Saad on Twitter');
  });

  it('treats a step object without a kind like a plain name', () => {
    expect(describeSources([{ name: 'AFP' }, 'ISNA'], english)).toBe('AFP, citing ISNA');
  });

  it('drops blank names, collapses whitespace and a link repeating the one before it', () => {
    expect(describeSources(['  ', 'AFP'], english)).toBe('AFP');
    expect(describeSources(['AFP', 'afp', ' Iranian   news agency ISNA '], english)).toBe('AFP, citing Iranian news agency ISNA');
    expect(describeSources(['', ' '], english)).toBe('');
  });
});
