// Scan: our content script's main-thread time from its first line to the last scan slice, on one
// page, against (a) the floor, one bare TreeWalker pass reading every text node of <body>, and
// (b) the peer, mark.js marking the index's forms into the same page. The floor and mark.js run in
// a Chromium without the extension, on a fresh load of the same URL each run (mark.js rewrites
// the DOM), timed inside the page; ours is read from a trace of its own load (trace.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { countHighlights, readHighlights } from '../../tests/e2e/support/highlights';
import { summarize, type Sample } from '../stats';
import type { BenchBrowser } from './launch';
import type { BenchPage } from './pages';
import { initTime } from './startup';
import { readPageTrace, startTrace, type PageTrace } from './trace';

const MARK_SOURCE = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
const POLL_MS = 50;
/** A first load learns the page's final count: it holds still this long. */
const SETTLED_MS = 1_000;
/** After the final count is seen, slices that find nothing more may still be walking the page. */
const TAIL_MS = 300;
const TIMEOUT_MS = 20_000;

export interface PageScan {
  page: string;
  highlights: number;
  /** Characters the floor read. */
  textChars: number;
  /** Our sampled main-thread time, start to last slice (script evaluation included). */
  ours: Sample;
  /** Of `ours`: parse + init, before the first scan slice (startup.ts). */
  oursInit: Sample;
  /** Start of our script to the end of its last scan slice. */
  oursWall: Sample;
  /** Main thread busy (any task: ours, rendering, GC) over that span, as a share of it. */
  busyShare: Sample;
  /** Our longest task (see longestOurTask). */
  longestTaskMs: Sample;
  floor: Sample;
  /** The floor plus one registered Range per highlight (as many as the page has capitalised words). */
  floorWithRanges?: { ranges: number; ms: Sample };
  markjs: Sample;
}

const count = async (page: Page) => countHighlights(await readHighlights(page));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function settle(page: Page, until: (n: number, stableFor: number) => boolean): Promise<number> {
  const started = Date.now();
  let last = await count(page);
  let since = Date.now();
  while (!until(last, Date.now() - since)) {
    if (Date.now() - started > TIMEOUT_MS) throw new Error(`${page.url()}: highlights did not settle (${last})`);
    await sleep(POLL_MS);
    const next = await count(page);
    if (next !== last) [last, since] = [next, Date.now()];
  }
  return last;
}

/** The longest task our code made: the whole task when it was mostly ours, else our part of it. */
export function longestOurTask(trace: PageTrace, from = -Infinity, to = Infinity): number {
  let longest = 0;
  for (const task of trace.tasks) {
    if (task.oursMs === 0 || task.start < from || task.start > to) continue;
    longest = Math.max(longest, task.oursMs * 2 >= task.ms ? task.ms : task.oursMs);
  }
  return longest;
}

/** Our time and the span from our script's start to the end of its last scan slice. */
export function scanTimes(trace: PageTrace): { cpuMs: number; initMs: number; wallMs: number; busyShare: number; longestMs: number } {
  const start = trace.evaluate?.start;
  if (start === undefined) throw new Error('our content script did not run in the trace');
  const slices = trace.tasks.filter((t) => t.ourIdle);
  const last = slices.at(-1);
  const end = last ? last.start + last.ms : start + (trace.evaluate?.ms ?? 0);
  const ours = trace.tasks.filter((t) => t.start + t.ms > start && t.start < end);
  // Compiling the script shows in the profile as (program), not as our code: take evaluation whole.
  const evalTask = ours.find((t) => t.start <= start && t.start + t.ms >= start);
  const compileMs = Math.max(0, (trace.evaluate?.ms ?? 0) - (evalTask?.oursMs ?? 0));
  return {
    cpuMs: ours.reduce((sum, t) => sum + t.oursMs, 0) + compileMs,
    initMs: initTime(trace),
    wallMs: end - start,
    busyShare: ours.reduce((sum, t) => sum + t.ms, 0) / (end - start),
    longestMs: longestOurTask(trace, start, end),
  };
}

/** One fresh load with the extension; resolves with the final highlight count. */
async function ourLoad(context: BrowserContext, url: string, expected: number | undefined): Promise<number> {
  const page = await context.newPage();
  try {
    // The content script runs at document_idle; the highlights, not the load event, say we are done.
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return await settle(page, (n, stable) => (expected === undefined || expected === 0 ? stable >= SETTLED_MS : n === expected && stable >= TAIL_MS));
  } finally {
    await page.close();
  }
}

// In the page without the extension: each run puts a fresh copy of the loaded <body> in place (and
// lays it out, as a loaded page is), then times the floor and mark.js on it.
const FRESH_BODY = `(() => {
  window.__benchBody ??= document.body.cloneNode(true);
  document.body.replaceWith(window.__benchBody.cloneNode(true));
  return document.body.offsetHeight;
})()`;
// performance.now() has 0.1 ms steps here (no cross-origin isolation): small pages are walked on
// fresh copies of <body> until 5 ms have passed, and the time per pass is the figure. Fresh copies,
// because a second pass over the same nodes reuses the wrappers the first one created.
const FLOOR = `(() => {
  let total = 0, passes = 0, chars = 0;
  while (total < 5 && passes < 50) {
    if (passes > 0) document.body.replaceWith(window.__benchBody.cloneNode(true));
    const started = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
    total += performance.now() - started;
    passes++;
  }
  document.body.replaceWith(window.__benchBody.cloneNode(true));
  document.body.offsetHeight;
  return [total / passes, chars];
})()`;
// The least any Custom Highlight highlighter does for `count` mentions: the floor's walk, plus one
// Range per mention registered in a Highlight. Capitalised words stand in for the mentions (finding
// them costs a RegExp pass, far below creating the ranges); painting is left out.
const rangesFloor = (count: number) => `(() => {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const ranges = [];
  const word = /\\p{Lu}\\p{L}+/gu;
  for (let node = walker.nextNode(); node && ranges.length < ${count}; node = walker.nextNode()) {
    word.lastIndex = 0;
    for (let m = word.exec(node.data); m && ranges.length < ${count}; m = word.exec(node.data)) {
      const range = new Range();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      ranges.push(range);
    }
  }
  CSS.highlights.set('bench-floor', new Highlight(...ranges));
  const ms = performance.now() - started;
  CSS.highlights.delete('bench-floor');
  return [ms, ranges.length];
})()`;
const markjs = (forms: string[]) => `(() => {
  const started = performance.now();
  let ended = 0;
  new Mark(document.body).mark(${JSON.stringify(forms)}, {
    accuracy: 'exactly', separateWordSearch: false, caseSensitive: true, done: () => { ended = performance.now(); },
  });
  return (ended || performance.now()) - started;
})()`;

/** mark.js takes seconds on the largest page: past this, three runs of it are enough to compare. */
const SLOW_PEER_MS = 2_000;

async function plainRuns(context: BrowserContext, url: string, forms: string[], runs: number, highlights: number) {
  const page = await context.newPage();
  const floor: number[] = [];
  const withRanges: number[] = [];
  const mark: number[] = [];
  let chars = 0;
  let rangesMade = 0;
  try {
    await page.goto(url);
    // CSP script-src 'none' stops script tags, not evaluation through the protocol.
    await page.evaluate(MARK_SOURCE);
    for (let i = 0; i < runs; i++) {
      await page.evaluate(FRESH_BODY);
      const [ms, read] = (await page.evaluate(FLOOR)) as [number, number];
      floor.push(ms);
      chars = read;
      if (mark.length < 3 || mark[0]! < SLOW_PEER_MS) mark.push((await page.evaluate(markjs(forms))) as number);
    }
  } finally {
    await page.close();
  }
  // In a page of their own: after 50,000 registered ranges, mark.js on the same page crashed the renderer.
  if (highlights > 0) {
    const own = await context.newPage();
    try {
      await own.goto(url);
      for (let i = 0; i < runs; i++) {
        await own.evaluate(FRESH_BODY);
        const [ms, made] = (await own.evaluate(rangesFloor(highlights))) as [number, number];
        withRanges.push(ms);
        rangesMade = made;
      }
    } finally {
      await own.close();
    }
  }
  return { floor, withRanges, rangesMade, mark, chars };
}

export async function measureScanPage(extension: BenchBrowser, plain: BrowserContext, page: BenchPage, forms: string[], runs: number): Promise<PageScan> {
  // Loads share one trace (ending a trace costs 1-2 s). The first load learns the final count by
  // waiting for it to hold still; the others stop soon after they reach it.
  const traced = await extension.context.newPage();
  const recording = await startTrace(await extension.context.newCDPSession(traced));
  const expected = await ourLoad(extension.context, page.url, undefined);
  for (let i = 1; i < runs; i++) await ourLoad(extension.context, page.url, expected);
  const events = await recording.stop();
  await traced.close();
  const times = Array.from({ length: runs }, (_, i) => scanTimes(readPageTrace(events, page.url, extension.origin, i)));
  const other = await plainRuns(plain, page.url, forms, runs, expected);
  return {
    page: page.name, highlights: expected, textChars: other.chars,
    ours: summarize(times.map((t) => t.cpuMs)),
    oursInit: summarize(times.map((t) => t.initMs)),
    oursWall: summarize(times.map((t) => t.wallMs)),
    busyShare: summarize(times.map((t) => t.busyShare)),
    longestTaskMs: summarize(times.map((t) => t.longestMs)),
    floor: summarize(other.floor),
    floorWithRanges: other.withRanges.length > 0 ? { ranges: other.rangesMade, ms: summarize(other.withRanges) } : undefined,
    markjs: summarize(other.mark),
  };
}
