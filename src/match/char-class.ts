// Which characters end a word, for whole-word mentions. A mention may not touch a letter, digit,
// combining mark or connector (`_`). CJK scripts write no spaces, so their characters never count
// as word characters around a mention, and a form whose edge is CJK needs no boundary there.

import { foldChar } from './normalize';

const WORD_RE = /^[\p{L}\p{N}\p{M}\p{Pc}]$/u;
// Script_Extensions, not Script: the prolonged sound mark ー and the iteration marks are Common
// by Script but are written inside Japanese and Chinese words.
const CJK_RE = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]$/u;

const UNKNOWN = 0;
const WORD = 1;
const NOT_WORD = 2;
/** Memo of isWordCodePoint for the BMP, filled lazily: a page uses few distinct characters. */
const bmpWordness = new Uint8Array(0x10000);

export function isCjkCodePoint(cp: number): boolean {
  return cp >= 0x1100 && CJK_RE.test(String.fromCodePoint(cp));
}

/** True for a letter, digit, mark or connector that is not CJK; false for lone surrogates and -1. */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 0) return false;
  if (cp < 0x10000) {
    let known = bmpWordness[cp];
    if (known === UNKNOWN) {
      known = classify(cp) ? WORD : NOT_WORD;
      bmpWordness[cp] = known;
    }
    return known === WORD;
  }
  return classify(cp);
}

function classify(cp: number): boolean {
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  const ch = String.fromCodePoint(cp);
  return WORD_RE.test(ch) && !(cp >= 0x1100 && CJK_RE.test(ch));
}

/** Word characters among ASCII, where most boundaries fall: letters, digits and `_`. */
const ASCII_WORD = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_WORD[c] = /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * Whether the character ending just before `index` (read whole if a surrogate pair, then folded,
 * as forms are) is a word character; false at the start of text.
 */
export function isWordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const unit = text.charCodeAt(index - 1);
  if (unit < 0x80) return ASCII_WORD[unit] === 1;
  return isWordCodePoint(foldChar(codePointBefore(text, index)));
}

/** Whether the character starting at `index` (as isWordBefore) is a word character; false at the end. */
export function isWordAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const unit = text.charCodeAt(index);
  if (unit < 0x80) return ASCII_WORD[unit] === 1;
  return isWordCodePoint(foldChar(text.codePointAt(index)!));
}

function codePointBefore(text: string, index: number): number {
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}
