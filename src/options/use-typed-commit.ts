// Typed fields commit a value only once the user pauses on it while it is valid: a value that is
// valid for a keystroke on the way to another ("https" on the way to "https://…") is never saved.
// Leaving the field or the page commits what waits at once.
import { useEffect, useRef } from 'preact/hooks';

/** Short enough that other tabs follow within a second; long enough for one write per pause. */
export const TYPED_SAVE_DELAY_MS = 400;

export interface TypedCommit<T> {
  /** Commits `value` after the pause, unless another schedule or a cancel comes first. */
  schedule(value: T): void;
  cancel(): void;
  /** Commits what waits now (on blur, on leaving the page). */
  flush(): void;
}

export function useTypedCommit<T>(commit: (value: T) => void): TypedCommit<T> {
  const pending = useRef<{ value: T } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The latest commit: it closes over the latest props when the pause ends.
  const latest = useRef(commit);
  latest.current = commit;

  const api = useRef<TypedCommit<T>>({
    schedule(value) {
      pending.current = { value };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => api.current.flush(), TYPED_SAVE_DELAY_MS);
    },
    cancel() {
      clearTimeout(timer.current);
      pending.current = undefined;
    },
    flush() {
      clearTimeout(timer.current);
      const waiting = pending.current;
      pending.current = undefined;
      if (waiting) latest.current(waiting.value);
    },
  });

  useEffect(() => {
    const lifetime = new AbortController();
    const flush = () => api.current.flush();
    // Children's effects run before the page's, so this commits before OptionsApp flushes the saver.
    addEventListener('pagehide', flush, { signal: lifetime.signal });
    document.addEventListener('visibilitychange', flush, { signal: lifetime.signal });
    return () => {
      lifetime.abort();
      flush();
    };
  }, []);

  return api.current;
}
