// Small invented articles (tests/fixtures/seeds/rules-*.txt), one per family of rules, against
// hand-written gold: products dropped, types from context, attribution across sentences.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveIndex } from '../../../src/index/build-index.js';
import { scoreArticle, type Gold } from '../../../src/index/score.js';

const dir = join(import.meta.dirname, '../../fixtures/seeds');
const fixtures = readdirSync(dir).filter((f) => /^rules-.*\.txt$/.test(f)).sort();

describe.each(fixtures)('%s against its gold', (file) => {
  const id = file.replace(/\.txt$/, '');
  const gold = { ...(JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8')) as Gold), article: id };
  const { index, errors } = deriveIndex([{ file, text: readFileSync(join(dir, file), 'utf8') }]);
  const score = scoreArticle(index, gold);
  it('derives without errors', () => expect(errors).toEqual([]));
  it('finds every entity with its type, and nothing else', () => {
    expect(score.missed).toEqual([]);
    expect(score.wrongType).toEqual([]);
    expect(score.spurious).toEqual([]);
  });
  it('never makes a banned word a name or an alias', () => expect(score.mustNotHits).toEqual([]));
  it('passes every fact check', () => expect(score.failedFacts).toEqual([]));
});
