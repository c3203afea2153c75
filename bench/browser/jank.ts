// Jank on pages that never hold still (bench/pages/*.html): during the page's own measured window
// (performance marks bench-start/bench-end), our share of the main thread, our longest task, and
// the main thread's busy time with the extension against the same page in a Chromium without it.
// The window is cut into five slices: their median and spread are the figures.
import type { BrowserContext } from 'playwright-core';
import { summarize, type Sample } from '../stats';
import type { BenchBrowser } from './launch';
import { longestOurTask } from './scan';
import { readPageTrace, startTrace, type PageTrace } from './trace';

export interface JankResult {
  page: string;
  /** Rewrites (or updates) the page made in its window. */
  mutations: number;
  windowMs: number;
  /** Our sampled time / wall time, per one-second slice. */
  oursShare: Sample;
  /** Busy main thread / wall time, per slice, with and without the extension. */
  busyWith: Sample;
  busyWithout: Sample;
  longestOursMs: number;
  longestTaskWith: number;
  longestTaskWithout: number;
}

const SLICES = 5;

async function tracedWindow(context: BrowserContext, url: string, origin: string | undefined) {
  const page = await context.newPage();
  try {
    const recording = await startTrace(await context.newCDPSession(page));
    await page.goto(url);
    await page.waitForFunction('window.benchDone !== undefined', undefined, { timeout: 30_000, polling: 250 });
    const mutations = (await page.evaluate('window.benchDone')) as number;
    // Work queued by the last mutations (our batches) lands after the window; let it show.
    await page.waitForTimeout(300);
    const trace = readPageTrace(await recording.stop(), url, origin);
    const start = trace.marks.get('bench-start');
    const end = trace.marks.get('bench-end');
    if (start === undefined || end === undefined) throw new Error(`${url}: no bench-start/bench-end marks in the trace`);
    return { trace, start, end, mutations };
  } finally {
    await page.close();
  }
}

/** Per slice of [start, end): the sum of `value` over tasks starting in it, / the slice's length. */
function perSlice(trace: PageTrace, start: number, end: number, value: (t: PageTrace['tasks'][number]) => number): number[] {
  const shares: number[] = [];
  const step = (end - start) / SLICES;
  for (let k = 0; k < SLICES; k++) {
    const [from, to] = [start + k * step, start + (k + 1) * step];
    const sum = trace.tasks.filter((t) => t.start >= from && t.start < to).reduce((s, t) => s + value(t), 0);
    shares.push(sum / (to - from));
  }
  return shares;
}

const longestIn = (trace: PageTrace, start: number, end: number) =>
  Math.max(0, ...trace.tasks.filter((t) => t.start >= start && t.start < end).map((t) => t.ms));

export async function measureJank(extension: BenchBrowser, plain: BrowserContext, name: string, url: string): Promise<JankResult> {
  const withExt = await tracedWindow(extension.context, url, extension.origin);
  const without = await tracedWindow(plain, url, undefined);
  const { trace, start, end } = withExt;
  return {
    page: name,
    mutations: withExt.mutations,
    windowMs: end - start,
    oursShare: summarize(perSlice(trace, start, end, (t) => t.oursMs)),
    busyWith: summarize(perSlice(trace, start, end, (t) => t.ms)),
    busyWithout: summarize(perSlice(without.trace, without.start, without.end, (t) => t.ms)),
    longestOursMs: longestOurTask(trace, start, end + 300),
    longestTaskWith: longestIn(trace, start, end),
    longestTaskWithout: longestIn(without.trace, without.start, without.end),
  };
}
