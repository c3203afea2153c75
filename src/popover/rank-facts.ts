// Which facts a popover shows first: the most informative, near-duplicates dropped, cut to
// maxFacts. A heuristic, deterministic (ties keep index order), and cheap enough to run per hover.
import type { Fact } from '../shared/entity-index';

/** A fact with its position in Entity.facts, which is what "Open article" reports back. */
export interface IndexedFact {
  fact: Fact;
  index: number;
}

export interface RankedFacts {
  /** Best first, at most maxFacts. */
  shown: IndexedFact[];
  /** Distinct facts in all, for "Show all N facts"; `total - shown.length` are hidden. */
  total: number;
}

/** Word-set overlap at or above which two facts say the same thing (wire copy reprinted, a re-quoted line). */
export const NEAR_DUPLICATE_OVERLAP = 0.8;

const MONTH_OR_DAY =
  /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

/**
 * Ranks `facts` (see scoreFact), drops each fact that nearly repeats a better one, keeps the first
 * `maxFacts` (Infinity or NaN: all; below 1: one). `names` are the entity's name and aliases.
 */
export function rankFacts(facts: readonly Fact[], options: { maxFacts: number; names: readonly string[] }): RankedFacts {
  const own = new Set(options.names.flatMap((name) => words(name)));
  const ranked = facts
    .map((fact, index) => ({ fact, index, score: scoreFact(fact, own), tokens: new Set(words(fact.text.toLowerCase())) }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const kept: typeof ranked = [];
  for (const candidate of ranked) {
    if (!kept.some((better) => overlap(better.tokens, candidate.tokens) >= NEAR_DUPLICATE_OVERLAP)) kept.push(candidate);
  }
  const limit = Number.isNaN(options.maxFacts) ? Infinity : Math.max(1, Math.floor(options.maxFacts));
  return { shown: kept.slice(0, limit).map(({ fact, index }) => ({ fact, index })), total: kept.length };
}

/**
 * Higher is more informative: length up to about 25 words (fragments and walls of text lose),
 * numbers, a date, names other than the entity's own (`ownWords`), and a named source.
 */
export function scoreFact(fact: Fact, ownWords: ReadonlySet<string>): number {
  const all = words(fact.text);
  let score = Math.min(all.length, 25) * 0.1;
  if (all.length < 6) score -= 1;
  if (all.length > 50) score -= (all.length - 50) * 0.05;
  score += Math.min(all.filter((word) => /\p{N}/u.test(word)).length, 3) * 0.75;
  if (all.some((word) => MONTH_OR_DAY.test(word.replace(/\.$/, '')))) score += 1;
  score += Math.min(otherNames(all, ownWords), 4) * 0.5;
  if (fact.attribution.some((source) => source.trim() !== '')) score += 1;
  return score;
}

/** Distinct capitalised words (AFP too, not I) past the first that are not the entity's own, a month or a day. */
function otherNames(all: string[], ownWords: ReadonlySet<string>): number {
  const names = all.slice(1).filter((word) => /^\p{Lu}./u.test(word) && !ownWords.has(word) && !MONTH_OR_DAY.test(word));
  return new Set(names).size;
}

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.replace(/[’'.-]+$/u, '').replace(/[’']s$/u, ''));
}

/** Jaccard overlap of two word sets; two empty sets are the same (empty) fact. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}
