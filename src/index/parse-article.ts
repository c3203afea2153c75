// One article's text -> header fields and body paragraphs. The text format is the corpus one: an
// optional title line, `by …` and `date YYYY-MM-DD` lines, a blank line, then paragraphs.

export interface Paragraph {
  text: string;
  /** 1-based line of the article file where the paragraph starts. */
  line: number;
}

export interface ParsedArticle {
  id: string;
  file: string;
  title?: string;
  byline?: string;
  date?: string;
  paragraphs: Paragraph[];
}

const DATE_LINE = /^date (\d{4}-\d{2}-\d{2})\b\s*(.*)$/;
const BY_LINE = /^by (.+)$/;
/** A headline is one short line; longer first lines are body text (a caption, a lede). */
const MAX_TITLE_CHARS = 200;

/** Splits the header from the body; never fails (a malformed header is simply body text). */
export function parseArticle(file: string, rawText: string): ParsedArticle {
  const id = file.replace(/\.txt$/i, '');
  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const article: ParsedArticle = { id, file, paragraphs: [] };
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const headerValue = (pattern: RegExp): RegExpMatchArray | null =>
    i < lines.length ? lines[i]!.trim().match(pattern) : null;
  const first = lines[i]?.trim() ?? '';
  const second = lines[i + 1]?.trim() ?? '';
  const looksLikeTitle =
    first !== '' && !DATE_LINE.test(first) && !BY_LINE.test(first) && first.length <= MAX_TITLE_CHARS &&
    (second === '' || BY_LINE.test(second) || DATE_LINE.test(second)) &&
    lines.slice(i + 1).some((l) => l.trim() !== '');
  if (looksLikeTitle) {
    article.title = first;
    i++;
  }
  const by = headerValue(BY_LINE);
  if (by) {
    article.byline = by[1]!.trim();
    i++;
  }
  const date = headerValue(DATE_LINE);
  if (date) {
    article.date = date[1]!;
    // The seed glues its first caption onto the date line: keep that text as body.
    if (date[2]) lines[i] = date[2];
    else i++;
  }
  // Each line is its own unit: a single line break stands for `<br>` or a list item, never for a
  // sentence that goes on.
  for (; i < lines.length; i++) {
    const line = lines[i]!.replace(/\s+/g, ' ').trim();
    if (line !== '') article.paragraphs.push({ text: line, line: i + 1 });
  }
  return article;
}
