// Looks up what a popover shows for one entity: its facts and their articles' titles (or opening
// words) and dates.
import type { EntityIndex } from '../shared/entity-index';
import type { EntityDetails, Result } from '../shared/messages';

/** `openings`: article id -> its first words, from build.mjs; used for articles without a title. */
export function createEntityLookup(index: EntityIndex, openings: Readonly<Record<string, string>> = {}): (id: string) => Result<EntityDetails> {
  const entities = new Map(index.entities.map((entity) => [entity.id, entity]));
  const articles = new Map(index.articles.map((article) => [article.id, article]));
  return (id) => {
    const entity = entities.get(id);
    if (!entity) return { ok: false, error: `no entity ${id} in the index` };
    const used: EntityDetails['articles'] = {};
    for (const fact of entity.facts) {
      const article = articles.get(fact.article);
      if (!article) continue;
      const summary: EntityDetails['articles'][string] = { title: article.title, date: article.date, file: article.file };
      const opening = Object.hasOwn(openings, article.id) ? openings[article.id] : undefined;
      if (!article.title && opening) summary.opening = opening;
      used[article.id] = summary;
    }
    return { ok: true, value: { entity, articles: used } };
  };
}
