// Build time: the Aho–Corasick trie of all pattern strings, laid out for loading without rework.
// States are numbered breadth-first, so a state's children are consecutive ids (sorted by
// symbol) and every failure link points to a smaller id.

import { packInt32, packUint16 } from './packed-arrays';

/** The JSON layout; each string is a base64 little-endian integer array (see packed-arrays.ts). */
export interface CompiledAutomaton {
  /** Uint16: the distinct code units of all patterns, ascending; symbol k + 1 is alphabet[k]. */
  alphabet: string;
  stateCount: number;
  /** Uint16 per state: how many children it has (state 0 is the root). */
  childCounts: string;
  /** Uint16 per state: the symbol on the edge into it (0 for the root). */
  labels: string;
  /** Int32 per state: the longest proper suffix that is also a state. */
  fail: string;
  /** Int32, ascending: the states where a pattern ends. */
  outStates: string;
  /** Int32 per out state: entity index << 2 | CJK_START / CJK_END bits. */
  outValues: string;
  /** Length in code units of the longest pattern. */
  maxLength: number;
}

/** `patterns` maps each distinct string to its out value; empty strings are not allowed. */
export function buildAutomaton(patterns: ReadonlyMap<string, number>): CompiledAutomaton {
  const units = new Set<number>();
  for (const text of patterns.keys()) for (let i = 0; i < text.length; i++) units.add(text.charCodeAt(i));
  const alphabet = [...units].sort((a, b) => a - b);
  // Symbols are Uint16 with 0 kept for "no pattern has this code unit".
  if (alphabet.length > 0xffff) throw new Error('Backstory: forms use every UTF-16 code unit');
  const symbolOf = new Map(alphabet.map((unit, k) => [unit, k + 1]));

  // A plain trie first, ids in insertion order; children listed per node.
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

  // Renumber breadth-first, children by ascending symbol.
  const count = children.length;
  const order = [0];
  const childCounts = new Uint16Array(count);
  const labels = new Uint16Array(count);
  for (let head = 0; head < order.length; head++) {
    const old = order[head]!;
    const symbols = children[old]!.sort((a, b) => a - b);
    childCounts[head] = symbols.length;
    for (const symbol of symbols) {
      labels[order.length] = symbol;
      order.push(edge.get(old * 65536 + symbol)!);
    }
  }
  const firstChild = new Int32Array(count + 1);
  firstChild[0] = 1;
  for (let s = 0; s < count; s++) firstChild[s + 1] = firstChild[s]! + childCounts[s]!;
  const child = (s: number, symbol: number): number => {
    let lo = firstChild[s]!;
    let hi = firstChild[s + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const label = labels[mid]!;
      if (label === symbol) return mid;
      if (label < symbol) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };

  const fail = new Int32Array(count);
  for (let s = 0; s < count; s++) {
    for (let c = firstChild[s]!; c < firstChild[s + 1]!; c++) {
      if (s === 0) continue;
      let f = fail[s]!;
      let target = child(f, labels[c]!);
      while (target < 0 && f !== 0) {
        f = fail[f]!;
        target = child(f, labels[c]!);
      }
      fail[c] = target < 0 ? 0 : target;
    }
  }

  const outStates: number[] = [];
  const outValues: number[] = [];
  order.forEach((old, id) => {
    const value = outOf.get(old);
    if (value !== undefined) {
      outStates.push(id);
      outValues.push(value);
    }
  });

  return {
    alphabet: packUint16(alphabet),
    stateCount: count,
    childCounts: packUint16(childCounts),
    labels: packUint16(labels),
    fail: packInt32(fail),
    outStates: packInt32(outStates),
    outValues: packInt32(outValues),
    maxLength,
  };
}
