import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { defaultSettings, SCHEMA, SETTING_KEYS, type Settings } from '../../../src/settings/schema';
import { validateSettings } from '../../../src/settings/validate';
import { inEnglish } from '../english';

describe('validateSettings', () => {
  it('gives every default for nothing stored', () => {
    for (const raw of [undefined, null, {}]) {
      expect(validateSettings(raw)).toEqual({ settings: defaultSettings(), errors: [] });
    }
  });

  it('has the defaults the issue asks for', () => {
    const d = defaultSettings();
    expect(d.enabled).toBe(true);
    expect(d.types).toEqual(['person', 'place', 'organization']);
    expect(d.firstMentionOnly).toBe(false);
    expect(d.scope).toBe('main');
    expect([d.showDelayMs, d.hideDelayMs, d.maxFacts]).toEqual([500, 300, 3]);
    expect(d.theme).toBe('auto');
    expect(d.badge).toBe(true);
    expect(d.disabledSites).toEqual([]);
    expect(d.highlightStyle.person).toEqual({ kind: 'underline', color: '#2563eb' });
  });

  it('derives the Settings type from the table', () => {
    expectTypeOf<Settings['scope']>().toEqualTypeOf<'main' | 'page'>();
    expectTypeOf<Settings['showDelayMs']>().toEqualTypeOf<number>();
    expectTypeOf<Settings['highlightStyle']['place']['kind']>().toEqualTypeOf<'underline' | 'background' | 'none'>();
  });

  it('keeps valid fields next to invalid ones and says why in words', () => {
    const { settings, errors } = validateSettings({ scope: 'page', showDelayMs: 5000, theme: 'dark', maxFacts: 2.5 });
    expect(settings.scope).toBe('page');
    expect(settings.theme).toBe('dark');
    expect(settings.showDelayMs).toBe(500);
    expect(settings.maxFacts).toBe(3);
    expect(errors.map((e) => e.key)).toEqual(['showDelayMs', 'maxFacts']);
    expect(inEnglish(errors[0]!.message)).toBe('Delay before the card opens (ms): must be a whole number from 0 to 3000, not 5000; using the default.');
    expect(inEnglish(errors[0]!.reason)).toBe('Delay before the card opens (ms): must be a whole number from 0 to 3000, not 5000.');
  });

  it('accepts the range ends', () => {
    expect(validateSettings({ showDelayMs: 0, hideDelayMs: 3000, maxFacts: 20 }).errors).toEqual([]);
    expect(validateSettings({ maxFacts: 0 }).settings.maxFacts).toBe(3);
  });

  it('keeps the valid part of a list and reports the rest', () => {
    const { settings, errors } = validateSettings({ disabledSites: ['Example.com ', '*.news.org', 'bad host', 7], types: ['place', 'dog'] });
    expect(settings.disabledSites).toEqual(['example.com', '*.news.org']);
    expect(settings.types).toEqual(['place']);
    expect(errors.map((e) => e.key)).toEqual(['types', 'disabledSites']);
    expect(inEnglish(errors[0]!.message)).toBe('Which kinds of entity to highlight: may only hold person, place, organization, not "dog"; keeping the rest.');
    expect(inEnglish(errors[1]!.message)).toBe(
      'Sites where Backstory does nothing (example.com, *.example.com): holds "bad host", 7, which are not site names like example.com or *.example.com; keeping the rest.',
    );
    const many = validateSettings({ types: ['a', 'b', 'c', 'd', 'e'], theme: [1], scope: {} }).errors.map((e) => inEnglish(e.message));
    expect(many).toEqual([
      'Which kinds of entity to highlight: may only hold person, place, organization, not "a", "b", "c" and 2 more; keeping the rest.',
      'Where to look: the main article, or the whole page: must be one of main, page, not an object; using the default.',
      'Card colours: must be one of auto, light, dark, not a list; using the default.',
    ]);
  });

  it('rejects hostnames that are not hostnames', () => {
    for (const bad of ['-a.com', 'a-.com', 'a..com', '*.', 'http://a.com', 'a.com/x', '**.a.com', 'a.*.com', '']) {
      expect(validateSettings({ disabledSites: [bad] }).settings.disabledSites, bad).toEqual([]);
    }
    expect(validateSettings({ disabledSites: ['localhost', '127.0.0.1', 'xn--bcher-kva.example'] }).errors).toEqual([]);
  });

  it('validates each type of a highlight style and defaults the whole field on a bad one', () => {
    const good = { person: { kind: 'background', color: '#FFAA00' }, place: { kind: 'none', color: '#000000' }, organization: { kind: 'underline', color: '#123456' } };
    expect(validateSettings({ highlightStyle: good }).settings.highlightStyle.person).toEqual({ kind: 'background', color: '#ffaa00' });
    const bad = { ...good, place: { kind: 'blink', color: '#000000' } };
    const result = validateSettings({ highlightStyle: bad });
    expect(result.settings.highlightStyle).toEqual(defaultSettings().highlightStyle);
    expect(inEnglish(result.errors[0]!.message)).toContain('place: kind must be one of underline, background, none, not "blink"');
    expect(inEnglish(validateSettings({ highlightStyle: { ...good, person: { kind: 'none', color: 'red' } } }).errors[0]!.message)).toBe(
      'How each kind of mention is drawn: person: colour must be written #rrggbb, not "red"; using the default.',
    );
  });

  it('says so when the whole value is not an object', () => {
    for (const raw of [42, 'x', [1], true]) {
      const { settings, errors } = validateSettings(raw);
      expect(settings).toEqual(defaultSettings());
      expect(errors).toHaveLength(1);
    }
    expect(inEnglish(validateSettings([1]).errors[0]!.message)).toBe('Settings must be a set of named values, not a list; using the defaults.');
  });

  it('ignores unknown keys and treats undefined as missing', () => {
    expect(validateSettings({ colour: 'x', enabled: undefined })).toEqual({ settings: defaultSettings(), errors: [] });
  });

  it('survives a throwing getter', () => {
    const raw = Object.defineProperty({}, 'enabled', { enumerable: true, get: () => { throw new Error('boom'); } });
    const { settings, errors } = validateSettings(raw);
    expect(settings.enabled).toBe(true);
    expect(errors[0]?.key).toBe('enabled');
    expect(inEnglish(errors[0]!.message)).toBe('Highlight mentions on pages: could not be read; using the default.');
  });

  it('never throws, never mutates its input, always returns valid settings', () => {
    const fieldValue = fc.oneof(fc.anything(), fc.constantFrom(...SETTING_KEYS.map((k) => SCHEMA[k].default)));
    const record = fc.dictionary(fc.constantFrom(...SETTING_KEYS, 'other'), fieldValue);
    fc.assert(
      fc.property(fc.oneof(fc.anything(), record), (raw) => {
        const before = snapshot(raw);
        const { settings } = validateSettings(raw);
        expect(snapshot(raw)).toEqual(before);
        for (const key of SETTING_KEYS) expect(SCHEMA[key].validate(settings[key]).ok, key).toBe(true);
      }),
    );
  });

  it('returns fresh objects the caller may change', () => {
    const a = validateSettings({}).settings;
    a.types.pop();
    a.highlightStyle.person.color = '#000000';
    expect(validateSettings({}).settings).toEqual(defaultSettings());
    expect(SCHEMA.types.default).toHaveLength(3);
  });
});

function snapshot(value: unknown): unknown {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
  } catch {
    return 'unserializable';
  }
}
