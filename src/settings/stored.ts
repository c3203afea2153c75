// What storage.sync holds <-> Settings. Storage keeps one item per non-default setting plus the
// settings version (migrate.ts); a list setting that outgrows one sync item is kept in parts
// (list-parts.ts). Reading joins parts, migrates, validates and says what it found; it never throws.
import { SCHEMA, SETTING_KEYS, type SettingKey, type Settings } from './schema';
import { migrateSettings, readVersion, SETTINGS_VERSION, VERSION_KEY } from './migrate';
import { validateSettings, type SettingError } from './validate';
import { describeList } from './validators';
import { phrase, type Phrase } from './phrase';
import { joinParts, splitList } from './list-parts';
import { sameValue } from './same-value';

export interface ReadSettings {
  settings: Settings;
  /** Fields that were bad and now show their default (or the valid part of a list). */
  errors: SettingError[];
  /** What the reader changed or could not place: migrations, a newer version, unknown keys. */
  notices: Phrase[];
}

/** A few names, the rest counted: storage full of junk must not flood the page. */
const MAX_NAMES_LISTED = 5;

/** Settings that may outgrow one sync item, stored in parts. */
export const PARTED_KEYS: readonly SettingKey[] = ['disabledSites'];

export function readStoredSettings(raw: unknown): ReadSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...validateSettings(raw), notices: [] };
  let record: Record<string, unknown>;
  const notices: Phrase[] = [];
  try {
    record = { ...(raw as Record<string, unknown>) };
    for (const key of PARTED_KEYS) {
      const joined = joinParts(record, key);
      record = joined.record;
      for (const problem of joined.problems) notices.push(phrase('storedProblem', problem));
    }
  } catch {
    return { ...validateSettings('unreadable'), notices: [] };
  }
  const { version, problem } = readVersion(record);
  if (problem) notices.push(phrase('storedProblem', problem));
  if (version > SETTINGS_VERSION) notices.push(phrase('storedNewer', version));
  const migrated = migrateSettings(record, version);
  if (migrated.applied.length > 0) notices.push(phrase('storedOlder', version, migrated.applied));
  const unknown = Object.keys(migrated.raw).filter((key) => !(SETTING_KEYS as string[]).includes(key));
  if (unknown.length > 0) {
    const names = describeList(unknown, MAX_NAMES_LISTED);
    notices.push(unknown.length === 1 ? phrase('storedUnknownOne', names) : phrase('storedUnknownMany', names));
  }
  return { ...validateSettings(migrated.raw), notices };
}

/** The items to store for `settings`: each value that differs from its default (lists in parts), and the version. */
export function toStoredItems(settings: Settings): Record<string, unknown> {
  const items: Record<string, unknown> = { [VERSION_KEY]: SETTINGS_VERSION };
  for (const key of SETTING_KEYS) {
    if (isDefault(key, settings[key])) continue;
    const value = structuredClone(settings[key]);
    if (PARTED_KEYS.includes(key) && Array.isArray(value)) Object.assign(items, splitList(key, value));
    else items[key] = value;
  }
  return items;
}

export function isDefault(key: SettingKey, value: unknown): boolean {
  return sameValue(value, SCHEMA[key].default);
}
