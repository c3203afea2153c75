// Page text is not article text: HTML source keeps line breaks and runs of spaces that the page
// renders as one space ("General Qassem⏎    Soleimani"), and may hide soft hyphens or zero-width
// characters inside a name. Matching runs on the text as a reader sees it; mentions come back
// in offsets of the original text, so ranges still point at the page's own characters.
import { findMentions, type Matcher, type Mention } from './find-mentions';

function isCollapsibleSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000
  );
}

/** Characters a reader never sees: soft hyphen, zero-width space/joiners, word joiner, BOM. */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

export interface CollapsedText {
  text: string;
  /** original[k]: offset in the original text of the collapsed text's k-th code unit; undefined when nothing was removed. */
  original: Int32Array | undefined;
}

/** Keeps the first of each run of white space and drops invisible characters. */
export function collapsePageText(text: string): CollapsedText {
  let removable = false;
  for (let i = 0; i < text.length && !removable; i++) {
    const code = text.charCodeAt(i);
    removable = isInvisible(code) || (isCollapsibleSpace(code) && i + 1 < text.length && isCollapsibleSpace(text.charCodeAt(i + 1)));
  }
  if (!removable) return { text, original: undefined };
  const original = new Int32Array(text.length);
  const kept: number[] = [];
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isInvisible(code)) continue;
    const space = isCollapsibleSpace(code);
    if (space && previousSpace) continue;
    previousSpace = space;
    original[kept.length] = i;
    kept.push(code);
  }
  let collapsed = '';
  for (let i = 0; i < kept.length; i += 8192) collapsed += String.fromCharCode(...kept.slice(i, i + 8192));
  return { text: collapsed, original: original.subarray(0, kept.length) };
}

/** findMentions over text as rendered; offsets refer to `text` itself. */
export function findMentionsInPageText(matcher: Matcher, text: string): Mention[] {
  const collapsed = collapsePageText(text);
  const mentions = findMentions(matcher, collapsed.text);
  const { original } = collapsed;
  if (!original) return mentions;
  return mentions.map((m) => ({ start: original[m.start]!, end: original[m.end - 1]! + 1, entity: m.entity }));
}
