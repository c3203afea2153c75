// Sentence -> who says it, outermost first: `X said`, `said X`, `according to X`, `X told Y`,
// `X, citing Y`, `X was quoted as saying`, `a report by X that found`, embedded tweets
// `— Name (@handle) Date`. Pronoun speakers (`he said`) are resolved by the caller. Names come
// back as written, `The` removed.
import { FUNCTION_WORDS, WEEKDAYS_MONTHS } from './lexicon.js';

const W = String.raw`[\p{Lu}][\p{L}\p{N}’'.&-]*`;
const NAME = String.raw`${W}(?:\s+(?:(?:of|and|for|de|bin|al|the)\s+)?${W})*`;
const VERBS = String.raw`said|says|told|added|declared|wrote|explained|noted|stated|warned|reported|argued|insisted|recalled|acknowledged|announced|claimed|confirmed|estimated|predicted|cautioned|conceded|asserted|observed|testified|tweeted`;
const PRONOUN = String.raw`he|she|He|She`;
export const PRONOUN_SOURCE = '\u0000pronoun';

const TWEET = new RegExp(String.raw`[—–-]\s*(${NAME})\s*\(@\w+\)`, 'u');
const CITING = new RegExp(String.raw`(${NAME})(?:,|(?:\s+\p{Ll}+){0,2})\s+citing\s+([^.]*?)(?:\s+said\b|,|$)`, 'u');
const TOLD = new RegExp(String.raw`(?:(${NAME})|\b(${PRONOUN})|\p{Ll}+)\s+told\s+(${NAME})`, 'u');
const ACCORDING = new RegExp(String.raw`according to (?:the |[\p{Ll}-]+ ){0,4}(${NAME})`, 'u');
/** `an article by New York magazine that claimed …`, `a study from X which found …`. */
const REPORT_BY = new RegExp(String.raw`\b(?:article|report|study|story|analysis|survey|poll|statement)\s+(?:by|from)\s+(?:the\s+)?(${NAME})(?:\s+\p{Ll}+)?,?\s+(?:that|which)\s+(?:${VERBS}|found|showed|suggested)\b`, 'u');
const QUOTED = new RegExp(String.raw`(${NAME})\s+(?:was|were|has been)\s+quoted`, 'u');
const SUBJECT_VERB = new RegExp(String.raw`(?:(${NAME})|\b(${PRONOUN}))(?:,\s[^,“”"]{1,80},)?\s+(?:${VERBS})\b(?!\s+(?:that\s+)?(?:the|a|an)\s+\p{Ll})`, 'gu');
const SUBJECT_VERB_ONE = new RegExp(SUBJECT_VERB.source, 'u');
const VERB_SUBJECT = new RegExp(String.raw`(?:[,”"]|^)\s*(?:${VERBS})\s+(${NAME})`, 'u');

export function findSources(sentence: string): string[] {
  const tweet = TWEET.exec(sentence);
  if (tweet) return clean([tweet[1]]);
  const citing = CITING.exec(sentence);
  if (citing) {
    const inner = [...citing[2]!.matchAll(new RegExp(NAME, 'gu'))].map((m) => m[0]);
    const cited = inner.reverse().find((n) => cleanName(n) !== '');
    const chain = clean([citing[1], cited]);
    if (chain.length) return chain;
  }
  const told = TOLD.exec(sentence);
  const firstSaid = SUBJECT_VERB_ONE.exec(sentence);
  if (told && firstSaid && firstSaid.index < told.index && !/\btold\b/.test(firstSaid[0])) {
    // `South Africa said Mr Mugabe had told …`: the outer speaker reports the teller.
    const chain = clean([firstSaid[1] ?? (firstSaid[2] ? PRONOUN_SOURCE : undefined), told[1] ?? (told[2] ? PRONOUN_SOURCE : undefined)]);
    if (chain.length) return chain;
  }
  if (told) {
    const chain = clean([told[3], told[1] ?? (told[2] ? PRONOUN_SOURCE : undefined)]);
    if (chain.length) return chain;
  }
  const according = ACCORDING.exec(sentence);
  if (according) {
    const chain = clean([according[1]]);
    if (chain.length) return chain;
  }
  const report = REPORT_BY.exec(sentence);
  if (report) {
    const chain = clean([report[1]]);
    if (chain.length) return chain;
  }
  const quoted = QUOTED.exec(sentence);
  if (quoted) return clean([quoted[1]]);
  const inverted = VERB_SUBJECT.exec(sentence);
  if (inverted) {
    const chain = clean([inverted[1]]);
    if (chain.length) return chain;
  }
  for (const m of sentence.matchAll(SUBJECT_VERB)) {
    const chain = clean([m[1] ?? (m[2] ? PRONOUN_SOURCE : undefined)]);
    if (chain.length) return chain;
  }
  return [];
}

function clean(names: (string | undefined)[]): string[] {
  return names.map((n) => (n === PRONOUN_SOURCE ? n : cleanName(n ?? ''))).filter((n) => n !== '');
}

/**
 * Drops sentence-start words and `The`, a trailing possessive, and trailing dates that only say
 * when (`An AFP` -> `AFP`; `Javad Zarif Monday tweeted` -> `Javad Zarif`).
 */
export function cleanName(name: string): string {
  const ws = name.replace(/(\p{Ll})\.$/u, '$1').replace(/[’']s$/, '').split(/\s+/).filter(Boolean);
  while (ws.length && (FUNCTION_WORDS.has(ws[0]!) || ws[0] === 'The')) ws.shift();
  while (ws.length && WEEKDAYS_MONTHS.has(ws[ws.length - 1]!)) ws.pop();
  return ws.join(' ');
}
