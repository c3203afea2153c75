// "Found on this page" as the popup lists it: one group per entity type (in the index's type
// order), each entity with its mention count, most mentioned first, then by name. Pure.
import { ENTITY_TYPES, type EntityType } from '../shared/entity-index';
import type { FoundEntity } from '../shared/messages';

export interface FoundGroup {
  type: EntityType;
  entities: FoundEntity[];
  /** Mentions of all the group's entities. */
  mentions: number;
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Groups with no entity are left out; an empty list gives no groups. */
export function groupFound(found: readonly FoundEntity[]): FoundGroup[] {
  return ENTITY_TYPES.flatMap((type) => {
    const entities = found.filter((entity) => entity.type === type).sort((a, b) => b.count - a.count || byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
    if (entities.length === 0) return [];
    return [{ type, entities, mentions: entities.reduce((sum, entity) => sum + entity.count, 0) }];
  });
}
