// seeds/overrides.json: validation with line numbers, and each kind of correction.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveIndex } from '../../../src/index/build-index.js';
import { parseOverrides } from '../../../src/index/overrides.js';

const text = 'Notes\n\nThe Red Cross said Maria Lopez arrived in Madrid. Lopez met Ana Ruiz of Acme Corp.\n';
const derive = (json: string) => {
  const parsed = parseOverrides('overrides.json', json);
  const r = deriveIndex([{ file: 'x.txt', text }], parsed.overrides);
  return { ...r, errors: [...parsed.errors, ...r.errors] };
};

describe('overrides', () => {
  it('the shipped seeds/overrides.json is valid and empty', () => {
    const json = readFileSync(join(import.meta.dirname, '../../../seeds/overrides.json'), 'utf8');
    expect(parseOverrides('overrides.json', json).errors).toEqual([]);
  });
  it('reports malformed JSON with line and column', () => {
    const r = parseOverrides('overrides.json', '{\n  "version": 1,\n  "drop": ["x",]\n}\n');
    expect(r.errors).toEqual([expect.stringMatching(/^overrides\.json:3:\d+: invalid JSON/)]);
    expect(r.overrides).toBeUndefined();
  });
  it('reports an unknown entity and a wrong type at their lines', () => {
    const r = derive('{\n  "version": 1,\n  "drop": ["Nobody Here"],\n  "retype": [{ "entity": "Madrid", "type": "city" }]\n}\n');
    expect(r.errors).toEqual([
      'overrides.json:4: type must be person, place or organization, not "city"',
      'overrides.json:3: unknown entity "Nobody Here" (use an entity\'s name or id)',
    ]);
  });
  it('drops, merges, renames, retypes and adds aliases', () => {
    const r = derive(JSON.stringify({
      version: 1,
      drop: ['organization:acme-corp'],
      merge: [{ into: 'Maria Lopez', from: ['Ana Ruiz'] }],
      rename: [{ entity: 'place:madrid', name: 'Madrid' }],
      retype: [{ entity: 'Red Cross', type: 'organization' }],
      alias: [{ entity: 'Maria Lopez', alias: 'Ruiz' }],
    }, null, 2));
    expect(r.errors).toEqual([]);
    const names = r.index.entities.map((e) => e.name);
    expect(names).not.toContain('Acme Corp.');
    expect(names).not.toContain('Ana Ruiz');
    const maria = r.index.entities.find((e) => e.name === 'Maria Lopez')!;
    expect(maria.aliases).toEqual(expect.arrayContaining(['Lopez', 'Ana Ruiz', 'Ruiz']));
    expect(r.index.entities.find((e) => e.name === 'Red Cross')?.type).toBe('organization');
  });
});
