// Sentence -> word tokens with offsets. Keeps dotted abbreviations (`U.S.`, `Mr.`), hyphenated and
// Arabic-particle names (`al-Qaeda`, `Zanu-PF`), handles (`@JZarif`); splits off possessives and
// hyphenated suffixes such as `-based` so that `Pakistan-based` yields `Pakistan` plus a cue.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** The token carried a possessive `’s` / `'s` (removed from text). */
  possessive: boolean;
  /** A hyphenated suffix that was removed (`based` from `London-based`). */
  suffix?: string;
}

// Inside a word a dot joins only initials (`U.S.`, `H.W.`) and web addresses (`Snopes.com`):
// `Protection.Credit` is two words glued by a missing space.
const WORD =
  /[@#]?[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:[’'](?=\p{L})|[-&](?=[\p{L}\p{N}])|(?<=(?:^|[^\p{L}])\p{Lu})\.-?(?=\p{Lu})|(?<=\p{Lu})\.-(?=\p{Lu})|\.(?=(?:com|org|net|gov|edu|io|co)\b))[\p{L}\p{N}\p{M}]*)*\.?/gu;
const KEPT_DOT = new Set(
  `Mr. Mrs. Ms. Dr. Prof. Sen. Rep. Gov. Gen. Lt. Col. Capt. Sgt. Adm. Maj. Brig. Rev. St. Mt. Jr. Sr.
   Co. Corp. Inc. Ltd. Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. Ave. Dept.`.split(/\s+/),
);
const CAPTION_PREFIX = /^(?:(?:Credit|Photo|Image|Source|Caption)(?=\p{Lu}))+/u;
const SUFFIXES = /-(based|led|linked|backed|born|owned|run|funded|affiliated|allied|style|era|made|bound)$/i;

// Chinese and Japanese write no spaces, so Latin names run straight into CJK text
// (`NASA发言人`, `Google Playにて`): a change of script ends a word.
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\u30fc\uff00-\uffef`;
const SCRIPT_RUN = new RegExp(`[${CJK}]+|[^${CJK}]+`, 'gu');
const HAS_CJK = new RegExp(`[${CJK}]`, 'u');

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  const words = [...sentence.matchAll(WORD)].flatMap((m) => (HAS_CJK.test(m[0])
    ? [...m[0].matchAll(SCRIPT_RUN)].map((r) => ({ text: r[0], index: m.index + r.index }))
    : [{ text: m[0], index: m.index }]));
  for (const m of words) {
    // Photo credits glued to a name by a missing space: `CreditCreditChang W. Lee`.
    const glued = CAPTION_PREFIX.exec(m.text)?.[0].length ?? 0;
    let text = m.text.slice(glued);
    const start = m.index + glued;
    if (text.endsWith('.') && !keepsDot(text)) text = text.slice(0, -1);
    let possessive = false;
    const poss = /[’']s$/.exec(text);
    if (poss && text.length > 2) {
      text = text.slice(0, -2);
      possessive = true;
    }
    const token: Token = { text, start, end: start + text.length, possessive };
    const suffix = SUFFIXES.exec(text);
    if (suffix && suffix.index > 0) {
      token.text = text.slice(0, suffix.index);
      token.end = start + token.text.length;
      token.suffix = suffix[1]!.toLowerCase();
    }
    if (token.text) tokens.push(token);
  }
  return tokens;
}

function keepsDot(text: string): boolean {
  return KEPT_DOT.has(text) || /^\p{Lu}\.$/u.test(text) || /\p{L}\.\p{L}/u.test(text);
}

/** Starts with a capital, or is an Arabic particle joined to a capitalised name (`al-Qaeda`). */
export function isCapitalised(text: string): boolean {
  if (/^[@#]/.test(text) || /[’'](?:ve|re|ll|m|d|t)$/.test(text)) return false;
  return /^\p{Lu}/u.test(text) || /^(?:al|el|ad|as|ash|an|ar|at|az)-\p{Lu}/u.test(text) || /^\p{N}+\p{Ll}{4,}$/u.test(text);
}

export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}
