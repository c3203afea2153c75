// Build time: the entity index's names and aliases -> the matcher data bundled into the content
// script (plain JSON; find-mentions.ts loads it).

import type { Entity } from '../shared/entity-index';
import { buildAutomaton } from './build-automaton';
import { edgeFlags, expandForm } from './forms';
import { MATCHER_DATA_VERSION, type MatcherData } from './matcher-data';

export { MATCHER_DATA_VERSION } from './matcher-data';
export type { CompiledAutomaton, MatcherData, MatcherEntity } from './matcher-data';

/**
 * Compiles every form (name and aliases) of every entity. When several entities share a spelling,
 * a form as written beats a derived ALL-CAPS variant, then the lowest entity index wins: `NATO`
 * written for one entity is never taken by another's `Nato` in capitals.
 */
export function compileMatcher(
  entities: ReadonlyArray<Pick<Entity, 'id' | 'name' | 'type' | 'aliases'>>,
): MatcherData {
  const owners = new Map<string, { entity: number; rank: number }>();
  entities.forEach((entity, index) => {
    for (const form of [entity.name, ...entity.aliases]) {
      for (const { text, rank } of expandForm(form)) {
        const owner = owners.get(text);
        if (owner === undefined || rank < owner.rank || (rank === owner.rank && index < owner.entity)) {
          owners.set(text, { entity: index, rank });
        }
      }
    }
  });
  const patterns = new Map<string, number>();
  // Sorted, so the data does not depend on the order of aliases.
  for (const text of [...owners.keys()].sort()) {
    patterns.set(text, (owners.get(text)!.entity << 2) | edgeFlags(text));
  }
  return {
    version: MATCHER_DATA_VERSION,
    entities: entities.map(({ id, name, type }) => ({ id, name, type })),
    automaton: buildAutomaton(patterns),
  };
}
