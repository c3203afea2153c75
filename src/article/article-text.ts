// An article as the article page shows it, and where a fact's sentence stands in it. Pure.
import { formatDay, type Translate } from '../shared/i18n';

/** What build.mjs writes for each indexed article (parsed with src/index/parse-article.ts). */
export interface ArticleText {
  id: string;
  title?: string;
  byline?: string;
  date?: string;
  /** Whitespace collapsed, as facts are. */
  paragraphs: string[];
}

export interface SentenceSpot {
  paragraph: number;
  start: number;
  end: number;
}

/** Curly and straight apostrophes and quotes compare equal; each stays one UTF-16 unit, so offsets hold. */
function fold(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u201C\u201D]/g, '"').toLowerCase();
}

/** The first place `sentence` stands in the paragraphs: as written, else ignoring case and quote styles. */
export function findSentence(paragraphs: readonly string[], sentence: string): SentenceSpot | undefined {
  const wanted = sentence.replace(/\s+/g, ' ').trim();
  if (wanted === '') return undefined;
  for (const exact of [true, false]) {
    const needle = exact ? wanted : fold(wanted);
    for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
      const haystack = exact ? paragraphs[paragraph]! : fold(paragraphs[paragraph]!);
      const start = haystack.indexOf(needle);
      if (start >= 0) return { paragraph, start, end: start + needle.length };
    }
  }
  return undefined;
}

/** "2020-01-07" -> "7 January 2020" in the translation's words; anything else as it is. */
export function formatLongDate(iso: string, t: Translate): string {
  return formatDay(t, iso, 'long') ?? iso;
}
