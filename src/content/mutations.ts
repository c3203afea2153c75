// Follows the page: a MutationObserver collects the nodes that changed, and at most every
// MIN_BATCH_INTERVAL_MS hands them over as one batch, so a page that mutates constantly costs one
// Set.add per record. Past MAX_PENDING_NODES the observer disconnects until the batch runs, and the
// batch says "everything changed" instead.
import { isBoundary, isInsideSkipped } from './skip-rules';

/** Lets a burst of mutations (a framework render) finish before we look. */
const BATCH_DELAY_MS = 100;
/** At most two batches a second however busy the page is. */
const MIN_BATCH_INTERVAL_MS = 500;
/** More changed nodes than this in one batch: rescanning the whole scope is cheaper than sorting them. */
const MAX_PENDING_NODES = 1000;

/** `changed`: the nodes whose text or children changed; undefined means anything may have. */
export type BatchHandler = (changed: ReadonlySet<Node> | undefined) => void;

export function observeMutations(target: Node, signal: AbortSignal, onBatch: BatchHandler): void {
  let pending = new Set<Node>();
  let overflow = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastBatch = -Infinity;
  const options: MutationObserverInit = { childList: true, characterData: true, subtree: true };

  const flush = () => {
    timer = undefined;
    if (signal.aborted) return;
    const changed = overflow ? undefined : pending;
    if (overflow) observer.observe(target, options);
    pending = new Set();
    overflow = false;
    lastBatch = performance.now();
    onBatch(changed);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) pending.add(record.target);
    if (pending.size > MAX_PENDING_NODES) {
      overflow = true;
      pending.clear();
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

/**
 * The blocks to scan again for a batch of changed nodes: for each node inside `root` and not in a
 * skipped element, its nearest block boundary (or `root`), without blocks inside another one.
 */
export function blocksToRescan(changed: ReadonlySet<Node>, root: Element): Set<Element> {
  const blocks = new Set<Element>();
  for (const node of changed) {
    if (!node.isConnected || !root.contains(node) || isInsideSkipped(node, root)) continue;
    let block = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    while (block && block !== root && !isBoundary(block)) block = block.parentElement;
    blocks.add(block ?? root);
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
