// Looks up what a popover shows for one entity: its facts and their articles' titles (or opening
// words) and dates. A bundled index that is not what the build writes (a truncated or corrupted
// background.js) gives every lookup one clear error result, logged once; the background keeps
// running (badge, commands) instead of failing at load.
import type { EntityIndex } from '../shared/entity-index';
import type { EntityDetails, Result } from '../shared/messages';

type Lookup = (id: string) => Result<EntityDetails>;

function buildLookup(index: EntityIndex, openings: Readonly<Record<string, string>>): Lookup {
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

/** `openings`: article id -> its first words, from build.mjs; used for articles without a title. Never throws. */
export function createEntityLookup(index: EntityIndex, openings: Readonly<Record<string, string>> = {}): Lookup {
  let lookUp: Lookup | undefined;
  let broken: string | undefined;
  const fail = (error: unknown): Result<EntityDetails> => {
    if (broken === undefined) {
      broken = `Backstory: the bundled index is unreadable (${error instanceof Error ? error.message : String(error)})`;
      console.error(broken);
    }
    return { ok: false, error: broken };
  };
  return (id) => {
    if (broken !== undefined) return { ok: false, error: broken };
    try {
      lookUp ??= buildLookup(index, openings);
      return lookUp(id);
    } catch (error: unknown) {
      return fail(error);
    }
  };
}
