// Turns mentions into ranges in one CSS Highlight per entity type (`backstory-person`, …), styled by
// content.css with ::highlight(). The page's DOM is never written: ranges only point into it.
import type { MatcherEntity } from '../match/compile';
import type { Mention } from '../match/find-mentions';
import { ENTITY_TYPES, type EntityType } from '../shared/entity-index';
import type { Settings } from '../settings/schema';
import { joinText, locate, type JoinedText } from './block-text';
import { countMention, mentionCount, resetFound } from './found';
import { createRangeIndex, type Span } from './range-index';

export interface HighlightedMention {
  range: Range;
  entity: MatcherEntity;
}

export const HIGHLIGHT_PREFIX = 'backstory-';

// Chromium rebuilds the markers of every registered range on each frame after the registry or the
// DOM changed, so registering a long page's ranges slice by slice cost O(n²): 7 s of rendering for
// 50,000 mentions (bench, many-mentions.html). New ranges wait and go in together once as many
// wait as are registered (each burst at most doubles the registry: O(n) in all), when the scan is
// done, or after MAX_WAIT_MS; the first ones wait for MIN_BURST or that delay.
/** Under this many waiting ranges a burst waits for the scan's end or the delay. */
const MIN_BURST = 500;
/** The longest a found mention waits unpainted: a few frames, unnoticed while a page loads. */
const MAX_WAIT_MS = 250;

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export interface Highlighter {
  /** Replaces the mentions of a run of text nodes with `mentions` (offsets into the joined text). */
  highlightRun(joined: JoinedText<Text>, mentions: readonly Mention[]): void;
  /** Drops every mention with a character in one of `nodes`. */
  forget(nodes: Iterable<Text>): void;
  /** Drops every mention with a character in a text node of `node` (itself, or inside it). */
  forgetInside(node: Node): void;
  /** Drops mentions whose text left the document. */
  forgetDisconnected(): void;
  mentionAt(node: Node, offset: number): HighlightedMention | undefined;
  /** Every highlighted mention, in no particular order (keyboard steps order them). */
  mentions(): HighlightedMention[];
  /** Registers the waiting ranges: all of them when `finished` (no scan pending), else when a burst is due. */
  commit(finished: boolean): void;
  /** Registers our highlights again where the page removed them (CSS.highlights.clear() or delete). */
  restore(): void;
  /** Removes every range and our names from CSS.highlights. */
  clear(): void;
}

export function createHighlighter(entities: readonly MatcherEntity[], settings: Settings): Highlighter {
  const highlights = new Map<EntityType, Highlight>();
  for (const type of ENTITY_TYPES) highlights.set(type, new Highlight());
  // A type the user hides is not painted; kind "none" keeps the mention (hover still works) unpainted.
  const painted = ENTITY_TYPES.filter((type) => settings.types.includes(type) && settings.highlightStyle[type].kind !== 'none');
  // The registry is the page's too: its own highlighting code may clear it (one lookup per type).
  const restore = () => {
    for (const type of painted) {
      const highlight = highlights.get(type)!;
      if (CSS.highlights.get(HIGHLIGHT_PREFIX + type) !== highlight) CSS.highlights.set(HIGHLIGHT_PREFIX + type, highlight);
    }
  };
  restore();
  const index = createRangeIndex<Text, HighlightedMention>();

  const waiting = new Set<HighlightedMention>();
  let waitingSince = 0;
  const registered = () => {
    let size = 0;
    for (const highlight of highlights.values()) size += highlight.size;
    return size;
  };

  const drop = (mention: HighlightedMention) => {
    if (!waiting.delete(mention)) highlights.get(mention.entity.type)?.delete(mention.range);
    countMention(mention.entity.id, mention.entity.type, -1);
  };
  const forget = (nodes: Iterable<Text>) => {
    for (const node of nodes) index.removeAt(node).forEach(drop);
  };

  return {
    highlightRun(joined, mentions) {
      forget(joined.nodes);
      for (const mention of mentions) {
        const entity = entities[mention.entity];
        if (!entity || !settings.types.includes(entity.type)) continue;
        if (settings.firstMentionOnly && mentionCount(entity.id) > 0) continue;
        const from = locate(joined, mention.start, 'start');
        const to = locate(joined, mention.end, 'end');
        if (!from || !to) continue;
        const range = document.createRange();
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
        const spans: Span<Text>[] = joined.nodes.slice(from.index, to.index + 1).map((node) => ({
          node,
          start: node === from.node ? from.offset : 0,
          end: node === to.node ? to.offset : node.data.length,
        }));
        const highlighted = { range, entity };
        index.add(highlighted, spans);
        if (waiting.size === 0) waitingSince = performance.now();
        waiting.add(highlighted);
        countMention(entity.id, entity.type, 1);
      }
    },
    commit(finished) {
      if (waiting.size === 0) return;
      const due = finished || performance.now() - waitingSince >= MAX_WAIT_MS || waiting.size >= Math.max(MIN_BURST, registered());
      if (!due) return;
      for (const { range, entity } of waiting) highlights.get(entity.type)?.add(range);
      waiting.clear();
    },
    forget,
    forgetInside(node) {
      if (index.isEmpty()) return;
      if (node.nodeType === Node.TEXT_NODE) return forget([node as Text]);
      if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_NODE) return;
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) forget([text as Text]);
    },
    forgetDisconnected() {
      forget([...index.nodes()].filter((node) => !node.isConnected));
    },
    mentions: () => [...index.mentions()],
    mentionAt: (node, offset) => (node.nodeType === Node.TEXT_NODE ? index.at(node as Text, offset) : undefined),
    restore,
    clear() {
      for (const [type, highlight] of highlights) {
        highlight.clear();
        if (CSS.highlights.get(HIGHLIGHT_PREFIX + type) === highlight) CSS.highlights.delete(HIGHLIGHT_PREFIX + type);
      }
      index.clear();
      waiting.clear();
      resetFound();
    },
  };
}
