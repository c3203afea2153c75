// Run time: the compiled automaton laid out for scanning. Each state becomes one record in a single
// Int32Array, so a step reads one stretch of memory: header, failure link, output chain, out value,
// then its (symbol, child) pairs sorted by symbol. Records follow the compiled depth-first order.
// The root's transitions are a table by code unit, since most steps of a scan start there.

import type { CompiledAutomaton } from './matcher-data';
import { FOLDED_CODES, foldChar } from './normalize';
import { unpackInt32, unpackUint16 } from './packed-arrays';

/** Record fields, at a state's offset in `nodes`; child pairs start at PAIRS. */
export const HEADER = 0; // child count | depth << 16
export const FAIL = 1; // offset of the failure state
export const NEXT_OUT = 2; // offset of this or the nearest failure state where a pattern ends, or -1
export const OUT_VALUE = 3; // entity << 2 | CJK bits where a pattern ends here, or -1
export const PAIRS = 4;
/** Depth is kept in the header's upper 16 bits (sign bit unused). */
export const MAX_DEPTH = 0x7fff;

export interface LoadedAutomaton {
  /** Code unit -> symbol, folding applied; 0 for a code unit no pattern contains. */
  symbolOf: Uint16Array;
  /** Code unit -> offset of the state the root moves to (0: stays at the root). */
  rootByCode: Int32Array;
  nodes: Int32Array;
  /** No pattern is longer. */
  maxLength: number;
}

const PACKED_FIELDS = ['alphabet', 'childCounts', 'labels', 'fail', 'outStates', 'outValues'] as const;

function broken(what: string): never {
  throw new Error(`Backstory: matcher data is broken (${what}); rebuild it with compileMatcher`);
}

/** Linear in the number of states; throws only on data compileMatcher cannot have written. */
export function loadAutomaton(data: CompiledAutomaton): LoadedAutomaton {
  // A truncated or corrupted bundle: a clear error here rather than a TypeError below.
  for (const field of PACKED_FIELDS) if (typeof data[field] !== 'string') broken(`${field} is not packed text`);
  const count = data.stateCount;
  if (!Number.isSafeInteger(count)) broken('state count');
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

  const offset = new Int32Array(count);
  let size = PAIRS; // the root's children live in rootByCode
  for (let s = 1; s < count; s++) {
    offset[s] = size;
    size += PAIRS + 2 * childCounts[s]!;
  }
  const nodes = new Int32Array(size);
  const rootByCode = new Int32Array(0x10000);
  const depth = new Int32Array(count);
  let maxLength = 0;

  // Rebuild the tree from the preorder: a state's parent is the nearest open state above it.
  const open = new Int32Array(count); // the states above s whose children are not all placed
  let openCount = 1;
  const filled = new Int32Array(count); // children placed so far per state
  const lastLabel = new Uint16Array(count);
  for (let s = 1; s < count; s++) {
    while (openCount > 0 && filled[open[openCount - 1]!]! === childCounts[open[openCount - 1]!]!) openCount--;
    const parent = open[openCount - 1]!;
    const label = labels[s]!;
    if (openCount === 0 || label < 1 || label > alphabet.length) broken('tree');
    if (lastLabel[parent]! >= label) broken('child order');
    lastLabel[parent] = label;
    const pair = offset[parent]! + PAIRS + 2 * filled[parent]!;
    filled[parent]!++;
    if (parent === 0) rootByCode[alphabet[label - 1]!] = offset[s]!;
    else {
      nodes[pair] = label;
      nodes[pair + 1] = offset[s]!;
    }
    depth[s] = depth[parent]! + 1;
    if (depth[s]! > MAX_DEPTH) broken('depth');
    maxLength = Math.max(maxLength, depth[s]!);
    if (childCounts[s]! > 0) open[openCount++] = s;
  }

  for (let s = 0; s < count; s++) {
    const f = fail[s]!;
    if (s > 0 && !(f >= 0 && f < count && depth[f]! < depth[s]!)) broken('failure links');
    const at = offset[s]!;
    nodes[at + HEADER] = (s === 0 ? 0 : childCounts[s]!) | (depth[s]! << 16);
    nodes[at + FAIL] = offset[f]!;
    nodes[at + NEXT_OUT] = s === 0 ? -1 : -2; // -2: not yet known
    nodes[at + OUT_VALUE] = -1;
  }
  for (let k = 0; k < outStates.length; k++) {
    const s = outStates[k]!;
    if (!(s > 0 && s < count)) broken('output states');
    nodes[offset[s]! + OUT_VALUE] = outValues[k]!;
  }
  // The output chain: depths fall along failure links, so each walk ends; each state is set once.
  const chain = new Int32Array(maxLength + 1);
  for (let s = 1; s < count; s++) {
    let at = offset[s]!;
    let length = 0;
    while (nodes[at + NEXT_OUT] === -2 && nodes[at + OUT_VALUE] === -1) {
      chain[length++] = at;
      at = nodes[at + FAIL]!;
    }
    const next = nodes[at + OUT_VALUE] !== -1 ? at : nodes[at + NEXT_OUT]!;
    nodes[at + NEXT_OUT] = next;
    while (length > 0) nodes[chain[--length]! + NEXT_OUT] = next;
  }

  const symbolOf = new Uint16Array(0x10000);
  alphabet.forEach((unit, k) => (symbolOf[unit] = k + 1));
  for (const code of FOLDED_CODES) {
    symbolOf[code] = symbolOf[foldChar(code)]!;
    rootByCode[code] = rootByCode[foldChar(code)]!;
  }
  return { symbolOf, rootByCode, nodes, maxLength };
}
