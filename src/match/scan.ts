// The one pass: step the automaton per code unit, keep the whole-word candidates, and settle them
// leftmost first, then longest, then lowest entity index, as soon as no later candidate can start
// earlier. Shared by findMentions (whole text) and the chunk scanner (a sliding buffer).

import { codePointAt, codePointBefore, isWordCodePoint } from './char-class';
import { CJK_END, CJK_START } from './forms';
import type { LoadedAutomaton } from './load-automaton';
import { foldChar } from './normalize';

export interface Mention {
  /** UTF-16 offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
  /** Index into MatcherData.entities. */
  entity: number;
}

export interface ScanState {
  state: number;
  /** End of the last settled mention: candidates starting before it are dropped. */
  lastEnd: number;
  /** Unsettled candidates as flat (start, end, entity) triples, in global offsets. */
  pending: number[];
}

export function createScanState(): ScanState {
  return { state: 0, lastEnd: 0, pending: [] };
}

/**
 * Scans text[from, to), where text[0] is at global offset `base`. Every candidate's end boundary
 * must be readable: text holds two code units past `to` (a surrogate pair) unless `to` is the end
 * of all text; and text holds the code units before any candidate's start.
 */
export function scanRange(
  a: LoadedAutomaton, text: string, base: number, from: number, to: number, st: ScanState, out: Mention[],
): void {
  const { symbolOf, dense, width, denseStates, firstChild, labels, fail, depth, nextOut } = a;
  const pending = st.pending;
  let s = st.state;
  for (let i = from; i < to; i++) {
    const symbol = symbolOf[text.charCodeAt(i)]!;
    if (symbol === 0) {
      s = 0;
    } else {
      let next = -1;
      while (s >= denseStates) {
        let lo = firstChild[s]!;
        let hi = firstChild[s + 1]! - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const label = labels[mid]!;
          if (label < symbol) lo = mid + 1;
          else if (label > symbol) hi = mid - 1;
          else {
            next = mid;
            break;
          }
        }
        if (next >= 0) break;
        s = fail[s]!;
      }
      s = next >= 0 ? next : dense[s * width + symbol]!;
      for (let o = nextOut[s]!; o >= 0; o = nextOut[fail[o]!]!) addCandidate(a, text, base, i + 1, o, st);
    }
    if (pending.length > 0) settle(st, base + i + 1 - depth[s]!, out);
  }
  st.state = s;
}

function addCandidate(a: LoadedAutomaton, text: string, base: number, end: number, o: number, st: ScanState): void {
  const value = a.out[o]!;
  const start = end - a.depth[o]!;
  if (base + start < st.lastEnd) return;
  // Judged on folded text, like the forms: `ʼ` is a modifier letter, but folds to `'`.
  if (!(value & CJK_START) && isWordCodePoint(foldChar(codePointBefore(text, start, 0)))) return;
  if (!(value & CJK_END) && isWordCodePoint(foldChar(codePointAt(text, end)))) return;
  st.pending.push(base + start, base + end, value >> 2);
}

/** Settles candidates that start before `frontier`, the earliest start a later candidate can have. */
export function settle(st: ScanState, frontier: number, out: Mention[]): void {
  const p = st.pending;
  while (p.length > 0) {
    let best = 0;
    for (let k = 3; k < p.length; k += 3) {
      const d = p[k]! - p[best]! || p[best + 1]! - p[k + 1]! || p[k + 2]! - p[best + 2]!;
      if (d < 0) best = k;
    }
    const start = p[best]!;
    if (start >= frontier) return;
    const end = p[best + 1]!;
    out.push({ start, end, entity: p[best + 2]! });
    st.lastEnd = end;
    let kept = 0;
    for (let k = 0; k < p.length; k += 3) {
      if (p[k]! >= end) {
        p[kept] = p[k]!;
        p[kept + 1] = p[k + 1]!;
        p[kept + 2] = p[k + 2]!;
        kept += 3;
      }
    }
    p.length = kept;
  }
}
