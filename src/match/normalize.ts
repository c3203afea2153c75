// Folding shared by the build-time index and the matcher: it maps UTF-16 code units 1:1, so a
// mention's offsets in the folded text are its offsets in the page text.

const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const SPACE = 0x20;

/**
 * Maps typographic variants to one code unit: apostrophes (’ ‘ ʼ ′) to `'`, hyphens and dashes
 * (‐ ‑ ‒ – — ― −) to `-`, and no-break spaces, tabs and line breaks to a space (text nodes keep
 * the line breaks of the page's source). Every other code unit, lone surrogates included, is
 * returned unchanged.
 */
export function foldChar(code: number): number {
  if (code < 0x80) {
    return code >= 0x09 && code <= 0x0d ? SPACE : code;
  }
  switch (code) {
    case 0x2018:
    case 0x2019:
    case 0x02bc:
    case 0x2032:
      return APOSTROPHE;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return HYPHEN;
    case 0x00a0:
    case 0x2007:
    case 0x202f:
      return SPACE;
    default:
      return code;
  }
}

/** The code units whose fold differs from themselves, for building lookup tables. */
export const FOLDED_CODES: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x2018, 0x2019, 0x02bc, 0x2032, 0x2010, 0x2011, 0x2012, 0x2013,
  0x2014, 0x2015, 0x2212, 0x00a0, 0x2007, 0x202f,
];

/** Applies foldChar to every code unit; the result has the same length as the input. */
export function foldText(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldChar(code);
    if (folded !== code) {
      out += text.slice(from, i) + String.fromCharCode(folded);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** NFC, then foldChar: two forms that compare equal here are the same form. */
export function normalizeForm(form: string): string {
  return foldText(form.normalize('NFC'));
}
