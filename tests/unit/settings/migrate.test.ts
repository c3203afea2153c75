import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SETTINGS_VERSION, VERSION_KEY, migrateSettings, readVersion } from '../../../src/settings/migrate';
import { inEnglish } from '../english';

describe('migrations', () => {
  it('are ordered one version at a time and end at SETTINGS_VERSION', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(Array.from({ length: MIGRATIONS.length }, (_, i) => i + 2));
    expect(MIGRATIONS.at(-1)?.to ?? 1).toBe(SETTINGS_VERSION);
  });

  it('2: respells "organisation" in types and highlightStyle, leaving everything else', () => {
    const style = { kind: 'background', color: '#ffaa00' };
    const raw = { types: ['person', 'organisation'], highlightStyle: { person: style, organisation: style }, scope: 'page' };
    const { raw: migrated, applied } = migrateSettings(raw, 1);
    expect(migrated).toEqual({ types: ['person', 'organization'], highlightStyle: { person: style, organization: style }, scope: 'page' });
    expect(applied.map(inEnglish)).toEqual(['the entity type "organisation" is now spelled "organization"']);
    expect(raw.types).toEqual(['person', 'organisation']); // input untouched
  });

  it('2: keeps a current "organization" over an old "organisation" and leaves odd shapes to validation', () => {
    const a = { kind: 'none', color: '#000000' };
    const b = { kind: 'underline', color: '#111111' };
    expect(migrateSettings({ highlightStyle: { organisation: a, organization: b } }, 1).raw).toEqual({ highlightStyle: { organization: b } });
    expect(migrateSettings({ types: 'organisation', highlightStyle: ['x'] }, 1).raw).toEqual({ types: 'organisation', highlightStyle: ['x'] });
  });

  it('runs nothing for current or newer data, and drops the version key', () => {
    expect(migrateSettings({ types: ['organisation'], [VERSION_KEY]: 2 }, 2)).toEqual({ raw: { types: ['organisation'] }, applied: [] });
    expect(migrateSettings({ scope: 'page' }, 9).applied).toEqual([]);
  });

  it('reads the stored version: absent is 1 (or current for empty storage), junk is a problem', () => {
    expect(readVersion({})).toEqual({ version: SETTINGS_VERSION });
    expect(readVersion({ scope: 'page' })).toEqual({ version: 1 });
    expect(readVersion({ [VERSION_KEY]: 1 })).toEqual({ version: 1 });
    expect(readVersion({ [VERSION_KEY]: 7 })).toEqual({ version: 7 });
    for (const bad of ['2', 0, 1.5, null, [2]]) {
      const read = readVersion({ [VERSION_KEY]: bad });
      expect(read.version).toBe(SETTINGS_VERSION);
      expect(inEnglish(read.problem!)).toMatch(/not a whole number/);
    }
    expect(inEnglish(readVersion({ [VERSION_KEY]: '2' }).problem!)).toBe('the settings version is "2", not a whole number; read as version 2');
  });

  it('never throws and never mutates, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.integer({ min: -2, max: 5 }), (raw, from) => {
        const before = JSON.stringify(raw);
        migrateSettings(raw, from);
        readVersion(raw);
        expect(JSON.stringify(raw)).toBe(before);
      }),
    );
  });
});

describe('migration notes', () => {
  it('mention only migrations that changed something', () => {
    expect(migrateSettings({ types: ['person'], scope: 'page' }, 1).applied).toEqual([]);
  });
});
