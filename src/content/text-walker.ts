// Walks a subtree in document order and yields its blocks of text: runs of text nodes with no
// block boundary and no skipped element between them. A generator, so the idle runner can stop
// after any block and resume in a later slice.
import { isBoundary, isSkipped } from './skip-rules';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Yields each run of adjacent inline text under `root`, in document order. Returns false when the
 * page moved the node we stood on while we were suspended: the rest of the walk is unknown, and the
 * caller should walk again (scanning a block twice is harmless).
 */
export function* walkTextBlocks(root: Node): Generator<Text[], boolean, void> {
  let run: Text[] = [];
  const flush = function* (): Generator<Text[], void, void> {
    if (run.some((text) => text.data.trim() !== '')) yield run;
    run = [];
  };
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      run.push(node as Text);
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (isSkipped(element)) {
        // Its text is left out; the words on either side must not join across it.
        yield* flush();
      } else {
        if (isBoundary(element)) yield* flush();
        descend = element.firstChild !== null;
      }
    }
    if (!node.isConnected && root.isConnected) return false;
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === ELEMENT_NODE && isBoundary(node as Element)) yield* flush();
      if (node && !node.isConnected && root.isConnected) return false;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  yield* flush();
  return true;
}
