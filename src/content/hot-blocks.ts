// Which blocks the page keeps rewriting (a ticker, a clock, a live score): a block whose text
// changed in HOT_BATCHES mutation batches within HOT_WINDOW_MS is "hot" and left unhighlighted
// until it has had no rewrite for CALM_MS, then scanned again. Chromium rebuilds the markers of
// every registered range on every frame the DOM changed, so a hot block's highlights cost the
// whole page on every tick and show only for a blink (issue #9). Pure: keys are any objects,
// times are passed in, so the rule is tested without a DOM.

/** Three batches: one rewrite, then a second and a third a batch or more apart. */
export const HOT_BATCHES = 3;
/** Batches run at most twice a second: three within 5 s is something that ticks, not a one-off edit. */
export const HOT_WINDOW_MS = 5_000;
/** Long enough that a ticker pausing between updates stays hot; a settled page is highlighted in seconds. */
export const CALM_MS = 3_000;

export type Heat = 'calm' | 'became-hot' | 'hot';

export interface HotBlocks<K> {
  /** Records that `block` was rewritten in the batch at `nowMs` (once per block per batch). */
  note(block: K, nowMs: number): Heat;
  isHot(block: K): boolean;
  /** Whether any block is hot now (a scan need not look up every block when none is). */
  anyHot(): boolean;
  /** The hot blocks that have been calm for CALM_MS at `nowMs`; they are calm from now on. */
  cool(nowMs: number): K[];
  /** When the next hot block cools if nothing rewrites it, or undefined when none is hot. */
  nextCoolingAt(): number | undefined;
}

interface Rewrites {
  /** The last HOT_BATCHES rewrite times, oldest first. */
  times: number[];
  hot: boolean;
}

export function createHotBlocks<K>(): HotBlocks<K> {
  const records = new Map<K, Rewrites>();
  // Calm blocks not rewritten for a window are forgotten, so a page that edits many blocks once
  // each (an infinite feed) keeps no record of them.
  const prune = (nowMs: number) => {
    for (const [block, record] of records) {
      if (!record.hot && nowMs - record.times.at(-1)! > HOT_WINDOW_MS) records.delete(block);
    }
  };
  let lastPrune = -Infinity;
  let hotCount = 0;

  return {
    note(block, nowMs) {
      if (nowMs - lastPrune > HOT_WINDOW_MS) {
        prune(nowMs);
        lastPrune = nowMs;
      }
      let record = records.get(block);
      if (!record) records.set(block, (record = { times: [], hot: false }));
      record.times.push(nowMs);
      if (record.times.length > HOT_BATCHES) record.times.shift();
      if (record.hot) return 'hot';
      if (record.times.length < HOT_BATCHES || nowMs - record.times[0]! > HOT_WINDOW_MS) return 'calm';
      record.hot = true;
      hotCount++;
      return 'became-hot';
    },
    isHot: (block) => hotCount > 0 && records.get(block)?.hot === true,
    anyHot: () => hotCount > 0,
    cool(nowMs) {
      const cooled: K[] = [];
      for (const [block, record] of records) {
        if (record.hot && nowMs - record.times.at(-1)! >= CALM_MS) {
          records.delete(block);
          hotCount--;
          cooled.push(block);
        }
      }
      return cooled;
    },
    nextCoolingAt() {
      let next: number | undefined;
      for (const record of records.values()) {
        if (record.hot) next = Math.min(next ?? Infinity, record.times.at(-1)! + CALM_MS);
      }
      return next;
    },
  };
}
