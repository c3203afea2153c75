// Applies the schema to whatever storage held: keeps each valid field, puts the default in place of
// each invalid one and says why. Missing keys are not errors (only non-default values are stored);
// unknown keys are ignored (migrations own renames). Never throws, never mutates `raw`.
import { SCHEMA, SETTING_KEYS, defaultSettings, type SettingKey, type Settings } from './schema';
import { describe } from './validators';

export interface SettingError {
  key: SettingKey | '';
  message: string;
}

export interface Validated {
  settings: Settings;
  errors: SettingError[];
}

/**
 * storage.sync refuses an item whose key plus JSON value exceeds this many bytes (Chrome's
 * QUOTA_BYTES_PER_ITEM; Firefox enforces the same), so a longer value could never be saved.
 */
export const SYNC_ITEM_BYTES = 8192;

/** Bytes a setting takes in storage.sync, as the browsers count them. */
export function storedBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export function validateSettings(raw: unknown): Validated {
  const settings = defaultSettings();
  const errors: SettingError[] = [];
  if (raw === undefined || raw === null) return { settings, errors };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    errors.push({ key: '', message: `Settings must be a set of named values, not ${describe(raw)}; using the defaults.` });
    return { settings, errors };
  }
  for (const key of SETTING_KEYS) {
    let value: unknown;
    try {
      // A getter or proxy on the input may throw; that field is then treated as bad.
      if (!Object.prototype.hasOwnProperty.call(raw, key)) continue;
      value = (raw as Record<string, unknown>)[key];
    } catch {
      errors.push({ key, message: `${SCHEMA[key].label}: could not be read; using the default.` });
      continue;
    }
    if (value === undefined) continue;
    const checked = SCHEMA[key].validate(value);
    if (checked.ok) {
      assign(settings, key, checked.value);
    } else {
      const kept = checked.salvaged !== undefined;
      if (kept) assign(settings, key, checked.salvaged);
      const fallback = kept ? 'keeping the rest' : 'using the default';
      errors.push({ key, message: `${SCHEMA[key].label}: ${checked.error}; ${fallback}.` });
    }
    const bytes = storedBytes(key, settings[key]);
    if (bytes > SYNC_ITEM_BYTES) {
      const trimmed = fitToSync(key, settings[key]);
      assign(settings, key, trimmed ?? structuredClone(SCHEMA[key].default));
      const fallback = trimmed ? `keeping the first ${trimmed.length}` : 'using the default';
      errors.push({ key, message: `${SCHEMA[key].label}: too long to sync (${bytes} bytes, at most ${SYNC_ITEM_BYTES}); ${fallback}.` });
    }
  }
  return { settings, errors };
}

/** The longest head of a list that fits in one sync item; undefined for a value that is not a list. */
function fitToSync(key: string, value: unknown): unknown[] | undefined {
  if (!Array.isArray(value)) return undefined;
  let count = 0;
  let bytes = storedBytes(key, []);
  for (const item of value) {
    bytes += storedBytes('', item) + (count > 0 ? 1 : 0);
    if (bytes > SYNC_ITEM_BYTES) break;
    count++;
  }
  return value.slice(0, count);
}

function assign<K extends SettingKey>(settings: Settings, key: K, value: unknown): void {
  // The validator for `key` produced `value`, so it has the key's type.
  settings[key] = value as Settings[K];
}
