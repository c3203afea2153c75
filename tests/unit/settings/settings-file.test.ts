import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, SCHEMA, SETTING_KEYS, type Settings } from '../../../src/settings/schema';
import { exportSettingsFile, MAX_SETTINGS_FILE_BYTES, parseSettingsFile, SETTINGS_FILE_FORMAT } from '../../../src/settings/settings-file';
import { inEnglish } from '../english';

const file = (settings: unknown, version: unknown = 2) => JSON.stringify({ format: SETTINGS_FILE_FORMAT, version, settings });

function reasons(text: string): string[] {
  const parsed = parseSettingsFile(text);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.reasons.map(inEnglish);
}

describe('settings files', () => {
  it('round-trips every setting', () => {
    const settings: Settings = {
      ...defaultSettings(),
      enabled: false,
      types: ['place'],
      scope: 'page',
      showDelayMs: 0,
      disabledSites: ['example.com', '*.news.org'],
      highlightStyle: { ...defaultSettings().highlightStyle, person: { kind: 'background', color: '#ffd54f' } },
    };
    expect(parseSettingsFile(exportSettingsFile(settings))).toEqual({ ok: true, settings, notes: [] });
  });

  it('fills missing settings with defaults and migrates an older file', () => {
    const older = parseSettingsFile(file({ types: ['organisation'] }, 1));
    expect(older).toMatchObject({ ok: true, settings: { ...defaultSettings(), types: ['organization'] } });
    expect(older.ok && older.notes.map(inEnglish)).toEqual(['the entity type "organisation" is now spelled "organization"']);
    expect(parseSettingsFile('\uFEFF' + file({}))).toMatchObject({ ok: true, settings: defaultSettings() });
  });

  it('refuses what is not a Backstory settings file, saying why', () => {
    expect(reasons('')).toEqual(['The file is not valid JSON; it is not a Backstory settings file.']);
    expect(reasons('{"enabled": false')).toEqual(['The file is not valid JSON; it is not a Backstory settings file.']);
    expect(reasons('[]')[0]).toMatch(/not a Backstory settings file \(it should say "format": "backstory-settings"\)/);
    expect(reasons(JSON.stringify({ enabled: false }))[0]).toMatch(/not a Backstory settings file/);
    expect(reasons(file({}, 3))).toEqual(['The file comes from a newer version of Backstory (settings version 3); this one reads up to 2. Update Backstory to import it.']);
    expect(reasons(file({}, '2'))[0]).toBe('The file\'s version is "2", not a whole number from 1 to 2.');
    expect(reasons(file([])) [0]).toBe('The file\'s "settings" must be a set of named values, not a list.');
  });

  it('refuses a file with any bad or unknown setting, listing each', () => {
    expect(reasons(file({ maxFacts: 50, scope: 'page', disabledSites: ['ok.com', 'not a host'], sparkle: 1 }))).toEqual([
      '"sparkle" is not a Backstory setting.',
      'Facts shown per card: must be a whole number from 1 to 20, not 50.',
      'Sites where Backstory does nothing (example.com, *.example.com): holds "not a host", which is not a site name like example.com or *.example.com.',
    ]);
  });

  it('refuses hostile files: too big, deeply nested, prototype keys, markup', () => {
    expect(reasons(' '.repeat(MAX_SETTINGS_FILE_BYTES + 1))[0]).toMatch(/larger than 100 KB/);
    expect(reasons('é'.repeat(MAX_SETTINGS_FILE_BYTES / 2 + 1))[0]).toMatch(/larger than 100 KB/); // bytes, not characters
    expect(reasons('['.repeat(90_000) + ']'.repeat(9_000))[0]).toMatch(/not valid JSON/);
    const proto = `{"format":"${SETTINGS_FILE_FORMAT}","version":2,"settings":{"__proto__":{"enabled":false},"constructor":{"prototype":{"x":1}}}}`;
    expect(reasons(proto)).toEqual(['"__proto__" is not a Backstory setting.', '"constructor" is not a Backstory setting.']);
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, 1]));
    const listed = reasons(file(many));
    expect(listed).toHaveLength(9);
    expect(listed[8]).toBe('…and 22 more problems.');
    expect(reasons(file(Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`k${i}`, 1])))).at(-1)).toBe('…and 1 more problem.');
    expect(reasons(file({ scope: '<img src=x onerror=alert(1)>' }))[0]).toContain('"<img src=x onerror=alert(1)>"');
  });

  it('never throws: any text is settings or a refusal with reasons, and settings are always valid', () => {
    const texts = fc.oneof(
      fc.string(),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.dictionary(fc.constantFrom(...SETTING_KEYS, 'other'), fc.jsonValue()).map((settings) => file(settings)),
      fc.record({ enabled: fc.boolean(), maxFacts: fc.integer({ min: 1, max: 20 }) }).map((settings) => file(settings)),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const parsed = parseSettingsFile(text);
        if (parsed.ok) for (const key of SETTING_KEYS) expect(SCHEMA[key].validate(parsed.settings[key]).ok).toBe(true);
        else expect(parsed.reasons.length).toBeGreaterThan(0);
      }),
    );
  });
});
