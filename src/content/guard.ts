// Never throw into the page: entry and each batch run through a guard that logs each distinct error
// once, with a `Backstory:` prefix, and then calls `onFailure` (which removes our highlights). A lost
// extension context (reload, update, uninstall under an open page) is not an error: it stops quietly.

export type Guard = (work: () => void) => void;

const CONTEXT_LOST = /Extension context invalidated/i;

export function isContextLost(error: unknown): boolean {
  return error instanceof Error ? CONTEXT_LOST.test(error.message) : CONTEXT_LOST.test(String(error));
}

export function createGuard(onFailure: (contextLost: boolean) => void): Guard & { report(error: unknown): void } {
  const logged = new Set<string>();
  const report = (error: unknown) => {
    const contextLost = isContextLost(error);
    if (!contextLost) {
      const key = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      if (!logged.has(key)) {
        logged.add(key);
        console.error('Backstory:', error);
      }
    }
    try {
      onFailure(contextLost);
    } catch (cleanupError: unknown) {
      // Cleaning up after an error failed too; say so once and stop there (no recursion).
      if (!logged.has('cleanup')) {
        logged.add('cleanup');
        console.error('Backstory: cleanup failed', cleanupError);
      }
    }
  };
  const guard = (work: () => void) => {
    try {
      work();
    } catch (error: unknown) {
      report(error);
    }
  };
  return Object.assign(guard, { report });
}
