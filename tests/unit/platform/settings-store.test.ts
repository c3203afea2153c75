// The settings store against an in-memory storage area that really stores (a fake, not a mock), with
// switches to make it fail the way storage.sync does.
import { describe, expect, it } from 'vitest';
import { createSettingsStore, QUOTA_RETRY_DELAY_MS, type SettingsArea } from '../../../src/platform/settings-store';
import { SETTINGS_VERSION, VERSION_KEY } from '../../../src/settings/migrate';
import { defaultSettings, type Settings } from '../../../src/settings/schema';
import { inEnglish } from '../english';

class MemoryArea implements SettingsArea {
  data: Record<string, unknown> = {};
  writes = 0;
  /** Each write pops one of these and throws it, if any. */
  failures: Error[] = [];
  /** Like storage.sync's QUOTA_BYTES: a set that would hold more refuses, changing nothing. */
  quotaBytes = Infinity;

  private fail(): void {
    this.writes++;
    const failure = this.failures.shift();
    if (failure) throw failure;
  }
  async get(): Promise<Record<string, unknown>> {
    return structuredClone(this.data);
  }
  async set(items: Record<string, unknown>): Promise<void> {
    this.fail();
    const next = { ...this.data, ...structuredClone(items) };
    const bytes = Object.entries(next).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
    if (bytes > this.quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
    this.data = next;
  }
  async remove(keys: string[]): Promise<void> {
    this.fail();
    for (const key of keys) delete this.data[key];
  }
  async clear(): Promise<void> {
    this.fail();
    this.data = {};
  }
}

function setup(data: Record<string, unknown> = {}) {
  const area = new MemoryArea();
  area.data = data;
  const slept: number[] = [];
  const store = createSettingsStore(area, async (ms) => void slept.push(ms));
  return { area, store, slept };
}

const changed = (patch: Partial<Settings>): Settings => ({ ...defaultSettings(), ...patch });

describe('settings store', () => {
  it('stores only values that differ from the defaults, plus the version', async () => {
    const { area, store } = setup();
    expect(await store.save(changed({ scope: 'page', maxFacts: 5 }))).toEqual({ ok: true });
    expect(area.data).toEqual({ [VERSION_KEY]: SETTINGS_VERSION, scope: 'page', maxFacts: 5 });
    expect(await store.save(changed({ scope: 'page' }))).toEqual({ ok: true });
    expect(area.data).toEqual({ [VERSION_KEY]: SETTINGS_VERSION, scope: 'page' });
    expect((await store.load()).settings).toEqual(changed({ scope: 'page' }));
  });

  it('writes nothing when nothing changed', async () => {
    const { area, store } = setup();
    await store.save(changed({ badge: false }));
    const writes = area.writes;
    await store.save(changed({ badge: false }));
    expect(area.writes).toBe(writes);
  });

  it('reading corrupted data writes nothing; the next save replaces it with what the page shows', async () => {
    const corrupted = { enabled: 'yes', maxFacts: -1, scope: 'page', colour: 'red', types: ['organisation'] };
    const { area, store } = setup(structuredClone(corrupted));
    const loaded = await store.load();
    expect(loaded.errors.map((e) => e.key)).toEqual(['enabled', 'maxFacts']);
    expect(loaded.notices).toHaveLength(2);
    expect(area.data).toEqual(corrupted);
    expect(area.writes).toBe(0);
    await store.save({ ...loaded.settings, badge: false });
    expect(area.data).toEqual({ [VERSION_KEY]: SETTINGS_VERSION, scope: 'page', types: ['organization'], badge: false });
  });

  it('never saves invalid settings', async () => {
    const { area, store } = setup();
    const result = await store.save(changed({ maxFacts: 99, theme: 'x' as Settings['theme'] }));
    expect(result.ok || inEnglish(result.error)).toBe(
      'Not saved: Facts shown per card: must be a whole number from 1 to 20, not 99; using the default. Card colours: must be one of auto, light, dark, not "x"; using the default.',
    );
    expect(area.data).toEqual({});
  });

  it('retries a quota error once after a pause', async () => {
    const { area, store, slept } = setup();
    area.failures = [new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded')];
    expect(await store.save(changed({ theme: 'dark' }))).toEqual({ ok: true });
    expect(slept).toEqual([QUOTA_RETRY_DELAY_MS]);
    expect(area.data.theme).toBe('dark');
  });

  it('on a full store, makes room by removing what the save would remove anyway, then retries', async () => {
    const junk = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`junk${i}`, 'x'.repeat(900)]));
    const { area, store, slept } = setup(structuredClone(junk));
    area.quotaBytes = 10_000;
    const sites = Array.from({ length: 300 }, (_, i) => `site-${i}.example.com`);
    expect(await store.save(changed({ disabledSites: sites }))).toEqual({ ok: true });
    expect(slept).toEqual([QUOTA_RETRY_DELAY_MS]);
    expect(area.data).toEqual({ [VERSION_KEY]: SETTINGS_VERSION, disabledSites: sites });
  });

  it('reports a second quota error in words and keeps what was stored', async () => {
    const { area, store } = setup({ theme: 'light' });
    area.failures = [new Error('QUOTA_BYTES quota exceeded'), new Error('QUOTA_BYTES quota exceeded')];
    const result = await store.save(changed({ theme: 'dark' }));
    expect(result.ok || inEnglish(result.error)).toBe(
      "Not saved: the browser's sync storage refused it (QUOTA_BYTES quota exceeded). Settings may be too large, or changed too often; try again in a minute.",
    );
    expect(area.data).toEqual({ theme: 'light' });
  });

  it('does not retry other errors', async () => {
    const { area, store, slept } = setup();
    area.failures = [new Error('Extension context invalidated.')];
    const result = await store.save(changed({ theme: 'dark' }));
    expect(result.ok || inEnglish(result.error)).toBe("Not saved: the browser's storage failed (Extension context invalidated).");
    expect(slept).toEqual([]);
  });

  it('resets by removing everything stored', async () => {
    const { area, store } = setup({ scope: 'page', junk: 1 });
    expect(await store.reset()).toEqual({ ok: true });
    expect(area.data).toEqual({});
    expect((await store.load()).settings).toEqual(defaultSettings());
  });
});
