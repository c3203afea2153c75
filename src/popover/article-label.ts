// How a popover names the article a fact comes from: its title, else its opening words, and its date.

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
export const UNTITLED_ARTICLE = 'Untitled article';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** The title; else the opening words, shortened with "…"; else "Untitled article". */
export function labelArticle(article: ArticleInfo | undefined): string {
  const title = collapseSpace(article?.title ?? '');
  if (title) return title;
  const words = collapseSpace(article?.opening ?? '').split(' ').filter(Boolean);
  if (words.length === 0) return UNTITLED_ARTICLE;
  if (words.length <= OPENING_WORDS) return words.join(' ');
  return `${words.slice(0, OPENING_WORDS).join(' ').replace(/[\s,;:.!?–—-]+$/u, '')}…`;
}

/**
 * "2020-01-07" -> "7 Jan 2020", the same in every locale (no Intl: the popover must not change
 * with the browser's language while its words are English). Undefined for anything but a real
 * YYYY-MM-DD date.
 */
export function formatArticleDate(iso: string | undefined): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
