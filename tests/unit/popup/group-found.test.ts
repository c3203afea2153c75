import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupFound } from '../../../src/popup/group-found';
import { ENTITY_TYPES } from '../../../src/shared/entity-index';
import type { FoundEntity } from '../../../src/shared/messages';
import { typePlural } from '../../../src/shared/type-words';
import { english } from '../english';

const entity = (id: string, count: number, name = id.split(':')[1]!): FoundEntity => ({ id, name, type: id.split(':')[0] as FoundEntity['type'], count });

describe('groupFound', () => {
  it('groups by type in the index order, most mentioned first, then by name', () => {
    const groups = groupFound([
      entity('place:qom', 1, 'Qom'),
      entity('person:zarif', 2, 'Javad Zarif'),
      entity('place:tehran', 4, 'Tehran'),
      entity('place:kerman', 1, 'Kerman'),
      entity('person:ali', 2, 'Ali Khamenei'),
    ]);
    expect(groups.map((g) => [typePlural(english, g.type), g.mentions, g.entities.map((e) => e.name)])).toEqual([
      ['People', 4, ['Ali Khamenei', 'Javad Zarif']],
      ['Places', 6, ['Tehran', 'Kerman', 'Qom']],
    ]);
  });

  it('leaves out empty types and gives nothing for nothing', () => {
    expect(groupFound([])).toEqual([]);
    expect(groupFound([entity('organization:ap', 1)]).map((g) => g.type)).toEqual(['organization']);
  });

  it('keeps every entity once, whatever the input order', () => {
    const found = fc.uniqueArray(
      fc.record({ id: fc.string({ minLength: 1 }), name: fc.string(), type: fc.constantFrom(...ENTITY_TYPES), count: fc.integer({ min: 1, max: 50 }) }),
      { selector: (e) => e.id },
    );
    fc.assert(
      fc.property(found, (list) => {
        const groups = groupFound(list);
        const flat = groups.flatMap((g) => g.entities);
        expect(flat.map((e) => e.id).sort()).toEqual(list.map((e) => e.id).sort());
        for (const group of groups) {
          for (let i = 1; i < group.entities.length; i++) expect(group.entities[i - 1]!.count).toBeGreaterThanOrEqual(group.entities[i]!.count);
        }
        expect(groupFound([...list].reverse())).toEqual(groups);
      }),
    );
  });
});
