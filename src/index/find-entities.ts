// Sentence -> candidate mentions: runs of capitalised words joined by name connectors, cut where
// a connector is not justified, then cleaned by clean-mention.ts (titles, demonyms, sentence starts).
import { isAllCaps, isCapitalised, tokenize, type Token } from './tokens.js';
import { NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, CORE_TITLES } from './lexicon.js';

export interface Run {
  sentence: string;
  tokens: Token[];
  /** The first token starts the sentence (after opening quotes or a colon). */
  initial: boolean;
  /** Words around the run, as written ('' at the edges). */
  prev: string;
  prev2: string;
  next: string;
  /** Text right after the run (up to 30 chars), for `, 66,` and `(ACRO)`. */
  after: string;
  dateline: boolean;
}

const JOINING = new Set(['of', 'for', 'on']);
const GLOSS = /^ \((\p{Lu}[\p{L}-]*)\) (\p{Lu}\p{L}+)/u;
const ARTICLES = new Set(['the', 'a']);

const isHead = (t: Token | undefined): boolean =>
  !!t && (ORG_HEADS.has(t.text) || PLACE_HEADS.has(t.text) || CORE_TITLES.has(t.text));

/** Finds runs of capitalised tokens in one sentence; `isCommon` says which words are everyday words. */
export function findRuns(sentence: string, paragraphStart: boolean, isCommon: (word: string) => boolean = () => false): Run[] {
  const tokens = tokenize(sentence);
  const runs: Run[] = [];
  const leading = /^[\s"'“‘(\[—–-]*/.exec(sentence)![0].length;
  let i = 0;
  while (i < tokens.length) {
    if (!startsName(tokens, i)) {
      i++;
      continue;
    }
    const run: Token[] = [tokens[i]!];
    let j = i + 1;
    while (j < tokens.length) {
      const last = run[run.length - 1]!;
      // A translated gloss inside a street or building name: `Enghelab (Revolution) Street`.
      const gloss = GLOSS.exec(sentence.slice(last.end));
      if (gloss && tokens[j + 1] && isHead(tokens[j + 1]) && tokens[j + 1]!.text === gloss[2]) {
        run.push(tokens[j]!, tokens[j + 1]!);
        j += 2;
        continue;
      }
      const listed = listEnd(tokens, j, run, sentence, isCommon);
      if (listed > 0) {
        for (let m = j; m <= listed; m++) run.push(tokens[m]!);
        j = listed + 1;
        continue;
      }
      if (last.suffix || !adjacent(sentence, last, tokens[j]!)) break;
      if (last.possessive && !possessiveJoins(tokens, j, sentence)) break;
      const t = tokens[j]!;
      if (isCapitalised(t.text)) {
        run.push(t);
        j++;
        continue;
      }
      const k = connectorEnd(tokens, j, run, sentence);
      if (k === -1) break;
      for (let m = j; m <= k; m++) run.push(tokens[m]!);
      j = k + 1;
    }
    const first = run[0]!;
    const before = sentence.slice(0, first.start);
    const initial = first.start <= leading || /(?:[:;]|[.!?]["”’]?|[—–])\s*["“‘(]?$/.test(before);
    const lastTok = run[run.length - 1]!;
    runs.push({
      sentence,
      tokens: run,
      initial,
      prev: tokens[i - 1]?.text ?? '',
      prev2: tokens[i - 2]?.text ?? '',
      next: tokens[j]?.text ?? '',
      after: sentence.slice(lastTok.end, lastTok.end + 30),
      dateline: paragraphStart && first.start <= leading && isAllCaps(first.text) &&
        /^[\s,\p{Lu}.]*[—–-]/u.test(sentence.slice(lastTok.end, lastTok.end + 40)),
    });
    i = j;
  }
  return runs;
}

function startsName(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (isCapitalised(t.text)) return true;
  // `de Blasio`, `bin Laden` without a first name.
  return NAME_PARTICLES.has(t.text) && !!tokens[i + 1] && isCapitalised(tokens[i + 1]!.text);
}

function adjacent(sentence: string, a: Token, b: Token): boolean {
  const gap = sentence.slice(a.end, b.start);
  return gap === ' ' || (a.possessive && /^[’']s $/.test(gap));
}

/** `Sam’s Club`, `Murdoch Children’s Research Institute`: a possessive inside a named place or body. */
function possessiveJoins(tokens: Token[], j: number, sentence: string): boolean {
  let k = j;
  while (k < tokens.length && isCapitalised(tokens[k]!.text)) {
    if (k > j && !adjacent(sentence, tokens[k - 1]!, tokens[k]!)) break;
    k++;
  }
  const last = tokens[k - 1];
  const owner = tokens[j - 1]!.text;
  return k > j && !!last && (ORG_HEADS.has(last.text) || PLACE_HEADS.has(last.text)) &&
    !ORG_HEADS.has(owner) && !PLACE_HEADS.has(owner);
}

/** Index of the last connector token when the connector at j joins the run, else -1. */
function connectorEnd(tokens: Token[], j: number, run: Token[], sentence: string): number {
  const t = tokens[j]!;
  const nextCap = (k: number): boolean =>
    !!tokens[k] && isCapitalised(tokens[k]!.text) && adjacent(sentence, tokens[k - 1]!, tokens[k]!);
  if (NAME_PARTICLES.has(t.text) && nextCap(j + 1)) return j;
  if (JOINING.has(t.text)) {
    // `Department of Defense`, `Committee for a Responsible Federal Budget`: only after a head word.
    if (!isHead(run[run.length - 1])) return -1;
    if (ARTICLES.has(tokens[j + 1]?.text ?? '') && nextCap(j + 2)) return j + 1;
    return nextCap(j + 1) ? j : -1;
  }
  if (t.text === 'and' || t.text === '&') {
    if (!nextCap(j + 1)) return -1;
    // After `of` inside a body's name, or when the words after `and` end in a head word.
    if (run.some((r) => JOINING.has(r.text))) return j;
    let k = j + 1;
    while (nextCap(k)) k++;
    return ORG_HEADS.has(tokens[k - 1]!.text) ? j : -1;
  }
  return -1;
}

/**
 * `American Academy of Allergy, Asthma and Immunology`: after `of` in a body's name, a list of
 * everyday words ending in `and X` is part of the name. Names in the list (`the University of
 * Chicago, Harvard and Yale`) end it instead. Index of the list's last token, else -1.
 */
function listEnd(tokens: Token[], j: number, run: Token[], sentence: string, isCommon: (word: string) => boolean): number {
  const last = run[run.length - 1]!;
  const common = (k: number): boolean => !!tokens[k] && isCapitalised(tokens[k]!.text) && isCommon(tokens[k]!.text.toLowerCase());
  if (!run.some((r) => JOINING.has(r.text)) || !isCommon(last.text.toLowerCase())) return -1;
  if (sentence.slice(last.end, tokens[j]!.start) !== ', ' || !common(j)) return -1;
  for (let k = j; common(k); k++) {
    const gap = sentence.slice(tokens[k]!.end, tokens[k + 1]?.start ?? tokens[k]!.end);
    if (gap === ', ' && common(k + 1)) continue;
    if (gap === ' ' && tokens[k + 1]?.text === 'and' && sentence.slice(tokens[k + 1]!.end, tokens[k + 2]?.start ?? 0) === ' ' && common(k + 2)) return k + 2;
    return -1;
  }
  return -1;
}
