// Run -> mentions: drops sentence-initial common words, weekdays and months, splits off titles
// (`Iran Foreign Minister Javad Zarif` -> `Iran` + title + `Javad Zarif`), demonyms and a leading
// `The`, and rejects what is not a name (bare titles, demonyms, products, events, counts).
import type { Run } from './find-entities.js';
import type { Token } from './tokens.js';
import { isAllCaps } from './tokens.js';
import type { Gazetteer } from './gazetteer.js';
import {
  COMMON_ACRONYMS, COMPASS, CORE_TITLES, NAME_ADJECTIVES, EVENT_HEADS, FUNCTION_WORDS, GROUP_WORDS, HONORIFICS, NAME_CONNECTORS,
  NAME_PARTICLES, NAME_SUFFIXES, NUMBER_WORDS, ORG_HEADS, PART_ACRONYMS, PLACE_HEADS, PRODUCT_TAILS, TITLE_MODIFIERS,
  WEEKDAYS_MONTHS,
} from './lexicon.js';

export interface Mention {
  form: string;
  /** Offsets of the form in its sentence. */
  start: number;
  end: number;
  words: string[];
  initial: boolean;
  /** Title words before the name as written (`Prime Minister`), and the form with them. */
  title?: string;
  /** The form with its title as written, with and without a leading demonym. */
  titledForms?: string[];
  honorific: boolean;
  the: boolean;
  dateline: boolean;
  suffix?: string;
  run: Run;
}

export interface ArticleWords {
  /** Words seen capitalised away from sentence starts. */
  midCap: Set<string>;
  /** Words seen in lower case. */
  lower: Set<string>;
}

const isHeadWord = (w: string): boolean => ORG_HEADS.has(w) || PLACE_HEADS.has(w);

export function cleanRun(run: Run, words: ArticleWords, gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  let part: Token[] = [];
  let initial = run.initial;
  const flush = (): void => {
    if (part.length) clean(part, initial, run, words, gaz, out);
    part = [];
    initial = false;
  };
  for (const t of run.tokens) {
    if (WEEKDAYS_MONTHS.has(t.text)) flush();
    else part.push(t);
  }
  flush();
  return out;
}

function isCommonWord(w: string, words: ArticleWords, gaz: Gazetteer): boolean {
  const lower = w.toLowerCase();
  if (gaz.lexicon.has(lower) || words.lower.has(lower)) return true;
  // `Two-year-old`, `Just-released`: every part a common word.
  const parts = lower.split('-');
  return parts.length > 1 && parts.every((p) => gaz.lexicon.has(p) || /^\d+$/.test(p));
}

function clean(tokens: Token[], initial: boolean, run: Run, words: ArticleWords, gaz: Gazetteer, out: Mention[]): void {
  let t = tokens.slice();
  // Only the first word is capitalised by position; a body's name keeps it (`Food Standards Agency`).
  if (initial && t.length) {
    const w = t[0]!.text;
    const last = t[t.length - 1]!.text;
    const keep = !FUNCTION_WORDS.has(w) &&
      (!isCommonWord(w, words, gaz) || words.midCap.has(w) || gaz.majorPlaces.has(w) ||
        gaz.majorPlaces.has(t.map((x) => x.text).join(' ')) || (t.length > 1 && CORE_TITLES.has(w)) ||
        (t.length > 1 && (ORG_HEADS.has(last) || PLACE_HEADS.has(last))) ||
        (t.length > 1 && gaz.firstNames.has(w) && !isCommonWord(t[1]!.text, words, gaz)));
    if (!keep) t = t.slice(1);
    initial = false;
  }
  let the = false;
  if (t[0]?.text === 'The' && t.length > 1) {
    the = true;
    t = t.slice(1);
  }
  while (t.length && NAME_CONNECTORS.has(t[0]!.text)) t = t.slice(1);
  while (t.length && (NAME_CONNECTORS.has(t[t.length - 1]!.text) || NAME_SUFFIXES.has(t[t.length - 1]!.text))) t = t.slice(0, -1);
  if (!t.length) return;
  // `Egypt’s Muslim Brotherhood`: a place's possessive is not part of a name after it.
  const split = t.findIndex((x, i) => x.possessive && i < t.length - 1 && gaz.majorPlaces.has(x.text));
  if (split >= 0) {
    clean(t.slice(0, split + 1), initial, run, words, gaz, out);
    clean(t.slice(split + 1), false, run, words, gaz, out);
    return;
  }

  // Titles: the last core title that has a name after it.
  const isTitleWord = (w: string): boolean =>
    CORE_TITLES.has(w) || TITLE_MODIFIERS.has(w) || gaz.demonyms.has(w) || w === 'of';
  for (let i = t.length - 2; i >= 0; i--) {
    if (!CORE_TITLES.has(t[i]!.text)) continue;
    const rest = t.slice(i + 1);
    const restText = rest.map((x) => x.text).join(' ');
    if (NAME_CONNECTORS.has(rest[0]!.text) || isHeadWord(rest[rest.length - 1]!.text) || gaz.majorPlaces.has(restText)) break;
    let s = i;
    while (s > 0 && isTitleWord(t[s - 1]!.text)) s--;
    if (s > 0) clean(t.slice(0, s), initial, run, words, gaz, out);
    const title = t.slice(s, i + 1).map((x) => x.text).join(' ');
    const honorific = t.slice(s, i + 1).some((x) => HONORIFICS.has(x.text));
    const starts = [t[s]!.start];
    const k = t.slice(s, i + 1).findIndex((x) => !gaz.demonyms.has(x.text));
    if (k > 0) starts.push(t[s + k]!.start);
    emit(rest, false, run, gaz, out, { title, titleStarts: starts, honorific, the: false });
    return;
  }
  // A bare title (`Prime Minister`, `General`) names nobody.
  if (t.every((x) => isTitleWord(x.text) && !ORG_HEADS.has(x.text))) return;
  // Leading demonyms and group adjectives: `Tunisian Islamists`, `Islamist Muslim Brotherhood`.
  const isAdjective = (x: Token | undefined): boolean =>
    !!x && (gaz.demonyms.has(x.text) || GROUP_WORDS.has(x.text));
  let adjectives = 0;
  while (adjectives < t.length - 1 && isAdjective(t[adjectives])) adjectives++;
  if (adjectives > 0) {
    // `American Academy of Allergy, Asthma and Immunology`: the head may stand before `of`.
    const of = t.findIndex((x) => x.text === 'of');
    const endsInHead = ORG_HEADS.has(t[t.length - 1]!.text) || (of > 0 && ORG_HEADS.has(t[of - 1]!.text));
    t = t.slice(endsInHead ? adjectives - 1 : adjectives);
  }
  // `a Virginia Democrat`, `House Republicans`: the party word is not part of the name.
  while (t.length > 1 && isAdjective(t[t.length - 1])) t = t.slice(0, -1);
  emit(t, initial, run, gaz, out, { honorific: false, the });
}

function emit(
  t: Token[], initial: boolean, run: Run, gaz: Gazetteer, out: Mention[],
  extra: { title?: string; titleStarts?: number[]; honorific: boolean; the: boolean },
): void {
  if (!t.length || (!isName(t, gaz) && !isTheWest(t, run))) return;
  const first = t[0]!;
  const last = t[t.length - 1]!;
  const mention: Mention = {
    form: run.sentence.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    words: t.map((x) => x.text),
    initial,
    honorific: extra.honorific,
    the: extra.the,
    dateline: run.dateline && first === run.tokens[0],
    run,
  };
  if (extra.title) {
    mention.title = extra.title;
    mention.titledForms = (extra.titleStarts ?? []).map((s) => run.sentence.slice(s, last.end));
  }
  if (last.suffix) mention.suffix = last.suffix;
  out.push(mention);
}

/** `African-American`, `Israeli-Palestinian`: compounds of demonyms. */
function isDemonymCompound(w: string, gaz: Gazetteer): boolean {
  const parts = w.split('-');
  return parts.length > 1 && (gaz.demonyms.has(parts[parts.length - 1]!) || parts.every((p) => gaz.demonyms.has(p) || GROUP_WORDS.has(p)));
}

/** `reviled in the West`: mid-sentence, after `the` and alone, the West and the East are places. */
function isTheWest(t: Token[], run: Run): boolean {
  return t.length === 1 && run.tokens.length === 1 && !run.initial && /^(?:West|East)$/.test(t[0]!.text) && run.prev === 'the';
}

function isName(t: Token[], gaz: Gazetteer): boolean {
  const ws = t.map((x) => x.text);
  const form = ws.join(' ');
  const last = ws[ws.length - 1]!;
  if (ws.length === 1) {
    const w = ws[0]!;
    if (WEEKDAYS_MONTHS.has(w) || gaz.demonyms.has(w) || GROUP_WORDS.has(w) || NUMBER_WORDS.has(w)) return false;
    if (CORE_TITLES.has(w) || (TITLE_MODIFIERS.has(w) && !ORG_HEADS.has(w)) || FUNCTION_WORDS.has(w) || NAME_PARTICLES.has(w)) return false;
    if (NAME_ADJECTIVES.has(w) || COMPASS.has(w) || isDemonymCompound(w, gaz) || /^\p{Lu}{2,}s$/u.test(w)) return false;
    const parts = w.split('-');
    if (parts.length > 1 && gaz.lexicon.has(parts[parts.length - 1]!) && /^\p{Ll}/u.test(parts[parts.length - 1]!)) return false;
    if (PLACE_HEADS.has(w) || COMMON_ACRONYMS.has(w) || EVENT_HEADS.has(w) || /^#/.test(w) || /^\p{N}+$/u.test(w)) return false;
  }
  if (gaz.demonyms.has(form)) return false;
  if (/^\p{Ll}+\p{Lu}/u.test(ws[0]!) && !NAME_PARTICLES.has(ws[0]!.split('-')[0]!)) return false; // iPhone
  if (ws.length > 1) {
    if (!isHeadWord(last) && ws.some((w) => /\p{N}/u.test(w) || NUMBER_WORDS.has(w))) return false;
    if (PRODUCT_TAILS.has(last) || EVENT_HEADS.has(last) || PART_ACRONYMS.has(last)) return false;
    if (ws.length >= 3 && ws.every((w) => isAllCaps(w))) return false;
  }
  return true;
}
