// Start-up and memory, per build (seed index, 10,000 generated entities, empty content script) on
// one saved article page: the content script's parse + init time (its evaluation, then our code
// until the first scan slice starts) and the renderer's JS heap after the page settles and two
// forced collections. Main and isolated worlds share one V8 isolate, so the heap is the page's
// plus ours: the empty build on the same page is the baseline, the difference is ours.
import type { Page } from 'playwright-core';
import { summarize, type Sample } from '../stats';
import type { BenchBrowser } from './launch';
import { readPageTrace, startTrace, type PageTrace } from './trace';

export interface StartupResult {
  build: string;
  initMs: Sample;
  /** V8's used heap (usedSize of Runtime.getHeapUsage). */
  heapBytes: Sample;
  /** Blink's heap for DOM objects (embedderHeapUsedSize): our ranges and highlights live there. */
  embedderBytes: Sample;
}

/** Evaluation (compile + top level) plus our sampled time before the first scan slice. */
export function initTime(trace: PageTrace): number {
  const evaluation = trace.evaluate;
  if (!evaluation) throw new Error('the content script did not run');
  const firstSlice = trace.tasks.find((t) => t.ourIdle)?.start ?? Infinity;
  const before = trace.tasks.filter((t) => t.start >= evaluation.start + evaluation.ms && t.start < firstSlice);
  return evaluation.ms + before.reduce((sum, t) => sum + t.oursMs, 0);
}

/** Waits until the page's highlight count has held for `stableMs`. */
async function quiet(page: Page, stableMs: number): Promise<void> {
  const countExpr = `[...CSS.highlights.values()].reduce((n, h) => n + h.size, 0)`;
  let last = -1;
  let since = Date.now();
  for (const started = Date.now(); Date.now() - started < 15_000; await page.waitForTimeout(100)) {
    const n = (await page.evaluate(countExpr)) as number;
    if (n !== last) [last, since] = [n, Date.now()];
    else if (Date.now() - since >= stableMs) return;
  }
}

/** `browser` has the build loaded; the caller closes it. */
export async function measureStartup(build: string, browser: BenchBrowser, url: string, runs: number): Promise<StartupResult> {
  // An empty content script highlights nothing: there is nothing to wait for.
  const stableMs = browser.origin && build.startsWith('empty') ? 0 : 300;
  // Warm-up: the first load pays for the browser's own caches.
  const first = await browser.context.newPage();
  await first.goto(url);
  await quiet(first, stableMs);
  await first.close();
  const heap: number[] = [];
  const embedder: number[] = [];
  const holder = await browser.context.newPage();
  const recording = await startTrace(await browser.context.newCDPSession(holder));
  for (let i = 0; i < runs; i++) {
    const page = await browser.context.newPage();
    await page.goto(url);
    await quiet(page, stableMs);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    heap.push(usage.usedSize);
    embedder.push(usage.embedderHeapUsedSize ?? 0);
    await page.close();
  }
  const events = await recording.stop();
  await holder.close();
  const init = Array.from({ length: runs }, (_, i) => initTime(readPageTrace(events, url, browser.origin, i)));
  return { build, initMs: summarize(init), heapBytes: summarize(heap), embedderBytes: summarize(embedder) };
}
