// Backstory's content script. Parts it wires, in order:
//   guard       run once per document; no CSS Custom Highlight API -> do nothing, quietly
//   settings    platform/storage.ts: load, and follow changes (the one listener that always stays)
//   site check  settings.enabled false or the host in disabledSites -> stop here
//   session.ts  scope (main-content.ts) -> idle walk (idle.ts, text-walker.ts, skip-rules.ts)
//               -> matcher (match/) -> ranges in CSS.highlights (highlighter.ts, range-index.ts,
//               found.ts); then mutations.ts rescans changed blocks in batches, and
//               hot-blocks.ts leaves a block the page keeps rewriting unhighlighted until calm
//   popup       page-report.ts answers the toolbar popup (this page's host and state, what it
//               found; reveal an entity); found-report.ts reports the count for the badge
// On a disabled site nothing runs: no matcher is loaded, no node is read, no observer or timer
// exists; only the settings listener and the popup's listener wait, so enabling the site applies
// without a reload and the popup can say the site is off.
// Every error is caught by guard.ts, logged once with a `Backstory:` prefix, and our highlights
// removed; a lost extension context also ends the settings listener.
import matcherData from 'backstory:matcher-data';
import { loadMatcher, type Matcher } from '../match/find-mentions';
import { loadSettings, onSettingsChanged } from '../platform/storage';
import type { Settings } from '../settings/schema';
import { isSiteDisabled } from '../settings/sites';
import { reportFound } from './found-report';
import { createGuard } from './guard';
import { supportsHighlights } from './highlighter';
import { answerPopup } from './page-report';
import { activeMentions, startSession, type Session } from './session';

const RUNNING = Symbol.for('backstory.content-script');

function isWanted(settings: Settings): boolean {
  return settings.enabled && !isSiteDisabled(location.hostname, settings.disabledSites);
}

function main(): void {
  const scope = globalThis as { [RUNNING]?: true };
  if (scope[RUNNING]) return;
  scope[RUNNING] = true;
  if (!supportsHighlights()) return;

  const lifetime = new AbortController();
  let session: Session | undefined;
  let matcher: Matcher | undefined;
  const stopSession = () => {
    session?.stop();
    session = undefined;
  };
  const guard = createGuard((contextLost) => {
    stopSession();
    if (contextLost) lifetime.abort();
  });
  const found = reportFound(lifetime.signal, guard.report);
  let inUse = loadSettings().then(({ settings }) => settings);
  const apply = (settings: Settings) =>
    guard(() => {
      inUse = Promise.resolve(settings);
      stopSession();
      if (lifetime.signal.aborted || !isWanted(settings)) return;
      matcher ??= loadMatcher(matcherData);
      session = startSession(matcher, settings, guard);
    });

  inUse.then(apply, guard.report);
  answerPopup({ settings: () => inUse, entities: matcherData.entities, mentions: activeMentions, guard }, lifetime.signal);
  onSettingsChanged(({ settings }) => {
    apply(settings);
    // The badge setting may have changed: the background hears the count again either way.
    found.resend();
  }, lifetime.signal);
}

try {
  main();
} catch (error: unknown) {
  console.error('Backstory:', error);
}
