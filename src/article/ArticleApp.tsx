// The whole source article, offline, with the fact's sentence marked. Props in: the page entry
// loads the article and the sentence; this only renders them (text nodes only: seed text is data).
import { t } from '../platform/i18n';
import type { ArticleText, SentenceSpot } from './article-text';
import { formatLongDate } from './article-text';

export interface ArticleAppProps {
  article: ArticleText | undefined;
  spot: SentenceSpot | undefined;
  /** Why no sentence is marked although one was asked for; absent when all went well. */
  notice?: string;
}

export function ArticleApp({ article, spot, notice }: ArticleAppProps) {
  if (!article) {
    return (
      <main>
        <h1>{t('articleNotFound')}</h1>
        <p>{t('articleNotFoundHint')}</p>
      </main>
    );
  }
  return (
    <main>
      <article>
        <header>
          <h1 dir="auto">{article.title ?? t('untitledArticle')}</h1>
          <p class="meta">
            {article.byline ? <span dir="auto">{t('articleByline', article.byline)}</span> : null}
            {article.byline && article.date ? t('articleMetaSeparator') : null}
            {article.date ? <time dateTime={article.date}>{formatLongDate(article.date, t)}</time> : null}
          </p>
          <p class="origin">{t('articleOrigin')}</p>
          {notice ? <p class="notice" role="status">{notice}</p> : null}
        </header>
        {article.paragraphs.map((text, index) => (
          <p key={index} dir="auto">
            {spot?.paragraph === index ? (
              <>
                {text.slice(0, spot.start)}
                <mark id="fact" tabIndex={-1}>
                  {text.slice(spot.start, spot.end)}
                </mark>
                {text.slice(spot.end)}
              </>
            ) : (
              text
            )}
          </p>
        ))}
      </article>
    </main>
  );
}
