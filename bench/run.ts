// npm run bench [-- --quick] [-- --corpus] [-- --no-browser]: every figure is a median of repeated
// runs with a baseline measured in the same run (the machine is shared; compare ratios, not
// seconds). The Node half (node.ts) measures the matcher, derivation and sizes; the browser half
// (browser/) the content script in Chromium. Writes bench/results/latest.json and
// docs/bench-scale.svg (shown in the README).
//   --quick       fewer pages and sizes, shorter windows: under a minute
//   --corpus      scan all 28 saved pages of ../shared/corpus, not only the six the fixtures copy
//   --no-browser  the Node half only
//   --only scan|jank  that browser section alone (no Node half, start-up or popover), written to
//                 bench/results/only-<section>.json; latest.json and the chart are left alone
//   --page <text> with --only: the pages whose name contains <text> (e.g. many-mentions, rewrite)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measureBrowser } from './browser/index';
import { browserRows } from './browser/rows';
import { scaleChart } from './chart';
import { measureNode } from './node';
import { printTable } from './report';

const ROOT = path.resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const valueOf = (flag: string) => {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const only = valueOf('--only');
if (only !== undefined && only !== 'scan' && only !== 'jank') throw new Error(`--only ${only}: expected scan or jank`);
const pageFilter = valueOf('--page');
const RUNS = quick ? 5 : 7;
const log = (line: string) => console.error(line);
const started = performance.now();

const node = only ? undefined : measureNode(quick, RUNS, log);
const nodeSeconds = (performance.now() - started) / 1000;
const browser = process.argv.includes('--no-browser')
  ? undefined
  : await measureBrowser({ quick, allCorpus: process.argv.includes('--corpus'), runs: 5, log, ...(only ? { only } : {}), ...(pageFilter ? { page: pageFilter } : {}) });
const seconds = (performance.now() - started) / 1000;

const rows = [...(node?.rows ?? []), ...(browser ? browserRows(browser) : [])];
console.log(printTable(rows));
const missed = rows.filter((r) => r.pass === false).length;
console.log(`\n${rows.filter((r) => r.pass !== undefined).length - missed} goals met, ${missed} missed; ${seconds.toFixed(0)} s (Node ${nodeSeconds.toFixed(0)} s)`);
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
if (only) {
  writeFileSync(path.join(ROOT, `bench/results/only-${only}.json`), JSON.stringify({ date: new Date().toISOString(), quick, seconds, rows, browser }, null, 2) + '\n');
  log(`bench: wrote bench/results/only-${only}.json`);
} else if (node) {
  mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
  writeFileSync(
    path.join(ROOT, 'bench/results/latest.json'),
    JSON.stringify({ date: new Date().toISOString(), quick, seconds, rows, scale: node.scale, derive: node.derive, sizes: node.sizes, browser }, null, 2) + '\n',
  );
  writeFileSync(path.join(ROOT, 'docs/bench-scale.svg'), scaleChart(node.scale));
  log('bench: wrote bench/results/latest.json and docs/bench-scale.svg');
}
