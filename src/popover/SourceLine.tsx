// Under each fact: who said it (if not the article itself), then which article and when.
import { formatArticleDate, labelArticle, type ArticleInfo } from './article-label';
import type { Translate } from '../shared/i18n';
import { describeSources, type AttributionStep } from './source-line';

export interface SourceLineProps {
  attribution: readonly AttributionStep[];
  /** Undefined when the details lack the fact's article: the line then says "Untitled article". */
  article: ArticleInfo | undefined;
  t: Translate;
}

export function SourceLine({ attribution, article, t }: SourceLineProps) {
  const sources = describeSources(attribution, t);
  const date = formatArticleDate(article?.date, t);
  return (
    // dir=auto: in a right-to-left card the English line keeps its order ("…, 7 Jan 2020", not "7 ,…").
    <p class="source" dir="auto">
      {sources ? (
        <>
          <span class="source-who" dir="auto">
            {sources}
          </span>
          {' — '}
        </>
      ) : null}
      <cite class="source-article" dir="auto">
        {labelArticle(article, t)}
      </cite>
      {date ? (
        <>
          {', '}
          <time dateTime={article?.date}>{date}</time>
        </>
      ) : null}
    </p>
  );
}
