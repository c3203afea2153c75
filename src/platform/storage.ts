// Settings in storage.sync, read through the schema: only non-default values are stored, so every
// read merges the defaults back (validateSettings does both). A failed read gives the defaults and
// is never written back: the user's next save replaces the stored data (STYLE.md "Settings").
import browser from 'webextension-polyfill';
import type { Settings } from '../settings/schema';
import { validateSettings, type SettingError } from '../settings/validate';

export interface LoadedSettings {
  settings: Settings;
  errors: SettingError[];
}

export async function loadSettings(): Promise<LoadedSettings> {
  return validateSettings(await browser.storage.sync.get(null));
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
