// Tells the background how many distinct entities this page has highlighted, for the toolbar badge:
// at most once per REPORT_INTERVAL_MS, and only when the number changed since the last report, or
// after `resend` (a settings change: the badge setting may have changed). A disabled or paused page
// has no highlights, so it reports 0 and its badge clears.
import { send } from '../platform/runtime';
import { foundEntityIds, watchFound } from './found';
import { isContextLost } from './guard';

/** Two reports a second: a page that keeps changing costs the background little, the badge still follows. */
export const REPORT_INTERVAL_MS = 500;

export interface FoundReport {
  /** Reports the current number again, even if unchanged. */
  resend(): void;
}

/** `onContextLost` ends the content script quietly; any other failure costs only the badge, said once. */
export function reportFound(signal: AbortSignal, onContextLost: (error: unknown) => void): FoundReport {
  let warned = false;
  const fail = (error: unknown) => {
    if (isContextLost(error)) return onContextLost(error);
    if (!warned) console.error('Backstory: the toolbar badge was not updated:', error);
    warned = true;
  };
  // A page starts with no badge: navigating resets a tab's badge (Chrome and Firefox), so a page
  // that finds nothing never wakes the background.
  let sent: number | undefined = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (signal.aborted) return;
    const entities = foundEntityIds().length;
    if (entities === sent) return;
    sent = entities;
    send('found/changed', { entities }).catch(fail);
  };
  const schedule = () => {
    if (timer === undefined && !signal.aborted) timer = setTimeout(flush, REPORT_INTERVAL_MS);
  };
  watchFound(schedule, signal);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return {
    resend() {
      sent = undefined;
      schedule();
    },
  };
}
