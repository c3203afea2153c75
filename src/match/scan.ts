// The one pass: step the automaton per code unit and hand whole-word candidates to candidates.ts.
// Shared by findMentions (whole text) and the chunk scanner (a sliding buffer).

import { addPending, settle, type Mention, type ScanState } from './candidates';
import { isWordAt, isWordBefore } from './char-class';
import { CJK_END, CJK_START } from './forms';
import { FAIL, HEADER, NEXT_OUT, OUT_VALUE, PAIRS, type LoadedAutomaton } from './load-automaton';

/**
 * Scans text[from, to), where text[0] is at global offset `base`. Every candidate's end boundary
 * must be readable: text holds two code units past `to` (a surrogate pair) unless `to` is the end
 * of all text; and text holds the code units before any candidate's start.
 */
export function scanRange(
  a: LoadedAutomaton, text: string, base: number, from: number, to: number, st: ScanState, out: Mention[],
): void {
  const { symbolOf, rootByCode, nodes } = a;
  let s = st.state;
  let i = from;
  while (i < to) {
    if (s === 0) {
      // At the root no candidate can start before i: settle, then skip what starts no pattern.
      if (st.count > 0) settle(st, base + i, out);
      while ((s = rootByCode[text.charCodeAt(i)]!) === 0 && ++i < to);
      if (s === 0) break;
    } else {
      const symbol = symbolOf[text.charCodeAt(i)]!;
      if (symbol === 0) {
        s = 0;
        i++;
        continue;
      }
      s = step(nodes, rootByCode, s, symbol, text.charCodeAt(i));
    }
    i++;
    let o = nodes[s + NEXT_OUT]!;
    if (o >= 0) {
      // Every pattern found here ends at i: read the character after it once.
      const wordAfter = isWordAt(text, i);
      for (; o >= 0; o = nodes[nodes[o + FAIL]! + NEXT_OUT]!) {
        const value = nodes[o + OUT_VALUE]!;
        const start = i - (nodes[o + HEADER]! >>> 16);
        if ((value & CJK_END || !wordAfter) && (value & CJK_START || !isWordBefore(text, start))) {
          addPending(st, base + start, base + i, value >> 2);
        }
      }
    }
    if (st.count > 0 && st.minStart < base + i - (nodes[s + HEADER]! >>> 16)) {
      settle(st, base + i - (nodes[s + HEADER]! >>> 16), out);
    }
  }
  if (s === 0 && st.count > 0) settle(st, base + to, out);
  st.state = s;
}

/** The state after `s` reads `symbol`: its child, else the same question of its failure state. */
function step(nodes: Int32Array, rootByCode: Int32Array, s: number, symbol: number, code: number): number {
  for (;;) {
    if (s === 0) return rootByCode[code]!;
    const pairs = s + PAIRS;
    const count = nodes[s + HEADER]! & 0xffff;
    if (count <= 8) {
      for (let k = 0; k < count; k++) {
        if (nodes[pairs + 2 * k] === symbol) return nodes[pairs + 2 * k + 1]!;
      }
    } else {
      let lo = 0;
      let hi = count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const label = nodes[pairs + 2 * mid]!;
        if (label < symbol) lo = mid + 1;
        else if (label > symbol) hi = mid - 1;
        else return nodes[pairs + 2 * mid + 1]!;
      }
    }
    s = nodes[s + FAIL]!;
  }
}
