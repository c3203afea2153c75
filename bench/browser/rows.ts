// The browser half's table rows, with the goals: every ratio is against a baseline
// measured in the same run (the floor, mark.js, the empty content script, the page without us).
import type { BenchRow } from '../report';
import type { Sample } from '../stats';
import type { BrowserBench } from './index';
import type { PageScan } from './scan';

const FRAME_MS = 16;
const LONG_TASK_MS = 50;
const MB = 1024 * 1024;

const spread = (s: Sample, scale = 1) => ({ median: s.median * scale, min: s.min * scale, max: s.max * scale });

/** The page with the most text: where the scan goals apply. */
export function largestPage(scan: PageScan[]): PageScan | undefined {
  return [...scan].sort((a, b) => b.textChars - a.textChars)[0];
}

function scanRows(scan: PageScan[]): BenchRow[] {
  const rows: BenchRow[] = [];
  const largest = largestPage(scan);
  if (largest) {
    const name = `${largest.page} (${(largest.textChars / 1000).toFixed(0)}k chars, ${largest.highlights} highlights)`;
    const toFloor = largest.ours.median / largest.floor.median;
    const toMark = largest.ours.median / largest.markjs.median;
    rows.push(
      { section: 'scan', measure: `largest: ${name}`, unit: 'ms ours', ...spread(largest.ours), ratio: toFloor, baseline: 'floor', goal: '≤ 2× the floor', pass: toFloor <= 2 },
      { section: 'scan', measure: '  same, against mark.js', unit: 'ms ours', ...spread(largest.ours), ratio: toMark, baseline: 'mark.js', goal: '≤ 0.2× mark.js', pass: toMark <= 0.2 },
      { section: 'scan', measure: '  floor: TreeWalker reading text', unit: 'ms', ...spread(largest.floor) },
      ...(largest.floorWithRanges
        ? [{
            section: 'scan', measure: `  floor + ${largest.floorWithRanges.ranges} Ranges registered (no matching)`, unit: 'ms', ...spread(largest.floorWithRanges.ms),
            ratio: largest.floorWithRanges.ms.median / largest.floor.median, baseline: 'floor',
          }]
        : []),
      { section: 'scan', measure: '  mark.js, same forms', unit: 'ms', ...spread(largest.markjs) },
      { section: 'scan', measure: '  ours without parse + init', unit: 'ms', median: largest.ours.median - largest.oursInit.median, ratio: (largest.ours.median - largest.oursInit.median) / largest.floor.median, baseline: 'floor' },
      { section: 'scan', measure: `  ours, start to last slice (wall; ${(largest.busyShare.median * 100).toFixed(0)}% busy)`, unit: 'ms', ...spread(largest.oursWall), ratio: largest.oursWall.median / largest.floor.median, baseline: 'floor' },
    );
  }
  for (const page of scan) {
    if (page === largest) continue;
    rows.push({
      section: 'scan', measure: `${page.page} (${page.highlights})`, unit: 'ms ours', ...spread(page.ours),
      ratio: page.ours.median / page.markjs.median, baseline: `mark.js; ${(page.ours.median / page.floor.median).toFixed(0)}× floor`,
    });
  }
  const worst = [...scan].sort((a, b) => b.longestTaskMs.median - a.longestTaskMs.median)[0];
  if (worst) {
    rows.push({
      section: 'jank', measure: `our longest task while scanning (worst: ${worst.page})`, unit: 'ms', ...spread(worst.longestTaskMs),
      goal: `none over ${LONG_TASK_MS} ms`, pass: scan.every((p) => p.longestTaskMs.median <= LONG_TASK_MS),
    });
  }
  return rows;
}

function jankRows(bench: BrowserBench): BenchRow[] {
  return bench.jank.flatMap((j): BenchRow[] => {
    const added: Sample = { median: j.busyWith.median - j.busyWithout.median, min: j.busyWith.min - j.busyWithout.max, max: j.busyWith.max - j.busyWithout.min, runs: j.busyWith.runs };
    return [
      { section: 'jank', measure: `${j.page}: our longest task (${j.mutations} changes)`, unit: 'ms', median: j.longestOursMs, goal: `≤ ${LONG_TASK_MS} ms`, pass: j.longestOursMs <= LONG_TASK_MS },
      {
        section: 'jank', measure: '  longest task on the page, with us', unit: 'ms', median: j.longestTaskWith, ratio: j.longestTaskWith / j.longestTaskWithout, baseline: 'without',
        goal: `none over ${LONG_TASK_MS} ms added`, pass: j.longestTaskWith <= Math.max(LONG_TASK_MS, j.longestTaskWithout),
      },
      { section: 'jank', measure: '  our code\'s share of the main thread', unit: '%', ...spread(j.oursShare, 100) },
      {
        section: 'jank', measure: '  main thread busy: added by us (with − without)', unit: 'pts', ...spread(added, 100),
        ratio: j.busyWith.median / j.busyWithout.median, baseline: 'without', goal: '< 10% of the main thread', pass: added.median < 0.1,
      },
    ];
  });
}

function startupRows(bench: BrowserBench): BenchRow[] {
  const empty = bench.startup.find((s) => s.build.startsWith('empty'));
  if (!empty) return [];
  return bench.startup.flatMap((s): BenchRow[] => {
    const rows: BenchRow[] = [{ section: 'start-up', measure: `parse + init, ${s.build}`, unit: 'ms', ...spread(s.initMs), ...(s === empty ? {} : { ratio: s.initMs.median / empty.initMs.median, baseline: 'empty' }) }];
    if (s === empty) {
      rows.push({ section: 'memory', measure: 'JS heap, empty content script + page', unit: 'MB', ...spread(s.heapBytes, 1 / MB) });
      return rows;
    }
    const extra = (s.heapBytes.median - empty.heapBytes.median) / MB;
    const limit = s.build.startsWith('seed') ? 1 : 8;
    rows.push({
      section: 'memory', measure: `JS heap added, ${s.build}`, unit: 'MB', median: extra, ratio: s.heapBytes.median / empty.heapBytes.median, baseline: 'empty',
      goal: `< ${limit} MB`, pass: extra < limit,
    });
    return rows;
  });
}

export function browserRows(bench: BrowserBench): BenchRow[] {
  return [
    ...scanRows(bench.scan),
    ...jankRows(bench),
    ...startupRows(bench),
    ...(bench.popover
      ? [{ section: 'popover', measure: 'dwell end → card painted', unit: 'ms', ...spread(bench.popover), goal: `≤ ${FRAME_MS} ms (one frame)`, pass: bench.popover.median <= FRAME_MS }]
      : []),
  ];
}
