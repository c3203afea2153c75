// The seed article against its hand-made gold: every required entity with its type, every form
// resolving to it, no banned word as a name or alias, and all fact checks (incl. nested sources).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveIndex } from '../../../src/index/build-index.js';
import { scoreArticle, type Gold } from '../../../src/index/score.js';

const dir = join(import.meta.dirname, '../../fixtures/seeds');
const file = '000_07a5059ebd8f38d8.txt';
const gold = JSON.parse(readFileSync(join(dir, '000_07a5059ebd8f38d8.gold.json'), 'utf8')) as Gold;
const { index, errors, warnings } = deriveIndex([{ file, text: readFileSync(join(dir, file), 'utf8') }]);
const score = scoreArticle(index, gold);

describe('seed 000_07a5059ebd8f38d8 against its gold', () => {
  it('derives without problems and reads the date line', () => {
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(index.articles[0]).toMatchObject({ id: '000_07a5059ebd8f38d8', date: '2020-01-07' });
    expect(index.articles[0]!.title).toBeUndefined();
  });
  it('finds every required entity with its type', () => {
    expect(score.missed).toEqual([]);
    expect(score.wrongType).toEqual([]);
  });
  it('resolves every listed form to the same entity', () => {
    expect(score.unresolved).toEqual([]);
  });
  it('never makes a banned word a name or an alias', () => {
    expect(score.mustNotHits).toEqual([]);
  });
  it('passes every fact check, including the AFP -> ISNA chain', () => {
    expect(score.failedFacts).toEqual([]);
    const tehran = index.entities.find((e) => e.name === 'Tehran')!;
    expect(tehran.facts.map((f) => f.attribution)).toContainEqual(['AFP', 'ISNA']);
    const khamenei = index.entities.find((e) => e.name === 'Ali Khamenei')!;
    expect(khamenei.aliases).toContain('Khamenei');
  });
  it('attributes the police statement outermost first and the tweet to its author', () => {
    const facts = index.entities.flatMap((e) => e.facts);
    expect(facts.find((f) => f.text.startsWith('Police told'))?.attribution).toEqual(['Associated Press', 'Police']);
    expect(facts.find((f) => f.text.includes('@amalsaad_lb'))?.attribution).toEqual(['Amal Saad']);
  });
});
