// npm run derive -- <articles-dir> <out.json> [--overrides <file>]: writes the EntityIndex, or
// prints every problem (`file:line: what`) and writes nothing. The write is atomic (temp + rename).
import { rename, writeFile } from 'node:fs/promises';
import { deriveIndexFromFolder } from '../src/index/build-index.js';

const args = process.argv.slice(2);
const flag = args.indexOf('--overrides');
const overridesFile = flag >= 0 ? args[flag + 1] : undefined;
const [articlesDir, outFile] = args.filter((_, i) => flag < 0 || (i !== flag && i !== flag + 1));
if (!articlesDir || !outFile) {
  console.error('usage: npm run derive -- <articles-dir> <out.json> [--overrides <overrides.json>]');
  process.exit(2);
}
const { index, warnings, errors, stats } = await deriveIndexFromFolder(articlesDir, overridesFile ? { overridesFile } : {});
for (const w of warnings) console.warn(`warning: ${w}`);
if (errors.length) {
  for (const e of errors) console.error(`error: ${e}`);
  console.error(`${errors.length} error(s); nothing written`);
  process.exit(1);
}
const tmp = `${outFile}.${process.pid}.tmp`;
await writeFile(tmp, `${JSON.stringify(index, null, 1)}\n`);
await rename(tmp, outFile);
const types = Object.entries(stats.entitiesByType).map(([t, n]) => `${n} ${t}`).join(', ');
console.log(`${outFile}: ${stats.articles} articles, ${types}, ${stats.facts} facts`);
