// Looks up what a popover shows for one entity: its facts and their articles' titles and dates.
import type { EntityIndex } from '../shared/entity-index';
import type { EntityDetails, Result } from '../shared/messages';

export function createEntityLookup(index: EntityIndex): (id: string) => Result<EntityDetails> {
  const entities = new Map(index.entities.map((entity) => [entity.id, entity]));
  const articles = new Map(index.articles.map((article) => [article.id, article]));
  return (id) => {
    const entity = entities.get(id);
    if (!entity) return { ok: false, error: `no entity ${id} in the index` };
    const used: EntityDetails['articles'] = {};
    for (const fact of entity.facts) {
      const article = articles.get(fact.article);
      if (article) used[article.id] = { title: article.title, date: article.date, file: article.file };
    }
    return { ok: true, value: { entity, articles: used } };
  };
}
