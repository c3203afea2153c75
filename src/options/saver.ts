// Saves the options page's settings one write at a time: each edit patches the settings the page
// shows, and edits made in the same moment go out as one write (typed fields already wait for a
// pause: use-typed-commit.ts; Chrome allows 120 sync writes a minute). Never two writes at once;
// the last edit always wins.
import type { SaveResult } from '../platform/storage';
import { phrase } from '../settings/phrase';
import type { SettingKey, Settings } from '../settings/schema';

export interface Saver {
  /** The settings edits apply to; ignored while edits wait or a write runs (they win). */
  rebase(settings: Settings): void;
  /** Saves `value` once the current task ends, with the other edits of that task. */
  edit<K extends SettingKey>(key: K, value: Settings[K]): void;
  /** Saves waiting edits now. */
  flush(): Promise<void>;
  /** Replaces the settings wholesale (import, reset), dropping waiting edits; resolves with the result. */
  replace(settings: Settings, write?: (settings: Settings) => Promise<SaveResult>): Promise<SaveResult>;
  isIdle(): boolean;
}

export function createSaver(
  save: (settings: Settings) => Promise<SaveResult>,
  report: (result: SaveResult, keys: SettingKey[]) => void,
): Saver {
  let base: Settings | undefined;
  let patch: Partial<Settings> = {};
  let queued = false;
  let running = 0;
  let chain: Promise<unknown> = Promise.resolve();

  const run = <T>(job: () => Promise<T>): Promise<T> => {
    running++;
    const next = chain.then(job).finally(() => running--);
    chain = next.catch(() => undefined);
    return next;
  };

  const guarded = async (settings: Settings, write: (settings: Settings) => Promise<SaveResult>): Promise<SaveResult> => {
    try {
      return await write(settings);
    } catch (error: unknown) {
      return { ok: false, error: phrase('saveThrown', error instanceof Error ? error.message : String(error)) };
    }
  };

  const flush = (): Promise<void> => {
    queued = false;
    const keys = Object.keys(patch) as SettingKey[];
    if (keys.length === 0 || !base) return chain.then(() => undefined);
    const next: Settings = { ...base, ...patch };
    base = next;
    patch = {};
    return run(async () => report(await guarded(next, save), keys));
  };

  return {
    rebase(settings) {
      if (Object.keys(patch).length === 0 && running === 0) base = settings;
    },
    edit(key, value) {
      patch[key] = value;
      // A microtask, not a timer: hidden tabs run timers at most once a second.
      if (!queued) queueMicrotask(() => void (queued && flush()));
      queued = true;
    },
    flush,
    replace(settings, write = save) {
      queued = false;
      patch = {};
      base = settings;
      return run(() => guarded(settings, write));
    },
    isIdle: () => Object.keys(patch).length === 0 && running === 0,
  };
}
