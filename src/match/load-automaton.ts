// Run time: the compiled automaton's arrays, decoded, plus what is cheap to derive in one linear
// pass (depths, output chains) and full transition rows for the hottest states.

import type { CompiledAutomaton } from './build-automaton';
import { FOLDED_CODES, foldChar } from './normalize';
import { unpackInt32, unpackUint16 } from './packed-arrays';

/**
 * Cells of full transition rows (4 bytes each). States are breadth-first, so the rows go to the
 * root and the shallowest states, where a scan spends most of its steps; deeper states search
 * their few sorted children and follow failure links.
 */
export const DENSE_CELL_BUDGET = 1 << 18;

export interface LoadedAutomaton {
  /** Code unit -> symbol, folding applied; 0 for a code unit no pattern contains. */
  symbolOf: Uint16Array;
  /** Symbols per dense row: alphabet size + 1. */
  width: number;
  /** States [0, denseStates) step through `dense`. */
  denseStates: number;
  dense: Int32Array;
  /** Children of s are the states [firstChild[s], firstChild[s + 1]), labels ascending. */
  firstChild: Int32Array;
  labels: Uint16Array;
  fail: Int32Array;
  depth: Int32Array;
  /** Out value where a pattern ends at this state, else -1. */
  out: Int32Array;
  /** This state or the nearest along failure links where a pattern ends, else -1. */
  nextOut: Int32Array;
  /** Depth of the deepest state: no pattern is longer. */
  maxLength: number;
}

function broken(what: string): never {
  throw new Error(`Backstory: matcher data is broken (${what}); rebuild it with compileMatcher`);
}

/** Linear in the number of states; throws only on data compileMatcher cannot have written. */
export function loadAutomaton(data: CompiledAutomaton): LoadedAutomaton {
  const count = data.stateCount;
  const alphabet = unpackUint16(data.alphabet);
  const childCounts = unpackUint16(data.childCounts);
  const labels = unpackUint16(data.labels);
  const fail = unpackInt32(data.fail);
  const outStates = unpackInt32(data.outStates);
  const outValues = unpackInt32(data.outValues);
  if (!(count >= 1) || childCounts.length !== count || labels.length !== count || fail.length !== count) {
    broken('state arrays');
  }
  if (outStates.length !== outValues.length) broken('outputs');
  const width = alphabet.length + 1;

  const firstChild = new Int32Array(count + 1);
  const depth = new Int32Array(count);
  firstChild[0] = 1;
  for (let s = 0; s < count; s++) {
    const first = firstChild[s]!;
    const after = first + childCounts[s]!;
    if (after > count) broken('child counts');
    firstChild[s + 1] = after;
    for (let c = first; c < after; c++) depth[c] = depth[s]! + 1;
    if (s > 0 && !(fail[s]! >= 0 && fail[s]! < s)) broken('failure links');
    if (labels[s]! >= width) broken('labels');
  }

  const out = new Int32Array(count).fill(-1);
  for (let k = 0; k < outStates.length; k++) {
    const s = outStates[k]!;
    if (!(s > 0 && s < count)) broken('output states');
    out[s] = outValues[k]!;
  }
  const nextOut = new Int32Array(count);
  nextOut[0] = -1;
  for (let s = 1; s < count; s++) nextOut[s] = out[s]! >= 0 ? s : nextOut[fail[s]!]!;

  const symbolOf = new Uint16Array(0x10000);
  alphabet.forEach((unit, k) => (symbolOf[unit] = k + 1));
  for (const code of FOLDED_CODES) symbolOf[code] = symbolOf[foldChar(code)]!;

  const denseStates = Math.min(count, Math.max(1, Math.floor(DENSE_CELL_BUDGET / width)));
  const dense = new Int32Array(denseStates * width);
  for (let s = 0; s < denseStates; s++) {
    const row = s * width;
    if (s > 0) dense.copyWithin(row, fail[s]! * width, fail[s]! * width + width);
    for (let c = firstChild[s]!; c < firstChild[s + 1]!; c++) dense[row + labels[c]!] = c;
  }

  const maxLength = depth[count - 1]!;
  return { symbolOf, width, denseStates, dense, firstChild, labels, fail, depth, out, nextOut, maxLength };
}
