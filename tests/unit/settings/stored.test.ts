import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION, VERSION_KEY } from '../../../src/settings/migrate';
import { defaultSettings, SCHEMA, SETTING_KEYS } from '../../../src/settings/schema';
import { sameValue } from '../../../src/settings/same-value';
import { readStoredSettings, toStoredItems } from '../../../src/settings/stored';
import { MAX_DISABLED_SITES, MAX_DISABLED_SITES_BYTES, SYNC_ITEM_BYTES, storedBytes } from '../../../src/settings/validate';
import { inEnglish } from '../english';

describe('readStoredSettings', () => {
  it('reads empty storage as the defaults, silently', () => {
    expect(readStoredSettings({})).toEqual({ settings: defaultSettings(), errors: [], notices: [] });
  });

  it('survives wrong types, unknown keys, huge values and an old version, saying what it found', () => {
    const raw = {
      enabled: 'yes',
      scope: 'page',
      maxFacts: 1e9,
      types: ['organisation', 'person'],
      disabledSites: ['x'.repeat(100_000), 'example.com'],
      colour: 'red',
      junk: { a: 1 },
    };
    const { settings, errors, notices } = readStoredSettings(raw);
    expect(settings.enabled).toBe(true);
    expect(settings.scope).toBe('page');
    expect(settings.maxFacts).toBe(3);
    expect(settings.types).toEqual(['person', 'organization']);
    expect(settings.disabledSites).toEqual(['example.com']);
    expect(errors.map((e) => e.key)).toEqual(['enabled', 'maxFacts', 'disabledSites']);
    expect(inEnglish(errors[2]!.message)).toMatch(/^Sites where .*: holds "x{40}…", which is not a site name/);
    expect(notices.map(inEnglish)).toEqual([
      'Stored settings come from an older version (settings version 1) and were read in today\'s form: the entity type "organisation" is now spelled "organization".',
      'Storage holds settings this version does not know: "colour", "junk"; ignored.',
    ]);
  });

  it('reads data from a newer version as far as it can, and says so', () => {
    const { settings, notices } = readStoredSettings({ [VERSION_KEY]: 99, scope: 'page', sparkle: true });
    expect(settings.scope).toBe('page');
    expect(inEnglish(notices[0]!)).toBe('Stored settings come from a newer version of Backstory (settings version 99); this one reads what it knows.');
    const odd = readStoredSettings({ [VERSION_KEY]: 'x', 'disabledSites.parts': 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 });
    expect(odd.notices.map(inEnglish)).toEqual([
      'Stored settings: the number of parts of disabledSites is 0; read its first part only.',
      'Stored settings: the settings version is "x", not a whole number; read as version 2.',
      'Storage holds settings this version does not know: "one", "two", "three", "four", "five" and 1 more; ignored.',
    ]);
  });

  it('trims a valid list that could never be synced and says why', () => {
    const sites = Array.from({ length: 2500 }, (_, i) => `site-${i}.example.com`);
    const { settings, errors } = readStoredSettings({ disabledSites: sites });
    expect(settings.disabledSites).toEqual(sites.slice(0, MAX_DISABLED_SITES));
    expect(inEnglish(errors[0]!.message)).toMatch(/too long to sync \(2500 sites in \d+ KB; .* at most 2,000 sites in 80 KB\); keeping the first 2000\./);
    const long = Array.from({ length: 1000 }, (_, i) => `${i}-${'x'.repeat(55)}.${'y'.repeat(60)}.example.com`);
    const trimmed = readStoredSettings({ disabledSites: long }).settings.disabledSites;
    expect(storedBytes('disabledSites', trimmed)).toBeLessThanOrEqual(MAX_DISABLED_SITES_BYTES);
    expect(storedBytes('disabledSites', long.slice(0, trimmed.length + 1))).toBeGreaterThan(MAX_DISABLED_SITES_BYTES);
  });

  it('reads a list stored in parts as one, and other long values still against one item', () => {
    const sites = Array.from({ length: 1000 }, (_, i) => `site-${i}.example.com`);
    const items = toStoredItems({ ...defaultSettings(), disabledSites: sites });
    expect(items['disabledSites.parts']).toBeGreaterThan(1);
    expect(readStoredSettings(items)).toEqual({ settings: { ...defaultSettings(), disabledSites: sites }, errors: [], notices: [] });
    expect(SYNC_ITEM_BYTES).toBe(8192);
  });

  it('any JSON value in -> valid settings out, never a throw', () => {
    const storedLike = fc.dictionary(fc.constantFrom(...SETTING_KEYS, VERSION_KEY, 'other'), fc.jsonValue());
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), storedLike), (raw) => {
        const { settings } = readStoredSettings(raw);
        for (const key of SETTING_KEYS) expect(SCHEMA[key].validate(settings[key]).ok, key).toBe(true);
        // What it reads, it can store, and reads back the same.
        expect(readStoredSettings(toStoredItems(settings))).toEqual({ settings, errors: [], notices: [] });
      }),
    );
  });
});

describe('toStoredItems', () => {
  it('stores only the version for the defaults', () => {
    expect(toStoredItems(defaultSettings())).toEqual({ [VERSION_KEY]: SETTINGS_VERSION });
  });

  it('stores each value that differs from its default, a copy', () => {
    const settings = { ...defaultSettings(), scope: 'page' as const, types: ['place' as const] };
    const items = toStoredItems(settings);
    expect(items).toEqual({ [VERSION_KEY]: SETTINGS_VERSION, scope: 'page', types: ['place'] });
    expect(items.types).not.toBe(settings.types);
  });

  it('compares deeply, ignoring key order', () => {
    const styles = defaultSettings().highlightStyle;
    const reordered = { organization: styles.organization, place: styles.place, person: { color: styles.person.color, kind: styles.person.kind } };
    expect(toStoredItems({ ...defaultSettings(), highlightStyle: reordered })).toEqual({ [VERSION_KEY]: SETTINGS_VERSION });
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: 1 }, [1])).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});
