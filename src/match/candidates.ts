// Candidates found by the scan, kept until they are settled: leftmost first, then longest, then
// lowest entity index, as soon as no later candidate can start earlier. The pending list is tiny
// (the candidates of one name and its suffixes), so a linear search beats any ordered structure.

export interface Mention {
  /** UTF-16 offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
  /** Index into MatcherData.entities. */
  entity: number;
}

export interface ScanState {
  /** Offset of the automaton's current state record. */
  state: number;
  /** End of the last settled mention: candidates starting before it are dropped. */
  lastEnd: number;
  /** Unsettled candidates as (start, end, entity) triples in global offsets; `count` ints used. */
  pending: Int32Array;
  count: number;
  /** Smallest start among pending candidates (Infinity when none). */
  minStart: number;
}

export function createScanState(): ScanState {
  return { state: 0, lastEnd: 0, pending: new Int32Array(48), count: 0, minStart: Infinity };
}

export function addPending(st: ScanState, start: number, end: number, entity: number): void {
  if (start < st.lastEnd) return;
  if (st.count + 3 > st.pending.length) {
    const grown = new Int32Array(st.pending.length * 2);
    grown.set(st.pending);
    st.pending = grown;
  }
  const p = st.pending;
  p[st.count] = start;
  p[st.count + 1] = end;
  p[st.count + 2] = entity;
  st.count += 3;
  if (start < st.minStart) st.minStart = start;
}

/** Settles the candidates that start before `frontier`, the earliest start a later one can have. */
export function settle(st: ScanState, frontier: number, out: Mention[]): void {
  const p = st.pending;
  while (st.count > 0 && st.minStart < frontier) {
    let best = 0;
    for (let k = 3; k < st.count; k += 3) {
      const d = p[k]! - p[best]! || p[best + 1]! - p[k + 1]! || p[k + 2]! - p[best + 2]!;
      if (d < 0) best = k;
    }
    const start = p[best]!;
    const end = p[best + 1]!;
    out.push({ start, end, entity: p[best + 2]! });
    st.lastEnd = end;
    let kept = 0;
    let minStart = Infinity;
    for (let k = 0; k < st.count; k += 3) {
      if (p[k]! >= end) {
        p[kept] = p[k]!;
        p[kept + 1] = p[k + 1]!;
        p[kept + 2] = p[k + 2]!;
        kept += 3;
        if (p[k]! < minStart) minStart = p[k]!;
      }
    }
    st.count = kept;
    st.minStart = minStart;
  }
}
