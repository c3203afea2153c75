// Build time: the Aho–Corasick trie of all pattern strings. States are numbered depth-first
// (children by ascending symbol), so the JSON needs no child pointers: the preorder plus each
// state's child count rebuilds the tree, and a run of single-child states, the body of a name,
// sits at consecutive ids, where the loaded scanner reads it from consecutive memory.

import type { CompiledAutomaton } from './matcher-data';
import { packInt32, packUint16 } from './packed-arrays';

/** `patterns` maps each distinct, non-empty string to its out value. */
export function buildAutomaton(patterns: ReadonlyMap<string, number>): CompiledAutomaton {
  const units = new Set<number>();
  for (const text of patterns.keys()) for (let i = 0; i < text.length; i++) units.add(text.charCodeAt(i));
  const alphabet = [...units].sort((a, b) => a - b);
  // Symbols are Uint16 with 0 kept for "no pattern has this code unit".
  if (alphabet.length > 0xffff) throw new Error('Backstory: forms use every UTF-16 code unit');
  const symbolOf = new Map(alphabet.map((unit, k) => [unit, k + 1]));

  // A plain trie first, ids in insertion order.
  const children: number[][] = [[]];
  const edge = new Map<number, number>(); // node * 65536 + symbol -> child
  const outOf = new Map<number, number>();
  let maxLength = 0;
  for (const [text, value] of patterns) {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const symbol = symbolOf.get(text.charCodeAt(i))!;
      const key = node * 65536 + symbol;
      let next = edge.get(key);
      if (next === undefined) {
        next = children.length;
        children.push([]);
        children[node]!.push(symbol);
        edge.set(key, next);
      }
      node = next;
    }
    outOf.set(node, value);
    maxLength = Math.max(maxLength, text.length);
  }
  const count = children.length;
  const labelOf = new Uint16Array(count);
  for (const [key, node] of edge) labelOf[node] = key % 65536;

  // Failure links, breadth-first over the plain trie.
  const fail = new Int32Array(count);
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const symbol of children[node]!) {
      const next = edge.get(node * 65536 + symbol)!;
      queue.push(next);
      if (node === 0) continue;
      let f = fail[node]!;
      let target = edge.get(f * 65536 + symbol);
      while (target === undefined && f !== 0) {
        f = fail[f]!;
        target = edge.get(f * 65536 + symbol);
      }
      fail[next] = target ?? 0;
    }
  }

  // Renumber depth-first.
  const idOf = new Int32Array(count);
  const order: number[] = [];
  const stack = [0];
  while (stack.length > 0) {
    const node = stack.pop()!;
    idOf[node] = order.length;
    order.push(node);
    const symbols = children[node]!.sort((a, b) => a - b);
    for (let k = symbols.length - 1; k >= 0; k--) stack.push(edge.get(node * 65536 + symbols[k]!)!);
  }
  const outStates: number[] = [];
  const outValues: number[] = [];
  order.forEach((node, id) => {
    const value = outOf.get(node);
    if (value !== undefined) {
      outStates.push(id);
      outValues.push(value);
    }
  });

  return {
    alphabet: packUint16(alphabet),
    stateCount: count,
    childCounts: packUint16(order.map((node) => children[node]!.length)),
    labels: packUint16(order.map((node) => labelOf[node]!)),
    fail: packInt32(order.map((node) => idOf[fail[node]!]!)),
    outStates: packInt32(outStates),
    outValues: packInt32(outValues),
    maxLength,
  };
}
