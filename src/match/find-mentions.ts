// Run time, in the content script: load the bundled matcher data once, then find the mentions in
// page text in one pass, whole or chunk by chunk.

import { MATCHER_DATA_VERSION, type MatcherData, type MatcherEntity } from './matcher-data';
import { loadAutomaton, type LoadedAutomaton } from './load-automaton';
import { createScanState, settle, type Mention } from './candidates';
import { scanRange } from './scan';

export type { Mention } from './candidates';

export interface Matcher {
  readonly entities: readonly MatcherEntity[];
  readonly automaton: LoadedAutomaton;
}

/** Code units a candidate's end boundary may need: one code point, possibly a surrogate pair. */
const LOOKAHEAD = 2;

/** Decodes the data's arrays (linear, no per-form work); throws only on data of another version or broken data. */
export function loadMatcher(data: MatcherData): Matcher {
  // The bundle may be truncated or corrupted: say so in our words, not as a TypeError deep inside.
  const shaped = data as Partial<MatcherData> | null;
  if (typeof shaped !== 'object' || shaped === null || !Array.isArray(shaped.entities) || typeof shaped.automaton !== 'object' || shaped.automaton === null) {
    throw new Error('Backstory: matcher data is broken (not an object with entities and an automaton); rebuild it with compileMatcher');
  }
  if (data.version !== MATCHER_DATA_VERSION) {
    throw new Error(`Backstory: matcher data version ${String(data.version)}, expected ${MATCHER_DATA_VERSION}`);
  }
  return { entities: data.entities, automaton: loadAutomaton(data.automaton) };
}

/**
 * Whole-word mentions of the entities' forms, sorted by start and non-overlapping: leftmost first,
 * then longest, then lowest entity index. Never throws.
 */
export function findMentions(matcher: Matcher, text: string): Mention[] {
  const out: Mention[] = [];
  const st = createScanState();
  scanRange(matcher.automaton, text, 0, 0, text.length, st, out);
  settle(st, Infinity, out);
  return out;
}

export interface Scanner {
  /** The mentions settled by this chunk, offsets into the concatenation of all chunks so far. */
  push(chunk: string): Mention[];
  /** The remaining mentions; the scanner then starts over for a new text. */
  end(): Mention[];
}

/**
 * For one block whose text arrives as several text nodes: the mentions of all push() and end()
 * results together are exactly findMentions of the concatenated chunks, however it was split.
 */
export function createScanner(matcher: Matcher): Scanner {
  const a = matcher.automaton;
  const lookbehind = a.maxLength + LOOKAHEAD;
  let st = createScanState();
  let buffer = '';
  let base = 0; // global offset of buffer[0]
  let next = 0; // global offset of the first code unit not yet scanned
  return {
    push(chunk) {
      const out: Mention[] = [];
      buffer += chunk;
      const to = base + buffer.length - LOOKAHEAD;
      if (to > next) {
        scanRange(a, buffer, base, next - base, to - base, st, out);
        next = to;
      }
      const keepFrom = next - lookbehind - base;
      if (keepFrom > 0) {
        buffer = buffer.slice(keepFrom);
        base += keepFrom;
      }
      return out;
    },
    end() {
      const out: Mention[] = [];
      scanRange(a, buffer, base, next - base, buffer.length, st, out);
      settle(st, Infinity, out);
      st = createScanState();
      buffer = '';
      base = 0;
      next = 0;
      return out;
    },
  };
}
