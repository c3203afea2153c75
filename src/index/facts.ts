// Sentences that mention an entity -> its facts, most informative first: the entity as the
// subject, an apposition that says what it is, full names, numbers; short fragments last.
import type { Fact } from '../shared/entity-index.js';

export interface FactCandidate {
  fact: Fact;
  /** Offset of the entity's first mention in the sentence. */
  at: number;
  /** The mention is the entity's full (multi-word) name. */
  full: boolean;
  headline: boolean;
}

const APPOSITION_AFTER = /^,\s+(?:a|an|the|who|which|whose|[\p{Ll}-]+\s+(?:of|at|for))\b/u;
const APPOSITION_BEFORE = /\b(?:the|a|an)\s[^,]{3,80},\s*$/u;
/** Sentences shorter than this many words are captions and fragments. */
const MIN_WORDS = 8;
const MAX_WORDS = 60;

export function rankFacts(candidates: (FactCandidate & { after: string; before: string })[]): Fact[] {
  const scored = candidates.map((c, i) => {
    const words = c.fact.text.split(/\s+/).length;
    let score = 0;
    if (c.at <= 2) score += 2;
    if (APPOSITION_AFTER.test(c.after) || APPOSITION_BEFORE.test(c.before)) score += 3;
    if (c.full) score += 1;
    if (/\d/.test(c.fact.text)) score += 0.5;
    if (words < MIN_WORDS) score -= 2;
    if (words > MAX_WORDS) score -= 1;
    if (c.headline) score -= 3;
    return { c, score, i };
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  const seen = new Set<string>();
  const out: Fact[] = [];
  for (const { c } of scored) {
    const key = `${c.fact.article}\u0000${c.fact.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c.fact);
  }
  return out;
}
