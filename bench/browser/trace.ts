// Reads a Chromium trace of one page load: the page's main-thread tasks and, from the V8 sampling
// profiler recorded in the same trace, how much of each task ran our content script's code. A
// sample counts as ours when any frame of its stack belongs to the extension's origin, so DOM calls
// made by our code (new Range, Highlight.add) are ours too; garbage collection is nobody's.
import type { CDPSession } from 'playwright-core';

/** Task boundaries, script events, the CPU profile, and marks a page sets with performance.mark. */
// RunTask is in disabled-by-default-devtools.timeline (the renderer's tasks, as DevTools shows them);
// 'toplevel' has every thread of every process and made traces twice as large.
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing'];

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: Record<string, unknown>; beginData?: Record<string, unknown> } & Record<string, unknown>;
}

export interface Recording {
  stop(): Promise<TraceEvent[]>;
}

export async function startTrace(cdp: CDPSession): Promise<Recording> {
  const events: TraceEvent[] = [];
  const onData = (event: { value: object[] }) => events.push(...(event.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES, excludedCategories: ['*'], recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

export interface Task {
  /** Start and duration in milliseconds on the trace clock. */
  start: number;
  ms: number;
  /** Sampled time of our code inside the task. */
  oursMs: number;
  /** The task ran one of our idle callbacks (a scan slice). */
  ourIdle: boolean;
}

export interface PageTrace {
  tasks: Task[];
  /** Our content script's evaluation (compile + top level), if it ran in this trace. */
  evaluate?: { start: number; ms: number };
  /** `performance.mark` timestamps set by the page, by name (trace clock, ms). */
  marks: Map<string, number>;
}

const isOurs = (url: unknown, origin: string) => typeof url === 'string' && url.startsWith(origin);

/** Every load of `pageUrl` in the trace, in order: the parse that started each one. */
export function loadsOf(events: TraceEvent[], pageUrl: string): TraceEvent[] {
  // The parser yields, so one load has several ParseHTML events; each load is a new tab's frame.
  const firstPerFrame = new Map<unknown, TraceEvent>();
  for (const e of events) {
    if (e.name !== 'ParseHTML' || e.args?.beginData?.url !== pageUrl) continue;
    const key = `${e.pid}:${String(e.args.beginData.frame)}`;
    const known = firstPerFrame.get(key);
    if (!known || e.ts < known.ts) firstPerFrame.set(key, e);
  }
  return [...firstPerFrame.values()].sort((a, b) => a.ts - b.ts);
}

/**
 * The main thread that parsed load `nth` of `pageUrl`: its tasks from that parse until the next
 * load of the same URL (several loads share one trace: ending a trace costs seconds), and our
 * share of each. `origin` is the extension's, or undefined for a browser without it.
 */
export function readPageTrace(events: TraceEvent[], pageUrl: string, origin: string | undefined, nth = 0): PageTrace {
  const loads = loadsOf(events, pageUrl);
  const parse = loads[nth];
  if (!parse) throw new Error(`no load ${nth} of ${pageUrl} in the trace`);
  const until = loads[nth + 1]?.ts ?? Infinity;
  const onMain = (e: TraceEvent) => e.pid === parse.pid && e.tid === parse.tid && e.ts >= parse.ts - 2_000_000 && e.ts < until;
  const main = events.filter(onMain);
  // The content script is evaluated after the parse began; the first one after it is this load's.
  const evaluateEvent = origin ? main.find((e) => e.name === 'EvaluateScript' && e.ts >= parse.ts && isOurs(e.args?.data?.url, origin)) : undefined;

  const samples = origin ? ourSamples(events, parse.pid, parse.tid, origin) : [];
  const idleCalls = origin
    ? main.filter((e) => e.name === 'FunctionCall' && isOurs(e.args?.data?.url, origin)).map((e) => e.ts)
    : [];
  const idleFires = main.filter((e) => e.name === 'FireIdleCallback');
  const raw = main.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined && e.ts >= parse.ts).sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = [];
  let sampleAt = 0;
  let lastEnd = -Infinity;
  for (const e of raw) {
    if (e.ts < lastEnd) continue; // nested run loop: counted in its outer task
    const end = e.ts + e.dur!;
    lastEnd = end;
    while (sampleAt < samples.length && samples[sampleAt]!.ts < e.ts) sampleAt++;
    let ours = 0;
    for (let i = sampleAt; i < samples.length && samples[i]!.ts < end; i++) ours += samples[i]!.weight;
    const ourIdle = idleFires.some((f) => f.ts >= e.ts && f.ts < end && idleCalls.some((c) => c >= f.ts && c < f.ts + (f.dur ?? 0)));
    tasks.push({ start: e.ts / 1000, ms: e.dur! / 1000, oursMs: ours / 1000, ourIdle });
  }
  const marks = new Map<string, number>();
  for (const e of events) {
    if (e.pid === parse.pid && e.cat === 'blink.user_timing' && e.ts >= parse.ts && e.ts < until && !marks.has(e.name)) marks.set(e.name, e.ts / 1000);
  }
  return {
    tasks,
    ...(evaluateEvent ? { evaluate: { start: evaluateEvent.ts / 1000, ms: (evaluateEvent.dur ?? 0) / 1000 } } : {}),
    marks,
  };
}

interface Sample {
  ts: number;
  weight: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

/** Samples of the profile of thread `pid/tid` whose stack holds our code, each weighted by its interval (µs). */
function ourSamples(events: TraceEvent[], pid: number, tid: number, origin: string): Sample[] {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const nodes = new Map<number, ProfileNode>();
  const ids: number[] = [];
  const times: number[] = [];
  let time = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? profile.ts);
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.pid !== pid || chunk.id !== profile.id) continue;
    const data = chunk.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((id, i) => {
      time += deltas[i] ?? 0;
      ids.push(id);
      times.push(time);
    });
  }
  const memo = new Map<number, boolean>();
  const ours = (id: number | undefined): boolean => {
    if (id === undefined) return false;
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const value = node ? isOurs(node.callFrame.url, origin) || ours(node.parent) : false;
    memo.set(id, value);
    return value;
  };
  const out: Sample[] = [];
  for (let i = 0; i + 1 < ids.length; i++) {
    // A sample stands for the time until the next one; a stalled sampler (a busy machine) is capped.
    if (ours(ids[i])) out.push({ ts: times[i]!, weight: Math.min(times[i + 1]! - times[i]!, 2_000) });
  }
  return out.sort((a, b) => a.ts - b.ts);
}
