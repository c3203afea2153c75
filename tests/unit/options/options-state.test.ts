import { describe, expect, it } from 'vitest';
import { english } from '../english';
import { phrase } from '../../../src/settings/phrase';
import { initialState, reduceOptions, type OptionsState } from '../../../src/options/options-state';
import { defaultSettings } from '../../../src/settings/schema';
import { readStoredSettings } from '../../../src/settings/stored';

const loaded = (raw: unknown): OptionsState => reduceOptions(initialState(defaultSettings()), { type: 'loaded', read: readStoredSettings(raw) }, english);

describe('options reducer', () => {
  it('shows what storage holds and what the read found', () => {
    const state = loaded({ scope: 'page', maxFacts: 'x', junk: 1 });
    expect(state.loaded).toBe(true);
    expect(state.settings.scope).toBe('page');
    expect(state.found.errors.map((e) => e.key)).toEqual(['maxFacts']);
    expect(state.found.notices).toHaveLength(1);
  });

  it('marks an edit as saving, then saved; a save clears what the read found', () => {
    let state = loaded({ maxFacts: 'x' });
    state = reduceOptions(state, { type: 'edited', key: 'maxFacts', value: 7 }, english);
    expect(state.settings.maxFacts).toBe(7);
    expect(state.status.maxFacts).toEqual({ kind: 'saving' });
    state = reduceOptions(state, { type: 'saved', keys: ['maxFacts'] }, english);
    expect(state.status.maxFacts).toEqual({ kind: 'saved' });
    expect(state.found).toEqual({ errors: [], notices: [] });
    expect(state.announcement).toBe('Saved: Facts shown per card.');
    state = reduceOptions(state, { type: 'saved', keys: ['theme', 'disabledSites'] }, english);
    expect(state.announcement).toBe('Saved: Card colours; Sites where Backstory does nothing (example.com, *.example.com).');
  });

  it('keeps a failure and what the read found when a save fails', () => {
    let state = loaded({ maxFacts: 'x' });
    state = reduceOptions(state, { type: 'edited', key: 'theme', value: 'dark' }, english);
    const full = phrase('saveThrown', 'full.');
    state = reduceOptions(state, { type: 'save-failed', keys: ['theme'], error: full }, english);
    expect(state.status.theme).toEqual({ kind: 'failed', error: full });
    expect(state.found.errors).toHaveLength(1);
    expect(state.announcement).toBe('Not saved: full.');
  });

  it('follows changes made elsewhere, and ignores echoes of what it shows', () => {
    const state = loaded({});
    expect(reduceOptions(state, { type: 'changed-elsewhere', read: readStoredSettings({}) }, english)).toBe(state);
    const next = reduceOptions(state, { type: 'changed-elsewhere', read: readStoredSettings({ enabled: false }) }, english);
    expect(next.settings.enabled).toBe(false);
    expect(next.announcement).toMatch(/changed in another window/);
  });

  it('replaces everything on import or reset, with the message', () => {
    let state = loaded({ scope: 'x' });
    state = reduceOptions(state, { type: 'edited', key: 'badge', value: false }, english);
    state = reduceOptions(state, { type: 'replaced', settings: defaultSettings(), message: { kind: 'done', lines: ['Reset.'] } }, english);
    expect(state.settings).toEqual(defaultSettings());
    expect(state.status).toEqual({});
    expect(state.found.errors).toEqual([]);
    expect(state.backup).toEqual({ kind: 'done', lines: ['Reset.'] });
  });
});
