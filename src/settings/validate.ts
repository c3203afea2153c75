// Applies the schema to whatever storage held: keeps each valid field, puts the default in place of
// each invalid one and says why, in phrases (phrase.ts). Missing keys are not errors (only non-default
// values are stored); unknown keys are ignored (migrations own renames). Never throws, never mutates `raw`.
import { SCHEMA, SETTING_KEYS, defaultSettings, type SettingKey, type Settings } from './schema';
import { phrase, type Phrase } from './phrase';
import { describe } from './validators';

export interface SettingError {
  key: SettingKey | '';
  /** What was wrong and what is used instead: "Facts shown per card: must be …, not 50; using the default." */
  message: Phrase;
  /** What was wrong alone, for a settings file that is refused instead: "Facts shown per card: must be …, not 50." */
  reason: Phrase;
}

export interface Validated {
  settings: Settings;
  errors: SettingError[];
}

/**
 * storage.sync refuses an item whose key plus JSON value exceeds this many bytes (Chrome's
 * QUOTA_BYTES_PER_ITEM; Firefox enforces the same), so a longer value could never be saved as one.
 */
export const SYNC_ITEM_BYTES = 8192;

/**
 * The disabled-sites list is stored in parts of one sync item each (list-parts.ts), so its cap is
 * its own: storage.sync holds 100 KB in all (QUOTA_BYTES 102,400), and 80 KB of sites leaves room
 * for the other settings and for the parts' keys. 2,000 sites is far more than anyone lists by hand.
 */
export const MAX_DISABLED_SITES = 2000;
export const MAX_DISABLED_SITES_BYTES = 80 * 1024;

/** Bytes a setting takes in storage.sync, as the browsers count them. */
export function storedBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

interface SizeLimit {
  bytes: number;
  /** Entries of a list; absent: any number. */
  entries?: number;
  describe(bytes: number, entries: number | undefined): Phrase;
}

const ITEM_LIMIT: SizeLimit = {
  bytes: SYNC_ITEM_BYTES,
  describe: (bytes) => phrase('invalidTooLong', bytes, SYNC_ITEM_BYTES),
};

const SITES_LIMIT: SizeLimit = {
  bytes: MAX_DISABLED_SITES_BYTES,
  entries: MAX_DISABLED_SITES,
  describe: (bytes, entries) =>
    phrase('invalidTooManySites', entries ?? 0, Math.ceil(bytes / 1024), MAX_DISABLED_SITES, MAX_DISABLED_SITES_BYTES / 1024),
};

const limitOf = (key: SettingKey): SizeLimit => (key === 'disabledSites' ? SITES_LIMIT : ITEM_LIMIT);

/** Why `value` is too big to store under `key`, or undefined when it fits. */
export function sizeProblem(key: SettingKey, value: unknown): Phrase | undefined {
  const limit = limitOf(key);
  const bytes = storedBytes(key, value);
  const entries = Array.isArray(value) ? value.length : undefined;
  const tooMany = limit.entries !== undefined && entries !== undefined && entries > limit.entries;
  return bytes > limit.bytes || tooMany ? limit.describe(bytes, entries) : undefined;
}

export function validateSettings(raw: unknown): Validated {
  const settings = defaultSettings();
  const errors: SettingError[] = [];
  if (raw === undefined || raw === null) return { settings, errors };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    // Nothing was kept, so the sentence already says what happens instead.
    const notSettings = phrase('settingsNotRecord', describe(raw));
    errors.push({ key: '', message: notSettings, reason: notSettings });
    return { settings, errors };
  }
  for (const key of SETTING_KEYS) {
    let value: unknown;
    try {
      // A getter or proxy on the input may throw; that field is then treated as bad.
      if (!Object.prototype.hasOwnProperty.call(raw, key)) continue;
      value = (raw as Record<string, unknown>)[key];
    } catch {
      errors.push(settingError(key, phrase('valueUnreadable'), 'default'));
      continue;
    }
    if (value === undefined) continue;
    const checked = SCHEMA[key].validate(value);
    if (checked.ok) {
      assign(settings, key, checked.value);
    } else {
      const kept = checked.salvaged !== undefined;
      if (kept) assign(settings, key, checked.salvaged);
      errors.push(settingError(key, checked.error, kept ? 'rest' : 'default'));
    }
    const tooBig = sizeProblem(key, settings[key]);
    if (tooBig) {
      const trimmed = fitToSync(key, settings[key]);
      assign(settings, key, trimmed ?? structuredClone(SCHEMA[key].default));
      errors.push(settingError(key, tooBig, trimmed ? trimmed.length : 'default'));
    }
  }
  return { settings, errors };
}

/** What was kept of a bad field: its default, the valid rest of a list, or the first `number` entries. */
type Kept = 'default' | 'rest' | number;

function settingError(key: SettingKey, problem: Phrase, kept: Kept): SettingError {
  const label = SCHEMA[key].label;
  const message =
    kept === 'default'
      ? phrase('fieldUsingDefault', label, problem)
      : kept === 'rest'
        ? phrase('fieldKeepingRest', label, problem)
        : phrase('fieldKeepingFirst', label, problem, kept);
  return { key, message, reason: phrase('fieldProblem', label, problem) };
}

/** The longest head of a list within the key's limit; undefined for a value that is not a list. */
function fitToSync(key: SettingKey, value: unknown): unknown[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const limit = limitOf(key);
  let count = 0;
  let bytes = storedBytes(key, []);
  for (const item of value) {
    bytes += storedBytes('', item) + (count > 0 ? 1 : 0);
    if (bytes > limit.bytes || count === limit.entries) break;
    count++;
  }
  return value.slice(0, count);
}

function assign<K extends SettingKey>(settings: Settings, key: K, value: unknown): void {
  // The validator for `key` produced `value`, so it has the key's type.
  settings[key] = value as Settings[K];
}
