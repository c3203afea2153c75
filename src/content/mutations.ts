// Follows the page: a MutationObserver collects the nodes that changed, and at most every
// MIN_BATCH_INTERVAL_MS hands them over as one batch, so a page that mutates constantly costs one
// Set.add per record. Past MAX_PENDING_NODES the observer disconnects until the batch runs, and the
// batch says "everything changed" instead. Text the page replaced or removed is handed over at
// once (onGone), so its ranges leave the registry in the same task instead of waiting, collapsed,
// for the batch. A block element added whole (a feed's new item) is scanned alone: its container's
// text did not change.
import { isBoundary, isInsideSkipped, isSkippedTag } from './skip-rules';

/** Lets a burst of mutations (a framework render) finish before we look. */
const BATCH_DELAY_MS = 100;
/** At most two batches a second however busy the page is. */
const MIN_BATCH_INTERVAL_MS = 500;
/** More changed nodes than this in one batch: rescanning the whole scope is cheaper than sorting them. */
const MAX_PENDING_NODES = 1000;

export interface Changes {
  /** Nodes whose text or children changed: their blocks' text is not what we scanned. */
  rewritten: ReadonlySet<Node>;
  /** Block elements the page added whole. */
  added: ReadonlySet<Element>;
}

export interface MutationHandlers {
  /** Undefined: anything may have changed. */
  onBatch(changes: Changes | undefined): void;
  /** A text node whose text the page replaced, or a node it removed: whatever we marked in it is stale. */
  onGone(node: Node): void;
}

/**
 * How adding or removing `node` changes the text of its parent's block: not at all (a script, an
 * iframe, a comment), not around it (a block with content: a feed's item), or it does (text, an
 * inline element, a <br> that joins or splits words).
 */
function effectOf(node: Node): 'none' | 'whole-block' | 'text' {
  if (node.nodeType === Node.TEXT_NODE) return 'text';
  if (node.nodeType !== Node.ELEMENT_NODE) return 'none';
  const element = node as Element;
  if (isSkippedTag(element)) return 'none';
  return element.firstChild !== null && isBoundary(element) ? 'whole-block' : 'text';
}

export function observeMutations(target: Node, signal: AbortSignal, { onBatch, onGone }: MutationHandlers): void {
  let pending = new Set<Node>();
  let added = new Set<Element>();
  let overflow = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastBatch = -Infinity;
  const options: MutationObserverInit = { childList: true, characterData: true, subtree: true };

  const flush = () => {
    timer = undefined;
    if (signal.aborted) return;
    const changes = overflow ? undefined : { rewritten: pending, added };
    if (overflow) observer.observe(target, options);
    pending = new Set();
    added = new Set();
    overflow = false;
    lastBatch = performance.now();
    onBatch(changes);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        onGone(record.target);
        pending.add(record.target);
        continue;
      }
      let rewritten = false;
      for (const node of record.removedNodes) {
        const effect = effectOf(node);
        if (effect !== 'none') onGone(node);
        rewritten ||= effect === 'text';
      }
      for (const node of record.addedNodes) {
        const effect = effectOf(node);
        if (effect === 'whole-block') added.add(node as Element);
        rewritten ||= effect === 'text';
      }
      if (rewritten) pending.add(record.target);
    }
    if (pending.size + added.size > MAX_PENDING_NODES) {
      overflow = true;
      pending.clear();
      added.clear();
      observer.disconnect();
    }
    if (timer === undefined) {
      const wait = Math.max(BATCH_DELAY_MS, lastBatch + MIN_BATCH_INTERVAL_MS - performance.now());
      timer = setTimeout(flush, wait);
    }
  });
  observer.observe(target, options);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}

/** The nearest block boundary holding `node` (itself, if it is one), or `root`; `node` is inside `root`. */
export function blockOf(node: Node, root: Element): Element {
  let block = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (block && block !== root && !isBoundary(block)) block = block.parentElement;
  return block ?? root;
}

/**
 * The blocks to scan again for a batch of changed nodes: for each node inside `root` and not in a
 * skipped element, its nearest block boundary (or `root`), without blocks inside another one.
 */
export function blocksToRescan(changed: Iterable<Node>, root: Element): Set<Element> {
  const blocks = new Set<Element>();
  for (const node of changed) {
    if (!node.isConnected || !root.contains(node) || isInsideSkipped(node, root)) continue;
    blocks.add(blockOf(node, root));
  }
  for (const block of blocks) {
    for (let up = block.parentElement; up && block !== root; up = up === root ? null : up.parentElement) {
      if (blocks.has(up)) {
        blocks.delete(block);
        break;
      }
    }
  }
  return blocks;
}
