// The popup's "show me" (mention/reveal): the first highlighted mention of an entity in document
// order is opened by the popover, through the opener popover.ts provides for its session (the same
// path as a keyboard step: current mention, scroll, card, announcement). Without an opener (no
// popover yet) the mention is still scrolled to and marked current.
import type { HighlightedMention } from './highlighter';
import { markCurrent, scrollToMention } from './mention-steps';

export type MentionOpener = (mention: HighlightedMention) => void;

let opener: MentionOpener | undefined;

/** Called by the popover: `open` shows a mention's card until `signal` (its session's) aborts. */
export function provideMentionOpener(open: MentionOpener, signal: AbortSignal): void {
  if (signal.aborted) return;
  opener = open;
  signal.addEventListener('abort', () => {
    if (opener === open) opener = undefined;
  }, { once: true });
}

/** The entity's mention that comes first in the document, if it has one that is still in the page. */
export function firstMentionOf(mentions: readonly HighlightedMention[], entityId: string): HighlightedMention | undefined {
  let first: HighlightedMention | undefined;
  for (const mention of mentions) {
    if (mention.entity.id !== entityId || !mention.range.startContainer.isConnected || mention.range.collapsed) continue;
    if (!first || mention.range.compareBoundaryPoints(Range.START_TO_START, first.range) < 0) first = mention;
  }
  return first;
}

/** Reveals the entity's first mention; false when it has none on the page. */
export function revealEntity(mentions: readonly HighlightedMention[], entityId: string): boolean {
  const mention = firstMentionOf(mentions, entityId);
  if (!mention) return false;
  if (opener) {
    opener(mention);
  } else {
    markCurrent(mention.range);
    scrollToMention(mention.range);
  }
  return true;
}
