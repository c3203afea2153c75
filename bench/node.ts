// The Node half of npm run bench: the matcher's scale against a RegExp alternation, derivation
// against compromise, and the sizes a user pays for.
import path from 'node:path';
import { measureDerive, type DeriveBench } from './derive';
import type { BenchRow } from './report';
import { measureScale, type ScaleRow } from './scale';
import { measureSizes, type Sizes } from './sizes';

const ROOT = path.resolve(import.meta.dirname, '..');
/** A quick run derives from the first articles only: compromise takes seconds over all of them. */
const QUICK_ARTICLES = 5;

export interface NodeBench {
  rows: BenchRow[];
  scale: ScaleRow[];
  derive: DeriveBench;
  sizes: Sizes;
}

export function measureNode(quick: boolean, runs: number, log: (line: string) => void): NodeBench {
  const rows: BenchRow[] = [];
  log(`bench: matcher scale${quick ? ' (quick)' : ''}…`);
  const scale = measureScale(quick ? [30, 10_000] : [30, 1_000, 10_000, 100_000], quick ? 300_000 : 1_000_000, runs);
  const base = scale[0]!;
  for (const row of scale) {
    rows.push({
      section: 'scale', measure: `scan, ${row.entities} entities`, median: row.oursMBps, unit: 'MB/s',
      min: row.oursMBps * (row.ours.median / row.ours.max), max: row.oursMBps * (row.ours.median / row.ours.min),
      ratio: row.ours.median / base.ours.median, baseline: 'time of 30',
      ...(row.entities === 10_000 ? { goal: '≤ 1.3× the time of 30', pass: row.ours.median / base.ours.median <= 1.3 } : {}),
    });
    rows.push({
      section: 'scale', measure: `RegExp alternation, ${row.entities}`, median: row.regexMBps, unit: 'MB/s',
      ratio: row.oursMBps / row.regexMBps, baseline: 'ours faster',
      ...(row.entities === 10_000 ? { goal: 'ours ≥ 10× faster', pass: row.oursMBps / row.regexMBps >= 10 } : {}),
    });
    rows.push({ section: 'scale', measure: `matcher data, ${row.entities}`, median: row.dataBytes / 1024, unit: 'KB' });
    rows.push({ section: 'scale', measure: `matcher load, ${row.entities}`, median: row.load.median, min: row.load.min, max: row.load.max, unit: 'ms' });
  }

  log('bench: derivation…');
  const derive = measureDerive(quick ? runs : Math.min(runs, 5), quick ? QUICK_ARTICLES : Infinity);
  rows.push({
    section: 'derive', measure: `ours, ${derive.articles} articles (${derive.kilobytes.toFixed(0)} KB)`, median: derive.oursKBps, unit: 'KB/s',
    min: derive.kilobytes / (derive.ours.max / 1000), max: derive.kilobytes / (derive.ours.min / 1000),
    ratio: derive.oursKBps / derive.compromiseKBps, baseline: 'compromise',
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
  return { rows, scale, derive, sizes };
}
