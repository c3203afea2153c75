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
import { createHotBlocks } from './hot-blocks';
import { createIdleRunner, type Step } from './idle';
import { findScopeRoot } from './main-content';
import { blockOf, blocksToRescan, observeMutations } from './mutations';
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

/** `skip`: a run of text left unhighlighted (its block is hot). */
function scanJob(root: Element, matcher: Matcher, highlighter: Highlighter, skip: (run: Text[]) => boolean): Step {
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
    if (skip(next.value)) return false;
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
  const hot = createHotBlocks<Element>();
  const insideHot = (block: Element | null) => {
    if (!hot.anyHot()) return false;
    for (let up = block; up; up = up === root ? null : up.parentElement) if (hot.isHot(up)) return true;
    return false;
  };
  const scan = (block: Element) => scanJob(block, matcher, highlighter, (run) => insideHot(run[0]!.parentElement));
  if (root) runner.add(scan(root));
  // A hot block is scanned again once calm; the page may have stopped changing, so a timer asks.
  let coolTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleCooling = () => {
    const at = hot.nextCoolingAt();
    if (coolTimer !== undefined || at === undefined) return;
    coolTimer = setTimeout(() => guard(() => {
      coolTimer = undefined;
      for (const block of hot.cool(performance.now())) {
        if (root?.contains(block) && !insideHot(block)) runner.add(scan(block));
      }
      scheduleCooling();
    }), Math.max(0, at - performance.now()));
  };
  signal.addEventListener('abort', () => clearTimeout(coolTimer), { once: true });
  // The document, not its element: document.open() (a document.write after load) replaces <html>.
  observeMutations(document, signal, {
    onGone: (node) => guard(() => highlighter.forgetInside(node)),
    onBatch: (changes) =>
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
          if (root) runner.add(scan(root));
          return;
        }
        if (!changes) {
          runner.add(scan(root));
          return;
        }
        const now = performance.now();
        const heat = (block: Element) => hot.note(block, now) === 'became-hot' && highlighter.forgetInside(block);
        // A block whose blocks the page rewrites, two or more a batch (a table of live scores, a
        // feed that edits its items), is rewritten as a whole. The scope turns hot only that way:
        // a page adding inline bits to <body> keeps its highlights.
        const rewrittenChildren = new Map<Element, number>();
        for (const block of blocksToRescan(changes.rewritten, root)) {
          if (block === root) continue;
          heat(block);
          const parent = blockOf(block.parentElement ?? root, root);
          rewrittenChildren.set(parent, (rewrittenChildren.get(parent) ?? 0) + 1);
        }
        for (const [parent, count] of rewrittenChildren) if (count >= 2) heat(parent);
        for (const block of blocksToRescan([...changes.rewritten, ...changes.added], root)) {
          if (!insideHot(block)) runner.add(scan(block));
        }
        scheduleCooling();
      }),
  });
  return { stop };
}
