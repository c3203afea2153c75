// What this page holds, per entity type: how many mentions are highlighted and of how many
// distinct entities. Kept current by the highlighter; read by the popup later (badge, list).
import { ENTITY_TYPES, type EntityType } from '../shared/entity-index';

export interface FoundCounts {
  mentions: number;
  entities: number;
}

const mentionsPerEntity = new Map<string, { type: EntityType; count: number }>();

export function countMention(entityId: string, type: EntityType, delta: 1 | -1): void {
  const entry = mentionsPerEntity.get(entityId) ?? { type, count: 0 };
  entry.count += delta;
  if (entry.count > 0) mentionsPerEntity.set(entityId, entry);
  else mentionsPerEntity.delete(entityId);
}

/** Mentions of `entityId` currently highlighted (firstMentionOnly asks before adding another). */
export function mentionCount(entityId: string): number {
  return mentionsPerEntity.get(entityId)?.count ?? 0;
}

export function foundCounts(): Record<EntityType, FoundCounts> {
  const counts = Object.fromEntries(ENTITY_TYPES.map((type) => [type, { mentions: 0, entities: 0 }])) as Record<EntityType, FoundCounts>;
  for (const { type, count } of mentionsPerEntity.values()) {
    counts[type].mentions += count;
    counts[type].entities += 1;
  }
  return counts;
}

/** Ids of the entities found, for `mentions/found`. */
export function foundEntityIds(): string[] {
  return [...mentionsPerEntity.keys()];
}

export function resetFound(): void {
  mentionsPerEntity.clear();
}
