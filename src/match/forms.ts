// The strings the automaton looks for: each form of an entity (its name and aliases) in the
// variants page text may write it in.

import { foldText } from './normalize';
import { isCjkCodePoint } from './char-class';

/** As written (any normalization) outranks the derived ALL-CAPS variant when entities collide. */
export const RANK_AS_WRITTEN = 0;
export const RANK_ALL_CAPS = 1;

/**
 * Forms with fewer letters get no ALL-CAPS variant: `Xi` → `XI` is a Roman numeral in every
 * headline, `Ma` → `MA` a degree. Three letters (`Ali` → `ALI`) are whole words often enough.
 */
export const MIN_CAPS_VARIANT_LETTERS = 3;

/**
 * Longer forms are dropped: no name is this long, and the chunk scanner keeps this many code units
 * of each block to look back on (load-automaton.ts allows depths up to MAX_DEPTH).
 */
export const MAX_FORM_LENGTH = 256;

/** Bits of a pattern's flags: its first / last character is CJK, so that side needs no boundary. */
export const CJK_START = 1;
export const CJK_END = 2;

export interface FormVariant {
  /** Folded code units, as the automaton compares them with folded page text. */
  text: string;
  rank: number;
}

const LETTER_RE = /\p{L}/gu;

/**
 * Folded NFC and NFD spellings of the trimmed form, plus those of its ALL-CAPS variant when the
 * form has enough letters; none for an empty or overlong form or one with a lone surrogate.
 * Duplicates are removed, keeping the better rank.
 */
export function expandForm(form: string): FormVariant[] {
  const base = form.trim();
  if (base === '' || base.length > MAX_FORM_LENGTH || !isWellFormed(base)) return [];
  const variants = new Map<string, number>();
  const add = (spelling: string, rank: number): void => {
    for (const text of [foldText(spelling.normalize('NFC')), foldText(spelling.normalize('NFD'))]) {
      const known = variants.get(text);
      if (known === undefined || rank < known) variants.set(text, rank);
    }
  };
  add(base, RANK_AS_WRITTEN);
  if ((base.match(LETTER_RE)?.length ?? 0) >= MIN_CAPS_VARIANT_LETTERS) {
    add(base.toUpperCase(), RANK_ALL_CAPS);
  }
  return [...variants].map(([text, rank]) => ({ text, rank }));
}

/** CJK_START / CJK_END bits for a folded, well-formed variant. */
export function edgeFlags(text: string): number {
  const first = text.codePointAt(0) ?? 0;
  const lastUnit = text.charCodeAt(text.length - 1);
  const last =
    lastUnit >= 0xdc00 && lastUnit <= 0xdfff && text.length >= 2
      ? (text.codePointAt(text.length - 2) ?? lastUnit)
      : lastUnit;
  return (isCjkCodePoint(first) ? CJK_START : 0) | (isCjkCodePoint(last) ? CJK_END : 0);
}

function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return false;
    }
  }
  return true;
}
