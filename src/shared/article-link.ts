// The address of the article page: which article to show and which fact's sentence to point at.
// The background writes it (article/open); the article page reads it back and trusts nothing in it.

export const ARTICLE_PAGE = 'article.html';

export interface ArticleLink {
  articleId: string;
  /** The fact to point at: the entity and the index into its facts. Absent: just the article. */
  fact?: { entityId: string; index: number };
}

export function articlePagePath(link: ArticleLink): string {
  const query = new URLSearchParams({ article: link.articleId });
  if (link.fact) {
    query.set('entity', link.fact.entityId);
    query.set('fact', String(link.fact.index));
  }
  return `${ARTICLE_PAGE}?${query.toString()}`;
}

/** Reads a query string written by articlePagePath; undefined without an article; a bad fact is dropped. */
export function parseArticleLink(search: string): ArticleLink | undefined {
  const query = new URLSearchParams(search);
  const articleId = query.get('article');
  if (!articleId) return undefined;
  const entityId = query.get('entity');
  const index = Number(query.get('fact') ?? NaN);
  if (!entityId || !/^\d{1,6}$/.test(query.get('fact') ?? '') || !Number.isSafeInteger(index)) return { articleId };
  return { articleId, fact: { entityId, index } };
}
