// Runs work in idle time, in slices of at most SLICE_BUDGET_MS: a job is a step function called
// again and again until it reports done, and the runner yields to the page between slices. Jobs run
// in the order added. Everything stops when the signal aborts.

/** Under the 50 ms of a "long task", leaving room for the step that crosses the line. */
export const SLICE_BUDGET_MS = 30;
/**
 * A busy page may never be idle: work still starts within this delay (requestIdleCallback timeout).
 * 250 ms keeps a settings change inside the one second the options page promises.
 */
const IDLE_TIMEOUT_MS = 250;

/** Does a small piece of work; returns true when the job is finished. */
export type Step = () => boolean;

export interface IdleRunner {
  add(step: Step): void;
  /** Jobs not finished yet. */
  readonly pending: number;
}

/**
 * The next task, for a hidden tab: Firefox gives a background tab no idle periods and throttles its
 * timers to one a second, so a settings change would take over a second to reach it. A message
 * posted to ourselves is not throttled, and a hidden tab has no frames for a slice to delay.
 */
function nextTask(run: () => void): () => void {
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) run();
  };
  channel.port2.postMessage(undefined);
  return () => {
    cancelled = true;
    channel.port1.close();
  };
}

/** Calls `run` once, in idle time (or the next task in a hidden tab); returns a function that cancels it. */
function whenIdle(run: () => void): () => void {
  if (document.visibilityState === 'hidden' && typeof MessageChannel === 'function') return nextTask(run);
  // Safari and some embedded browsers lack requestIdleCallback.
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}

/**
 * `guard` wraps every step: a step that throws ends its job, never the page's task. `afterSlice`
 * runs at the end of every slice, told whether every job is done.
 */
export function createIdleRunner(signal: AbortSignal, guard: (work: () => void) => void, afterSlice?: (finished: boolean) => void): IdleRunner {
  const jobs: Step[] = [];
  let cancel: (() => void) | undefined;
  signal.addEventListener('abort', () => cancel?.(), { once: true });

  const slice = () => {
    cancel = undefined;
    if (signal.aborted) return;
    const deadline = performance.now() + SLICE_BUDGET_MS;
    while (jobs.length > 0 && performance.now() < deadline) {
      const job = jobs[0]!;
      let done = true;
      guard(() => {
        done = job();
      });
      if (done) jobs.shift();
    }
    if (afterSlice) guard(() => afterSlice(jobs.length === 0));
    if (jobs.length > 0) ensureScheduled();
  };
  const ensureScheduled = () => {
    if (cancel || signal.aborted) return;
    cancel = whenIdle(slice);
  };

  return {
    add(step) {
      jobs.push(step);
      ensureScheduled();
    },
    get pending() {
      return jobs.length;
    },
  };
}
