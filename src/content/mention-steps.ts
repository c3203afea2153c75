// Next / previous mention for the keyboard commands: which mention comes after the current one in
// document order, marked with its own `backstory-current` highlight (content.css) and scrolled into
// view. Without a current mention, the first step goes to the first mention from the top of the
// viewport (or the last one above its bottom), where the reader is.
import type { HighlightedMention } from './highlighter';
import { HIGHLIGHT_PREFIX } from './highlighter';
import { viewportSize } from './viewport';

export const CURRENT_HIGHLIGHT = `${HIGHLIGHT_PREFIX}current`;

export interface Step {
  mention: HighlightedMention;
  /** 1-based position in document order among `total`. */
  position: number;
  total: number;
  wrapped: boolean;
}

/**
 * Picks the mention after (or before) `current` in document order, wrapping at the ends. One pass,
 * O(n) boundary comparisons: no sorted copy to keep in step with a changing page.
 */
export function pickStep(
  mentions: readonly HighlightedMention[],
  current: Range | undefined,
  direction: 'next' | 'previous',
): Step | undefined {
  const live = mentions.filter((mention) => mention.range.startContainer.isConnected && !mention.range.collapsed);
  if (live.length === 0) return undefined;
  const forward = direction === 'next';
  const from = current?.startContainer.isConnected ? current : viewportEdge(live, forward);
  // A mention starting exactly at `from` counts as passed when `from` is the current mention itself.
  const strict = from === current;
  let best: HighlightedMention | undefined;
  let extreme: HighlightedMention = live[0]!; // first (forward) or last (backward) in document order
  for (const mention of live) {
    if (before(mention.range, extreme.range) === forward && mention !== extreme) extreme = mention;
    if (from) {
      const order = compare(mention.range, from);
      const ahead = forward ? order > 0 || (!strict && order === 0) : order < 0 || (!strict && order === 0);
      if (ahead && (!best || before(mention.range, best.range) === forward)) best = mention;
    }
  }
  const chosen = best ?? extreme;
  const wrapped = from !== undefined && best === undefined;
  const position = 1 + live.filter((mention) => compare(mention.range, chosen.range) < 0).length;
  return { mention: chosen, position, total: live.length, wrapped };
}

/** Marks `range` as the current mention (replacing the last one), or clears the mark. */
export function markCurrent(range: Range | undefined): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (!range) {
    CSS.highlights.delete(CURRENT_HIGHLIGHT);
    return;
  }
  const highlight = new Highlight(range);
  // Above the per-type highlights, which paint the same text.
  highlight.priority = 1;
  CSS.highlights.set(CURRENT_HIGHLIGHT, highlight);
}

/** Scrolls the page (and any scrolling box around it) so the mention sits in the viewport's middle band. */
export function scrollToMention(range: Range): void {
  const rect = range.getBoundingClientRect();
  const { height } = viewportSize();
  if (rect.top >= height * 0.15 && rect.bottom <= height * 0.7) return;
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const after = range.getBoundingClientRect();
  // Above the middle: the card opens below it, where there is room.
  if (after.top < height * 0.15 || after.bottom > height * 0.7) window.scrollBy({ top: after.top - height * 0.35, behavior: 'instant' });
}

/** Where reading is when no mention is current: a point just before the first mention in view. */
function viewportEdge(mentions: readonly HighlightedMention[], forward: boolean): Range | undefined {
  const { height } = viewportSize();
  let chosen: HighlightedMention | undefined;
  for (const mention of mentions) {
    const rect = mention.range.getBoundingClientRect();
    const inReach = forward ? rect.bottom > 0 : rect.top < height;
    if (inReach && (!chosen || before(mention.range, chosen.range) === forward)) chosen = mention;
  }
  if (!chosen) return undefined;
  // Not strict: the chosen mention itself is the answer.
  const point = document.createRange();
  point.setStart(chosen.range.startContainer, chosen.range.startOffset);
  return point;
}

function compare(a: Range, b: Range): number {
  return a.compareBoundaryPoints(Range.START_TO_START, b);
}

function before(a: Range, b: Range): boolean {
  return compare(a, b) < 0;
}
