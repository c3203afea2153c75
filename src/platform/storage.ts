// Settings in storage.sync, through settings-store.ts: only non-default values are stored, so every
// read merges the defaults back, migrating older data first. A failed read gives the defaults and is
// never written back: the user's next save replaces the stored data (STYLE.md "Settings").
import browser from 'webextension-polyfill';
import type { Settings } from '../settings/schema';
import type { ReadSettings } from '../settings/stored';
import { createSettingsStore, type SaveResult } from './settings-store';

export type { SaveResult } from './settings-store';

/** The settings to use, the fields that fell back to defaults, and what else the reader found. */
export type LoadedSettings = ReadSettings;

const store = createSettingsStore(browser.storage.sync);

export function loadSettings(): Promise<LoadedSettings> {
  return store.load();
}

/** Writes what the options page shows; from the extension's own pages only. */
export function saveSettings(settings: Settings): Promise<SaveResult> {
  return store.save(settings);
}

export function resetSettings(): Promise<SaveResult> {
  return store.reset();
}

/**
 * Calls `callback` with the whole, freshly validated settings after each change to storage.sync,
 * until `signal` aborts. Reads everything again rather than patching: changes may arrive in parts.
 */
export function onSettingsChanged(callback: (loaded: LoadedSettings) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (_changes: unknown, area: string) => {
    if (area !== 'sync' || signal.aborted) return;
    loadSettings().then(
      (loaded) => {
        if (!signal.aborted) callback(loaded);
      },
      (error: unknown) => {
        if (!signal.aborted) console.error('Backstory: could not read settings after a change', error);
      },
    );
  };
  browser.storage.onChanged.addListener(listener);
  const remove = () => {
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch (error: unknown) {
      // Chrome throws here once the extension context is gone; the listener is dead anyway.
      if (hasExtensionContext()) throw error;
    }
  };
  signal.addEventListener('abort', remove, { once: true });
}

/**
 * False once the extension was reloaded, updated or removed under a still-open page: from then on
 * every extension API throws "Extension context invalidated", so content scripts should stop.
 */
export function hasExtensionContext(): boolean {
  try {
    return browser.runtime.id !== undefined;
  } catch {
    return false;
  }
}
