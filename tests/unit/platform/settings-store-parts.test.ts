// The disabled-sites list at scale, against an in-memory area that enforces storage.sync's quotas as
// the browsers do (8,192 bytes per item, 102,400 in all, key + JSON counted in UTF-8) and keeps every
// state it passes through, so a reader at any moment can be checked.
import { describe, expect, it } from 'vitest';
import { createSettingsStore, type SettingsArea } from '../../../src/platform/settings-store';
import { defaultSettings, type Settings } from '../../../src/settings/schema';
import { readStoredSettings } from '../../../src/settings/stored';
import { MAX_DISABLED_SITES, MAX_DISABLED_SITES_BYTES } from '../../../src/settings/validate';
import { inEnglish } from '../english';

const bytesOf = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

class SyncArea implements SettingsArea {
  data: Record<string, unknown> = {};
  /** Every state storage was in after a write, in order. */
  states: Record<string, unknown>[] = [];
  async get(): Promise<Record<string, unknown>> {
    return structuredClone(this.data);
  }
  async set(items: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(items)) {
      if (bytesOf(key, value) > 8192) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    const next = { ...this.data, ...structuredClone(items) };
    if (Object.entries(next).reduce((sum, [key, value]) => sum + bytesOf(key, value), 0) > 102_400) throw new Error('QUOTA_BYTES quota exceeded');
    this.commit(next);
  }
  async remove(keys: string[]): Promise<void> {
    const next = { ...this.data };
    for (const key of keys) delete next[key];
    this.commit(next);
  }
  async clear(): Promise<void> {
    this.commit({});
  }
  private commit(next: Record<string, unknown>): void {
    this.data = next;
    this.states.push(structuredClone(next));
  }
}

const sites = (n: number, prefix = 'site') => Array.from({ length: n }, (_, i) => `${prefix}-${i}.example.com`);
const withSites = (disabledSites: string[]): Settings => ({ ...defaultSettings(), disabledSites });
const noSleep = async () => undefined;

describe('disabled sites in parts', () => {
  it('1,000 sites (over 20 KB) save under the 8 KB item quota and read back whole', async () => {
    const area = new SyncArea();
    const store = createSettingsStore(area, noSleep);
    const list = sites(1000);
    expect(bytesOf('disabledSites', list)).toBeGreaterThan(20_000);
    expect(await store.save(withSites(list))).toEqual({ ok: true });
    expect(Object.keys(area.data).length).toBeGreaterThan(3);
    expect(await store.load()).toEqual({ settings: withSites(list), errors: [], notices: [] });
  });

  it('every state between saves reads as the old list or the new one, growing and shrinking', async () => {
    const area = new SyncArea();
    const store = createSettingsStore(area, noSleep);
    const lists = [sites(1000), sites(1500, 'b'), sites(10, 'c'), sites(600, 'd'), ['one.example'], sites(1200, 'e'), []];
    let before: string[] = [];
    for (const list of lists) {
      area.states = [];
      expect(await store.save(withSites(list))).toEqual({ ok: true });
      for (const state of area.states) {
        const read = readStoredSettings(state);
        expect([before, list]).toContainEqual(read.settings.disabledSites);
        expect(read.notices).toEqual([]);
      }
      expect(readStoredSettings(area.data).settings.disabledSites).toEqual(list);
      before = list;
    }
    expect(area.data).toEqual({ settingsVersion: 2 });
  });

  it('refuses more than the cap with a clear reason, and stores nothing', async () => {
    const area = new SyncArea();
    const store = createSettingsStore(area, noSleep);
    const result = await store.save(withSites(sites(MAX_DISABLED_SITES + 1)));
    expect(result.ok || inEnglish(result.error)).toMatch(/too long to sync \(2001 sites in \d+ KB; browsers sync at most 100 KB of settings, so Backstory keeps at most 2,000 sites in 80 KB\)/);
    expect(area.data).toEqual({});
  });

  it.each([
    ['2,000 short names', (i: number) => `${String(i).padStart(4, '0')}-${'x'.repeat(23)}.example`],
    ['the longest names a site can have', (i: number) => `${String(i).padStart(4, '0')}${'x'.repeat(59)}.${'y'.repeat(63)}.${'z'.repeat(63)}.${'w'.repeat(61)}`],
  ])('a list just within the cap fits the quota: %s', async (_label, name) => {
    const area = new SyncArea();
    const store = createSettingsStore(area, noSleep);
    const list: string[] = [];
    while (list.length < MAX_DISABLED_SITES && bytesOf('disabledSites', [...list, name(list.length)]) <= MAX_DISABLED_SITES_BYTES) list.push(name(list.length));
    expect(await store.save({ ...withSites(list), theme: 'dark', maxFacts: 7 })).toEqual({ ok: true });
    expect((await store.load()).settings.disabledSites).toEqual(list);
  });
});
