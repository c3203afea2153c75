// One run of text out of several nodes: the matcher sees the concatenation, ranges need (node,
// offset) pairs back. Pure (works on anything with `data`) so it is tested without a DOM.

export interface TextLike {
  readonly data: string;
}

export interface JoinedText<N extends TextLike> {
  text: string;
  nodes: readonly N[];
  /** starts[i]: offset in `text` where nodes[i] begins; ascending. */
  starts: number[];
}

export interface NodePoint<N> {
  node: N;
  /** Position of `node` in the joined list. */
  index: number;
  offset: number;
}

export function joinText<N extends TextLike>(nodes: readonly N[]): JoinedText<N> {
  const starts: number[] = [];
  let length = 0;
  const parts: string[] = [];
  for (const node of nodes) {
    starts.push(length);
    parts.push(node.data);
    length += node.data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/**
 * The node and local offset for a text offset. An offset on the boundary of two nodes belongs to
 * the later node when it starts a mention (`side: 'start'`) and to the earlier one when it ends
 * it (`side: 'end'`), so a mention never claims a node it has no character in. Empty nodes are
 * passed over. Undefined when `offset` is outside the text.
 */
export function locate<N extends TextLike>(joined: JoinedText<N>, offset: number, side: 'start' | 'end'): NodePoint<N> | undefined {
  const { nodes, starts, text } = joined;
  if (nodes.length === 0 || offset < 0 || offset > text.length) return undefined;
  // Last node starting at or before offset (for 'end': strictly before, unless offset is 0).
  let low = 0;
  let high = nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = starts[mid]!;
    if (side === 'start' ? start <= offset : start < offset) low = mid;
    else high = mid - 1;
  }
  let index = low;
  if (side === 'start') {
    // Past empty nodes and the end of a node, onto the first node that has the character.
    while (index < nodes.length - 1 && offset - starts[index]! >= nodes[index]!.data.length) index++;
  }
  const node = nodes[index]!;
  return { node, index, offset: Math.min(offset - starts[index]!, node.data.length) };
}
