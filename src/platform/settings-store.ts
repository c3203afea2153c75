// Reads and writes settings in one storage area (storage.sync in the extension, an in-memory area in
// tests). Knows no browser: storage.ts hands it the area. What it promises (STYLE.md "Settings"):
// only non-default values and the version are stored; a read never writes, so data it could not
// read stays as it was until the user saves; a save writes exactly what the page shows; a quota
// error frees the space of stored keys the save would remove anyway, is retried once, then reported.
// A list kept in parts (settings/list-parts.ts) changes in one set(): parts and their count together;
// parts it no longer needs are removed afterwards and are never read in between. A failure is a
// phrase (settings/phrase.ts): the page that shows it puts it in words.
import { phrase, type Phrase } from '../settings/phrase';
import type { Settings } from '../settings/schema';
import { sameValue } from '../settings/same-value';
import { shrinkBridge } from '../settings/list-parts';
import { PARTED_KEYS, readStoredSettings, toStoredItems, type ReadSettings } from '../settings/stored';
import { validateSettings } from '../settings/validate';

export interface SettingsArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  clear(): Promise<void>;
}

export type SaveResult = { ok: true } | { ok: false; error: Phrase };

/**
 * Chrome counts writes per minute and per hour and says "quota exceeded" for those as for size;
 * one retry after a pause gets past a burst. A full store fails again and is reported.
 */
export const QUOTA_RETRY_DELAY_MS = 1000;

export interface SettingsStore {
  load(): Promise<ReadSettings>;
  /** Replaces what is stored with `settings` (non-defaults only); refuses invalid settings. */
  save(settings: Settings): Promise<SaveResult>;
  /** Removes everything stored: every setting is its default again. */
  reset(): Promise<SaveResult>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isQuotaError(error: unknown): boolean {
  return /quota/i.test(messageOf(error));
}

function explain(error: unknown): Phrase {
  const message = messageOf(error).replace(/\.$/, '');
  return isQuotaError(error) ? phrase('saveQuota', message) : phrase('saveFailed', message);
}

export function createSettingsStore(area: SettingsArea, sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))): SettingsStore {
  /** Runs `operation`; on a quota error runs `makeRoom`, waits, and tries once more. */
  const write = async (operation: () => Promise<void>, makeRoom?: () => Promise<void>): Promise<void> => {
    try {
      await operation();
    } catch (error: unknown) {
      if (!isQuotaError(error)) throw error;
      await makeRoom?.();
      await sleep(QUOTA_RETRY_DELAY_MS);
      await operation();
    }
  };

  return {
    async load() {
      return readStoredSettings(await area.get(null));
    },

    async save(settings) {
      const { errors } = validateSettings(settings);
      if (errors.length > 0) return { ok: false, error: phrase('saveInvalid', errors.map((e) => e.message)) };
      try {
        const items = toStoredItems(settings);
        const stored = await area.get(null);
        const changed = Object.fromEntries(Object.entries(items).filter(([key, value]) => !sameValue(stored[key], value)));
        // A list that shrank to one part is read as one from this set() on, not joined with old parts.
        for (const key of PARTED_KEYS) Object.assign(changed, shrinkBridge(stored, items, key));
        // Keys the page does not show (old names, unknown or bad values) go once the user saves.
        let stale = Object.keys(stored).filter((key) => !Object.hasOwn(items, key));
        const removeStale = async () => {
          if (stale.length > 0) await write(() => area.remove(stale));
          stale = [];
        };
        // Set before remove, so a failed save leaves storage as it was, unless room is needed.
        if (Object.keys(changed).length > 0) await write(() => area.set(changed), removeStale);
        await removeStale();
        return { ok: true };
      } catch (error: unknown) {
        return { ok: false, error: explain(error) };
      }
    },

    async reset() {
      try {
        await write(() => area.clear());
        return { ok: true };
      } catch (error: unknown) {
        return { ok: false, error: explain(error) };
      }
    },
  };
}
