// The article page (article.html?article=<id>&entity=<id>&fact=<n>, opened by the background for a
// popover's "Open article"): renders the bundled article, asks the background for the fact's
// sentence, marks it and scrolls it into view. Everything is local: no network request.
import articles from 'backstory:articles';
import { render } from 'preact';
import { t } from '../platform/i18n';
import { send } from '../platform/runtime';
import { languageOf } from '../shared/i18n';
import { parseArticleLink } from '../shared/article-link';
import { ArticleApp } from './ArticleApp';
import { findSentence, type SentenceSpot } from './article-text';

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const link = parseArticleLink(location.search);
  const article = link ? articles.find((candidate) => candidate.id === link.articleId) : undefined;
  document.documentElement.lang = languageOf(t);
  document.title = t('articlePageTitle', article?.title ?? article?.paragraphs[0]?.slice(0, 60) ?? t('articlePageTitleNone'));
  let spot: SentenceSpot | undefined;
  let notice: string | undefined;
  if (article && link?.fact) {
    const found = await send('entity/get', { id: link.fact.entityId }).catch((error: unknown) => ({ ok: false as const, error: String(error) }));
    const fact = found?.ok ? found.value.entity.facts[link.fact.index] : undefined;
    spot = fact && fact.article === article.id ? findSentence(article.paragraphs, fact.text) : undefined;
    if (!spot) notice = t('articleSentenceMissing');
  }
  render(<ArticleApp article={article} spot={spot} notice={notice} />, root);
  const mark = document.getElementById('fact');
  if (mark) {
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }
  document.documentElement.dataset.ready = 'true';
}

main().catch((error: unknown) => console.error('Backstory:', error));
