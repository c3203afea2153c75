// Marks an entity's mentions inside a fact so the popover can set them in <mark>. Output is text
// segments, never HTML: the component renders each as a text node, so markup in a fact stays text.

export interface TextSegment {
  text: string;
  isMention: boolean;
}

/** Curly, straight and modifier-letter apostrophes are one character to the matcher (INDEX-FORMAT.md invariant 3). */
const APOSTROPHES = /[\u2018\u2019\u02BC']/g;
/** A letter, mark, digit or underscore next to a form means it is part of a longer word. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';

/**
 * Splits `text` into plain and mention segments: each whole-word occurrence of a form, case as
 * written, longest form first. The segments' texts joined give back `text` exactly.
 */
export function emphasise(text: string, forms: readonly string[]): TextSegment[] {
  const pattern = compileForms(forms);
  if (!pattern || text === '') return text === '' ? [] : [{ text, isMention: false }];
  const segments: TextSegment[] = [];
  let cursor = 0;
  // The apostrophe swap keeps every index: each of those characters is one UTF-16 unit.
  for (const match of text.replace(APOSTROPHES, "'").matchAll(pattern)) {
    const start = match.index;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), isMention: false });
    segments.push({ text: text.slice(start, start + match[0].length), isMention: true });
    cursor = start + match[0].length;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), isMention: false });
  return segments;
}

function compileForms(forms: readonly string[]): RegExp | undefined {
  const unique = [...new Set(forms.map((form) => form.replace(APOSTROPHES, "'").trim()).filter(Boolean))];
  if (unique.length === 0) return undefined;
  const alternatives = unique
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((form) => form.split(/\s+/).map(escapeRegExp).join('\\s+'));
  return new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`, 'gu');
}

/** Only syntax characters: the `u` flag rejects needless escapes such as `\-`. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
