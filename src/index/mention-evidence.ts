// One mention -> the type evidence of the words around it, as opposed to the name's own shape or a
// gazetteer entry: titles and honorifics, a dateline, context cues, `in X`, `his wife X`, `X said`,
// `X, 66,`, `X officials`. classify.ts adds these to the name's prior; products.ts asks whether a
// use says anything at all about a person, place or body.
import type { TypeScores } from './classify.js';
import type { Mention } from './clean-mention.js';
import type { Gazetteer } from './gazetteer.js';
import { scoreContext } from './context-cues.js';
import { TRAILING_HEAD_NOUNS } from './lexicon.js';

export interface MentionEvidence extends TypeScores {
  /** `in X`, `near X`: weak place evidence that classify.ts caps per group. */
  preposition: boolean;
}

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'across', 'outside', 'throughout', 'visit', 'visited']);
const PLACE_NOUNS_BEFORE = new Set(['city', 'town', 'village', 'capital', 'province', 'state', 'region', 'country', 'island', 'port']);
const KIN_NOUNS = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'colleague', 'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter', 'spouse', 'partner', 'friend']);
const ORG_NOUNS_AFTER = new Set(['founder', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'executives', 'executive', 'employees', 'shares', 'shareholders', 'stock', 'members', 'member', 'headquarters', 'subsidiary', 'brand', 'app', 'platform', 'users', 'website', 'report', 'reported', 'reports', 'lawmakers', 'party', 'co-founder', 'ceo', 'board', 'staff', 'investors', 'acquisition', 'deal', 'minister', 'leader', 'leaders', 'government', 'account', 'page', 'post']);
const ORG_SUFFIXES = new Set(['led', 'linked', 'backed', 'owned', 'funded', 'affiliated', 'allied', 'run']);

/** Evidence from one mention; `lone` says a single word that is no first name (`Microsoft says`). */
export function mentionEvidence(m: Mention, lone: boolean, gaz: Gazetteer, name: string): MentionEvidence {
  const s: MentionEvidence = { person: 0, place: 0, organization: 0, preposition: false };
  const prev = m.run.prev.toLowerCase();
  if (m.honorific) s.person += 3;
  else if (m.title) s.person += 2;
  if (m.dateline) s.place += 3;
  const cue = scoreContext(m);
  s.person += cue.person;
  s.place += cue.place;
  s.organization += cue.organization;
  if (m.suffix === 'based' || m.suffix === 'born') s.place += 1.5;
  if (m.suffix && ORG_SUFFIXES.has(m.suffix)) s.organization += 1.5;
  if (m.end !== m.run.tokens[m.run.tokens.length - 1]!.end) return s;
  const next = m.run.next;
  const after = m.run.after;
  // `in Dell's buyout`: the preposition governs the possessed noun, not the owner.
  const possessive = m.run.tokens.find((t) => t.end === m.end)?.possessive ?? false;
  if (PLACE_PREPOSITIONS.has(prev) && !possessive && m.start === m.run.tokens[0]!.start) s.preposition = true;
  if (prev === 'of' && PLACE_NOUNS_BEFORE.has(m.run.prev2.toLowerCase())) s.place += 2;
  if (KIN_NOUNS.has(prev)) s.person += 2;
  // `in Flushing, Queens`, `Paris, Texas`: a place placed within a known one.
  const within = /^, (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)(?=[,.;)]|$)/u.exec(after);
  if (within && gaz.majorPlaces.has(within[1]!) && (PLACE_PREPOSITIONS.has(prev) || gaz.minorPlaces.has(name))) s.place += 2;
  if (/^, \d{1,3},/.test(after)) s.person += 2;
  if (/^ \(@\w+\)/.test(after)) s.person += 3;
  if (!/^[,.]/.test(after) && ORG_NOUNS_AFTER.has(next.toLowerCase())) s.organization += 1;
  // Bodies speak too (`Microsoft says`): a lone word that is no first name is more often one.
  if (/^,? (?:said|says|told|added|wrote|declared|explained)\b/.test(after)) s[lone ? 'organization' : 'person'] += 0.5;
  else if (/^,? who\b/.test(after)) s.person += 0.5;
  if (prev === 'according' || /^ (?:reported|reports)\b/.test(after)) s.organization += 1;
  const noun = TRAILING_HEAD_NOUNS.get(next);
  if (noun && after.startsWith(` ${next}`)) s[noun] += 2;
  return s;
}

/** Whether a use says anything at all about a person, place or body. */
export function saysWhatItIs(e: MentionEvidence): boolean {
  return e.preposition || e.person > 0 || e.place > 0 || e.organization > 0;
}
