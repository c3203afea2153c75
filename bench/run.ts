// npm run bench [-- --quick]: every figure is a median of repeated runs with a baseline measured
// in the same run (the machine is shared; compare ratios, not seconds). Writes
// bench/results/latest.json and docs/bench-scale.svg (shown in the README).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scaleChart } from './chart';
import { measureDerive } from './derive';
import { printTable, type BenchRow } from './report';
import { measureScale } from './scale';
import { measureSizes } from './sizes';

const ROOT = path.resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 5 : 7;

const rows: BenchRow[] = [];

console.error(`bench: matcher scale${quick ? ' (quick)' : ''}…`);
const scale = measureScale(quick ? [30, 1_000, 10_000] : [30, 1_000, 10_000, 100_000], quick ? 500_000 : 1_000_000, RUNS);
const base = scale[0]!;
for (const row of scale) {
  rows.push({
    section: 'scale', measure: `scan, ${row.entities} entities`, median: row.oursMBps, unit: 'MB/s',
    min: row.oursMBps * (row.ours.median / row.ours.max), max: row.oursMBps * (row.ours.median / row.ours.min),
    ratio: row.ours.median / base.ours.median,
    ...(row.entities === 10_000 ? { goal: '≤ 1.3× the time of 30', pass: row.ours.median / base.ours.median <= 1.3 } : {}),
  });
  rows.push({
    section: 'scale', measure: `RegExp alternation, ${row.entities}`, median: row.regexMBps, unit: 'MB/s',
    ratio: row.oursMBps / row.regexMBps,
    ...(row.entities === 10_000 ? { goal: 'ours ≥ 10× faster', pass: row.oursMBps / row.regexMBps >= 10 } : {}),
  });
  rows.push({ section: 'scale', measure: `matcher data, ${row.entities}`, median: row.dataBytes / 1024, unit: 'KB' });
  rows.push({ section: 'scale', measure: `matcher load, ${row.entities}`, median: row.load.median, min: row.load.min, max: row.load.max, unit: 'ms' });
}

console.error('bench: derivation…');
const derive = measureDerive(quick ? 3 : 5);
rows.push({
  section: 'derive', measure: `ours, ${derive.articles} articles (${derive.kilobytes.toFixed(0)} KB)`, median: derive.oursKBps, unit: 'KB/s',
  min: derive.kilobytes / (derive.ours.max / 1000), max: derive.kilobytes / (derive.ours.min / 1000),
  ratio: derive.oursKBps / derive.compromiseKBps,
});
rows.push({
  section: 'derive', measure: 'compromise, same text', median: derive.compromiseKBps, unit: 'KB/s',
  min: derive.kilobytes / (derive.compromise.max / 1000), max: derive.kilobytes / (derive.compromise.min / 1000),
});

const sizes = measureSizes(path.join(ROOT, 'dist'));
rows.push({ section: 'sizes', measure: 'content script', median: sizes.contentRaw / 1024, unit: 'KB raw' });
rows.push({ section: 'sizes', measure: 'content script, gzip', median: sizes.contentGzip / 1024, unit: 'KB' });
rows.push({ section: 'sizes', measure: `index per entity (${sizes.entities})`, median: sizes.indexBytesPerEntity, unit: 'B' });
rows.push({ section: 'sizes', measure: 'extension files, deflated', median: sizes.extensionDeflated / 1024, unit: 'KB' });

console.log(printTable(rows));
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
writeFileSync(
  path.join(ROOT, 'bench/results/latest.json'),
  JSON.stringify({ date: new Date().toISOString(), quick, rows, scale, derive, sizes }, null, 2) + '\n',
);
writeFileSync(path.join(ROOT, 'docs/bench-scale.svg'), scaleChart(scale));
console.error('bench: wrote bench/results/latest.json and docs/bench-scale.svg');
