// Which mention covers a point of a text node, in O(log n): each text node maps to the sorted
// spans of the mentions that have characters in it. A mention spanning three nodes is listed
// under all three. Generic over node and mention so the logic is tested without a DOM.

export interface Span<N> {
  node: N;
  /** Offsets in `node`, end exclusive. */
  start: number;
  end: number;
}

interface Entry<M> {
  start: number;
  end: number;
  mention: M;
}

export interface RangeIndex<N extends object, M> {
  add(mention: M, spans: readonly Span<N>[]): void;
  /** Removes every mention with a character in `node` (from all its nodes); returns them. */
  removeAt(node: N): M[];
  /** The mention whose span in `node` contains `offset`; its end counts, as a caret after the last letter is still on the word. */
  at(node: N, offset: number): M | undefined;
  /** Every node that holds a span. */
  nodes(): IterableIterator<N>;
  /** Every mention, once each, in no particular order. */
  mentions(): IterableIterator<M>;
  isEmpty(): boolean;
  clear(): void;
}

export function createRangeIndex<N extends object, M>(): RangeIndex<N, M> {
  const byNode = new Map<N, Entry<M>[]>();
  const nodesOf = new Map<M, N[]>();

  const lastStartingAtOrBefore = (entries: Entry<M>[], offset: number): number => {
    let low = 0;
    let high = entries.length; // first entry starting after offset
    while (low < high) {
      const mid = (low + high) >> 1;
      if (entries[mid]!.start <= offset) low = mid + 1;
      else high = mid;
    }
    return low - 1;
  };

  return {
    add(mention, spans) {
      nodesOf.set(mention, spans.map((span) => span.node));
      for (const { node, start, end } of spans) {
        let entries = byNode.get(node);
        if (!entries) byNode.set(node, (entries = []));
        entries.splice(lastStartingAtOrBefore(entries, start) + 1, 0, { start, end, mention });
      }
    },
    removeAt(node) {
      const removed = [...new Set((byNode.get(node) ?? []).map((entry) => entry.mention))];
      for (const mention of removed) {
        for (const other of nodesOf.get(mention) ?? []) {
          const entries = byNode.get(other)?.filter((entry) => entry.mention !== mention) ?? [];
          if (entries.length > 0) byNode.set(other, entries);
          else byNode.delete(other);
        }
        nodesOf.delete(mention);
      }
      return removed;
    },
    at(node, offset) {
      const entries = byNode.get(node);
      if (!entries) return undefined;
      const entry = entries[lastStartingAtOrBefore(entries, offset)];
      return entry && offset <= entry.end ? entry.mention : undefined;
    },
    nodes: () => byNode.keys(),
    mentions: () => nodesOf.keys(),
    isEmpty: () => nodesOf.size === 0,
    clear() {
      byNode.clear();
      nodesOf.clear();
    },
  };
}
