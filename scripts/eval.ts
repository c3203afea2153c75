// npm run eval -- <articles-dir> <gold-dir> [--verbose]: derives the index from the articles and
// scores it against every gold file (scoring in src/index/score.ts).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deriveIndexFromFolder } from '../src/index/build-index.js';
import { scoreArticle, summarize, type Gold } from '../src/index/score.js';

const [articlesDir, goldDir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
if (!articlesDir || !goldDir) {
  console.error('usage: npm run eval -- <articles-dir> <gold-dir> [--verbose]');
  process.exit(2);
}
const started = performance.now();
const { index, errors } = await deriveIndexFromFolder(articlesDir);
const ms = performance.now() - started;
if (errors.length) console.error(errors.join('\n'));
const golds: Gold[] = [];
for (const f of (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(await readFile(join(goldDir, f), 'utf8')) as Gold;
  gold.article ??= f.replace(/(\.gold)?\.json$/, '');
  golds.push(gold);
}
const pct = (x: number): string => `${(100 * x).toFixed(0)}%`.padStart(5);
const rows = golds.map((g) => scoreArticle(index, g));
console.log(`${'article'.padEnd(28)} recall  prec  type forms  must-not facts`);
for (const s of rows) {
  const r = (a: number, b: number): string => pct(b ? a / b : 1);
  console.log(`${s.article.padEnd(28)} ${r(s.found, s.required)} ${r(s.correct, s.predicted)} ${r(s.typedRight, s.typed)} ${r(s.formsResolved, s.forms)} ${String(s.mustNotHits.length).padStart(8)} ${`${s.factsPassed}/${s.facts}`.padStart(5)}`);
  if (verbose) {
    for (const [label, list] of [['missed', s.missed], ['spurious', s.spurious], ['wrong type', s.wrongType], ['unresolved', s.unresolved], ['must-not', s.mustNotHits], ['failed facts', s.failedFacts]] as const) {
      if (list.length) console.log(`    ${label}: ${list.join('; ')}`);
    }
  }
}
const o = summarize(rows);
console.log(`${'OVERALL'.padEnd(28)} ${pct(o.recall)} ${pct(o.precision)} ${pct(o.typeAccuracy)} ${pct(o.formsResolved)} ${String(o.mustNotHits).padStart(8)} ${o.facts.padStart(5)}`);
console.log(`derived ${index.articles.length} articles, ${index.entities.length} entities in ${ms.toFixed(0)} ms`);
