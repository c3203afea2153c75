// Settings as a file the user keeps: export writes every value with the format and version; import
// reads one back. A file that is too big, not JSON, not ours, from a newer version, or has any bad
// or unknown field is refused whole, with every reason: importing half a file would surprise.
import { SETTINGS_VERSION, migrateSettings } from './migrate';
import { SETTING_KEYS, type Settings } from './schema';
import { validateSettings } from './validate';
import { describe } from './validators';
import type { Phrase } from './phrase';

export const SETTINGS_FILE_FORMAT = 'backstory-settings';
/** Far above any real file (storage.sync holds 100 KB in all); a bigger file is not ours. */
export const MAX_SETTINGS_FILE_BYTES = 100 * 1024;
/** Reasons listed for one refused file; the rest are counted. */
const MAX_REASONS = 8;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  settings: Settings;
}

export type ParsedSettingsFile =
  | { ok: true; settings: Settings; /** Migrations applied to an older file. */ notes: Phrase[] }
  | { ok: false; reasons: string[] };

export function exportSettingsFile(settings: Settings): string {
  const file: SettingsFile = { format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, settings };
  return JSON.stringify(file, null, 2) + '\n';
}

const refuse = (...reasons: string[]): ParsedSettingsFile => ({ ok: false, reasons });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an exported file; never throws. Settings missing from the file take their defaults. */
export function parseSettingsFile(text: string): ParsedSettingsFile {
  // Characters never outnumber UTF-8 bytes: a long text is refused before it is encoded.
  if (text.length > MAX_SETTINGS_FILE_BYTES || new TextEncoder().encode(text).length > MAX_SETTINGS_FILE_BYTES) {
    return refuse(`The file is larger than ${MAX_SETTINGS_FILE_BYTES / 1024} KB, far more than settings take; it is not a Backstory settings file.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('The file is not valid JSON; it is not a Backstory settings file.');
  }
  if (!isRecord(data) || data.format !== SETTINGS_FILE_FORMAT) {
    return refuse(`The file is not a Backstory settings file (it should say "format": "${SETTINGS_FILE_FORMAT}").`);
  }
  const { version, settings } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(`The file's version is ${describe(version)}, not a whole number from 1 to ${SETTINGS_VERSION}.`);
  }
  if (version > SETTINGS_VERSION) {
    return refuse(`The file comes from a newer version of Backstory (settings version ${version}); this one reads up to ${SETTINGS_VERSION}. Update Backstory to import it.`);
  }
  if (!isRecord(settings)) return refuse(`The file's "settings" must be a set of named values, not ${describe(settings)}.`);

  const migrated = migrateSettings(settings, version);
  const reasons = Object.keys(migrated.raw)
    .filter((key) => !(SETTING_KEYS as string[]).includes(key))
    .map((key) => `${describe(key)} is not a Backstory setting.`);
  const validated = validateSettings(migrated.raw);
  reasons.push(...validated.errors.map((error) => error.message.replace(/; (keeping the rest|using the default|keeping the first \d+)\.$/, '.')));
  if (reasons.length > MAX_REASONS) {
    const more = reasons.length - MAX_REASONS;
    return refuse(...reasons.slice(0, MAX_REASONS), `…and ${more} more problem${more === 1 ? '' : 's'}.`);
  }
  if (reasons.length > 0) return refuse(...reasons);
  return { ok: true, settings: validated.settings, notes: migrated.applied };
}
