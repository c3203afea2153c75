// The compiled matcher as bundled into the content script: written by compile.ts at build time,
// read by find-mentions.ts at run time. Plain JSON: strings and numbers only.

import type { EntityType } from '../shared/entity-index';

export const MATCHER_DATA_VERSION = 1;

export interface MatcherEntity {
  id: string;
  name: string;
  type: EntityType;
}

export interface MatcherData {
  version: typeof MATCHER_DATA_VERSION;
  /** In the order given to compileMatcher; a mention's `entity` indexes this array. */
  entities: MatcherEntity[];
  automaton: CompiledAutomaton;
}

/** The JSON layout; each string is a base64 little-endian integer array (see packed-arrays.ts). */
export interface CompiledAutomaton {
  /** Uint16: the distinct code units of all patterns, ascending; symbol k + 1 is alphabet[k]. */
  alphabet: string;
  stateCount: number;
  /** Uint16 per state in preorder: how many children it has (state 0 is the root). */
  childCounts: string;
  /** Uint16 per state: the symbol on the edge into it (0 for the root). */
  labels: string;
  /** Int32 per state: the state of its longest proper suffix that is also a state. */
  fail: string;
  /** Int32, ascending: the states where a pattern ends. */
  outStates: string;
  /** Int32 per out state: entity index << 2 | CJK_START / CJK_END bits. */
  outValues: string;
  /** Length in code units of the longest pattern. */
  maxLength: number;
}
