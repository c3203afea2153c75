import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveResult } from '../../../src/platform/settings-store';
import { createSaver } from '../../../src/options/saver';
import { phrase } from '../../../src/settings/phrase';
import { inEnglish } from '../english';
import { defaultSettings, type SettingKey, type Settings } from '../../../src/settings/schema';

function setup(results: SaveResult[] = []) {
  const writes: Settings[] = [];
  const reports: [SaveResult, SettingKey[]][] = [];
  let release: () => void = () => {};
  let hold = false;
  const save = async (settings: Settings): Promise<SaveResult> => {
    writes.push(settings);
    if (hold) await new Promise<void>((resolve) => (release = resolve));
    return results.shift() ?? { ok: true };
  };
  const saver = createSaver(save, (result, keys) => reports.push([result, keys]));
  saver.rebase(defaultSettings());
  return { saver, writes, reports, holdWrites: () => (hold = true), release: () => release() };
}

describe('saver', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('saves the edits of one moment as one write, the last value of each key', async () => {
    const { saver, writes, reports } = setup();
    saver.edit('maxFacts', 1);
    saver.edit('maxFacts', 12);
    saver.edit('scope', 'page');
    expect(writes).toEqual([]);
    expect(saver.isIdle()).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([{ ...defaultSettings(), maxFacts: 12, scope: 'page' }]);
    expect(reports).toEqual([[{ ok: true }, ['maxFacts', 'scope']]]);
    expect(saver.isIdle()).toBe(true);
  });

  it('never writes twice at once, and the last edit wins', async () => {
    const { saver, writes, holdWrites, release } = setup();
    holdWrites();
    saver.edit('theme', 'dark');
    await vi.advanceTimersByTimeAsync(0);
    saver.edit('theme', 'light');
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toHaveLength(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await saver.flush();
    expect(writes.map((w) => w.theme)).toEqual(['dark', 'light']);
  });

  it('ignores a rebase while its own edits wait (they are newer)', async () => {
    const { saver, writes } = setup();
    saver.edit('badge', false);
    saver.rebase({ ...defaultSettings(), scope: 'page' });
    await saver.flush();
    expect(writes).toEqual([{ ...defaultSettings(), badge: false }]);
  });

  it('replaces wholesale, dropping waiting edits, and reports failures', async () => {
    const full = phrase('saveThrown', 'full.');
    const { saver, writes } = setup([{ ok: false, error: full }]);
    saver.edit('badge', false);
    const imported = { ...defaultSettings(), maxFacts: 9 };
    expect(await saver.replace(imported)).toEqual({ ok: false, error: full });
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([imported]);
  });

  it('turns a thrown write into a failure report', async () => {
    const reports: [SaveResult, SettingKey[]][] = [];
    const saver = createSaver(() => Promise.reject(new Error('gone')), (result, keys) => reports.push([result, keys]));
    saver.rebase(defaultSettings());
    saver.edit('enabled', false);
    await saver.flush();
    expect(reports).toHaveLength(1);
    const [[result, keys]] = reports as [[SaveResult, SettingKey[]]];
    expect([result.ok || inEnglish(result.error), keys]).toEqual(['Not saved: gone', ['enabled']]);
  });
});
