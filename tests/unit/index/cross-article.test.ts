// Two invented articles with different people who share a surname: a bare surname resolves only
// inside its own article, facts never cross to the other person, and the surname shared by both
// is dropped as an alias (a page's `Quennell` could be either). Also surname-first names with
// hyphenated given names (`Park Ji-woon`), two of them sharing `Park`.
import { describe, expect, it } from 'vitest';
import { deriveIndex } from '../../../src/index/build-index.js';

const harbour = [
  'Harbour festival draws record crowds',
  '',
  'Photographer Dalia Quennell spent the weekend at the harbour festival in Port Avenmore. Quennell said the evening light over the boats was the best she had seen in years.',
].join('\n');
const vote = [
  'Opposition vows to force a second vote',
  '',
  'Opposition leader Park Ji-woon and Interior Minister Park Tae-sung clashed in parliament on Friday. Park said the vote would go ahead next week.',
  '',
  'Lawyer Renzo Quennell, who advises the opposition, called the delay unlawful. Quennell said the court would hear the case.',
].join('\n');

describe('people from different articles who share a surname', () => {
  const { index, errors } = deriveIndex([{ file: 'harbour.txt', text: harbour }, { file: 'vote.txt', text: vote }]);
  const byName = (name: string) => index.entities.find((e) => e.name === name);

  it('derives without errors', () => expect(errors).toEqual([]));
  it('keeps the two people apart, each with facts from its own article only', () => {
    const dalia = byName('Dalia Quennell');
    const renzo = byName('Renzo Quennell');
    expect(dalia?.type).toBe('person');
    expect(renzo?.type).toBe('person');
    expect(new Set(dalia!.facts.map((f) => f.article))).toEqual(new Set(['harbour']));
    expect(new Set(renzo!.facts.map((f) => f.article))).toEqual(new Set(['vote']));
  });
  it('drops the surname they would share as an alias', () => {
    expect(index.entities.filter((e) => e.aliases.includes('Quennell'))).toEqual([]);
  });
  it('indexes surname-first names with hyphenated given names, and not their shared surname', () => {
    expect(byName('Park Ji-woon')?.type).toBe('person');
    expect(byName('Park Tae-sung')?.aliases).toContain('Interior Minister Park Tae-sung');
    expect(index.entities.filter((e) => e.name === 'Park' || e.aliases.includes('Park'))).toEqual([]);
  });
});

describe('a bare surname in an article that never names the person in full', () => {
  const memo = [
    'Budget memo leaks',
    '',
    'The memo was written last spring, long before the audit began. Mr. Quennell, 54, said on Tuesday that the figures were wrong. Quennell added that he would resign.',
  ].join('\n');
  const { index } = deriveIndex([{ file: 'harbour.txt', text: harbour }, { file: 'memo.txt', text: memo }]);

  it('does not join the one full name elsewhere that ends in it', () => {
    const dalia = index.entities.find((e) => e.name === 'Dalia Quennell');
    expect(new Set(dalia!.facts.map((f) => f.article))).toEqual(new Set(['harbour']));
  });
});
