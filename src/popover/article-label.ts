// How a popover names the article a fact comes from: its title, else its opening words, and its date.
import { formatDay, type Translate } from '../shared/i18n';

/** What the popover knows of an article (EntityDetails['articles'][id]). */
export interface ArticleInfo {
  title?: string;
  date?: string;
  file?: string;
  /** The article's first words, sent for untitled articles. */
  opening?: string;
}

/** Enough words to recognise an article by its start without a second line in a 360px popover. */
export const OPENING_WORDS = 8;

/** The title; else the opening words, shortened with "…"; else "Untitled article". */
export function labelArticle(article: ArticleInfo | undefined, t: Translate): string {
  const title = collapseSpace(article?.title ?? '');
  if (title) return title;
  const words = collapseSpace(article?.opening ?? '').split(' ').filter(Boolean);
  if (words.length === 0) return t('untitledArticle');
  if (words.length <= OPENING_WORDS) return words.join(' ');
  return `${words.slice(0, OPENING_WORDS).join(' ').replace(/[\s,;:.!?–—-]+$/u, '')}…`;
}

/** "2020-01-07" -> "7 Jan 2020" in the translation's words; undefined for anything but a real date. */
export function formatArticleDate(iso: string | undefined, t: Translate): string | undefined {
  return formatDay(t, iso, 'short');
}

function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
