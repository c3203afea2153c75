// What this page holds, per entity type: how many mentions are highlighted and of how many
// distinct entities. Kept current by the highlighter; read by the popup (page-report.ts) and
// watched by the badge report (found-report.ts).
import { ENTITY_TYPES, type EntityType } from '../shared/entity-index';

export interface FoundCounts {
  mentions: number;
  entities: number;
}

const mentionsPerEntity = new Map<string, { type: EntityType; count: number }>();
const watchers = new Set<() => void>();

export function countMention(entityId: string, type: EntityType, delta: 1 | -1): void {
  const entry = mentionsPerEntity.get(entityId) ?? { type, count: 0 };
  entry.count += delta;
  if (entry.count > 0) mentionsPerEntity.set(entityId, entry);
  else mentionsPerEntity.delete(entityId);
  notify();
}

/** Calls `watcher` after every change of what is found (often: it should only schedule work), until `signal` aborts. */
export function watchFound(watcher: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  watchers.add(watcher);
  signal.addEventListener('abort', () => watchers.delete(watcher), { once: true });
}

function notify(): void {
  for (const watcher of watchers) watcher();
}

/** Each entity found, with its type and number of highlighted mentions; in no particular order. */
export function foundEntities(): { id: string; type: EntityType; count: number }[] {
  return [...mentionsPerEntity].map(([id, { type, count }]) => ({ id, type, count }));
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
  notify();
}
