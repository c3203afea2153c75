// One highlighting run over the page with one set of settings: scan the scope in idle time, then
// follow mutations. A settings change stops the run (clearing its highlights) and starts another.
import type { Matcher } from '../match/find-mentions';
import { findMentionsInPageText } from '../match/page-text';
import { hasExtensionContext } from '../platform/storage';
import type { Settings } from '../settings/schema';
import { joinText } from './block-text';
import type { Guard } from './guard';
import { createHighlighter, type Highlighter, type HighlightedMention } from './highlighter';
import { adoptHighlightStyles } from './highlight-style';
import { createIdleRunner, type Step } from './idle';
import { findScopeRoot } from './main-content';
import { blocksToRescan, observeMutations } from './mutations';
import { startPopover } from './popover';
import { walkTextBlocks } from './text-walker';

/** A walk cut short by the page moving nodes under it starts over this many times at most. */
const MAX_WALK_RESTARTS = 3;

let active: Highlighter | undefined;

/** The mention under a caret position (node and offset from caretPositionFromPoint), if any. */
export function mentionAt(node: Node, offset: number): HighlightedMention | undefined {
  return active?.mentionAt(node, offset);
}

/** Every mention the running session highlights (none when stopped), for the popup's reveal. */
export function activeMentions(): HighlightedMention[] {
  return active?.mentions() ?? [];
}

export interface Session {
  stop(): void;
}

function scanJob(root: Element, matcher: Matcher, highlighter: Highlighter): Step {
  let walk = walkTextBlocks(root);
  let restarts = MAX_WALK_RESTARTS;
  return () => {
    if (!root.isConnected) return true;
    const next = walk.next();
    if (next.done) {
      if (next.value || restarts-- <= 0) return true;
      walk = walkTextBlocks(root);
      return false;
    }
    const joined = joinText(next.value);
    highlighter.highlightRun(joined, findMentionsInPageText(matcher, joined.text));
    return false;
  };
}

export function startSession(matcher: Matcher, settings: Settings, guard: Guard): Session {
  const controller = new AbortController();
  const { signal } = controller;
  const highlighter = createHighlighter(matcher.entities, settings);
  active = highlighter;
  const stop = () => {
    controller.abort();
    highlighter.clear();
    if (active === highlighter) active = undefined;
  };

  adoptHighlightStyles(settings.highlightStyle, signal);
  startPopover(highlighter, settings, signal, guard);
  let root = findScopeRoot(document, settings.scope);
  const runner = createIdleRunner(signal, guard, (finished) => highlighter.commit(finished));
  if (root) runner.add(scanJob(root, matcher, highlighter));
  // The document, not its element: document.open() (a document.write after load) replaces <html>.
  observeMutations(document, signal, (changed) =>
    guard(() => {
      // The only sign a reloaded extension gives an old content script; the guard stops quietly.
      if (!hasExtensionContext()) throw new Error('Extension context invalidated (seen by Backstory)');
      runner.add(() => {
        highlighter.forgetDisconnected();
        highlighter.restore();
        return true;
      });
      if (!root?.isConnected) {
        // The page replaced the whole scope (a single-page app navigating): choose it again.
        root = findScopeRoot(document, settings.scope);
        if (root) runner.add(scanJob(root, matcher, highlighter));
        return;
      }
      const blocks = changed ? blocksToRescan(changed, root) : [root];
      for (const block of blocks) runner.add(scanJob(block, matcher, highlighter));
    }),
  );
  return { stop };
}
