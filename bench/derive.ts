// Derivation throughput (KB of article text per second): our deriveIndex against compromise's
// people/places/organizations on the same text, in the same run.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { deriveIndex } from '../src/index/build-index';
import { timeRuns, type Sample } from './stats';

const ROOT = path.resolve(import.meta.dirname, '..');

function readFolder(dir: string): { file: string; text: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));
}

/** The seed articles plus the corpus articles (from ../shared when present, else the fixtures). */
export function benchArticles(): { file: string; text: string }[] {
  const shared = path.resolve(ROOT, '../shared/corpus/articles');
  const corpus = existsSync(shared) ? shared : path.join(ROOT, 'tests/fixtures/corpus/articles');
  const articles = [...readFolder(path.join(ROOT, 'seeds'))];
  if (existsSync(corpus)) articles.push(...readFolder(corpus));
  return articles;
}

export interface DeriveBench {
  articles: number;
  kilobytes: number;
  ours: Sample;
  compromise: Sample;
  oursKBps: number;
  compromiseKBps: number;
  entities: number;
}

/** `limit` keeps the first articles only (a quick run). */
export function measureDerive(runs: number, limit = Infinity): DeriveBench {
  const articles = benchArticles().slice(0, limit);
  const kilobytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1024;
  let entities = 0;
  const ours = timeRuns(() => {
    entities = deriveIndex(articles).index.entities.length;
  }, runs);
  const compromise = timeRuns(() => {
    for (const { text } of articles) {
      const doc = nlp(text);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
    }
  }, runs);
  return {
    articles: articles.length,
    kilobytes,
    ours,
    compromise,
    oursKBps: kilobytes / (ours.median / 1000),
    compromiseKBps: kilobytes / (compromise.median / 1000),
    entities,
  };
}
