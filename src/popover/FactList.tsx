// The facts a popover shows, each with its mentions marked, its source line and a way to its article.
import type { Translate } from '../shared/i18n';
import type { EntityDetails } from '../shared/messages';
import { labelArticle } from './article-label';
import { emphasise } from './emphasise';
import type { IndexedFact } from './rank-facts';
import { SourceLine } from './SourceLine';

/** What "Open article" asks the host for: the article, and which of the entity's facts to point at. */
export interface OpenArticleTarget {
  articleId: string;
  /** Index into Entity.facts. */
  factIndex: number;
}

export interface FactListProps {
  facts: readonly IndexedFact[];
  /** The entity's name and aliases: the forms marked in each fact. */
  forms: readonly string[];
  articles: EntityDetails['articles'];
  onOpenArticle: (target: OpenArticleTarget) => void;
  t: Translate;
}

export function FactList({ facts, forms, articles, onOpenArticle, t }: FactListProps) {
  return (
    <ul class="facts">
      {facts.map(({ fact, index }) => {
        const article = articles[fact.article];
        return (
          <li key={index} class="fact">
            <p class="fact-text" dir="auto">
              {emphasise(fact.text, forms).map((segment, i) => (segment.isMention ? <mark key={i}>{segment.text}</mark> : segment.text))}
            </p>
            <SourceLine attribution={fact.attribution} article={article} t={t} />
            <button
              type="button"
              class="open-article"
              // Many facts share the visible words; the name tells them apart and still starts with them (WCAG 2.5.3).
              aria-label={t('popoverOpenArticleLabel', labelArticle(article, t))}
              onClick={() => onOpenArticle({ articleId: fact.article, factIndex: index })}
            >
              {t('popoverOpenArticle')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
