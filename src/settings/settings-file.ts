// Settings as a file the user keeps: export writes every value with the format and version; import
// reads one back. A file that is too big, not JSON, not ours, from a newer version, or has any bad
// or unknown field is refused whole, with every reason: importing half a file would surprise.
import { SETTINGS_VERSION, migrateSettings } from './migrate';
import { SETTING_KEYS, type Settings } from './schema';
import { validateSettings } from './validate';
import { describe } from './validators';
import { phrase, type Phrase } from './phrase';

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
  | { ok: false; reasons: Phrase[] };

export function exportSettingsFile(settings: Settings): string {
  const file: SettingsFile = { format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, settings };
  return JSON.stringify(file, null, 2) + '\n';
}

const refuse = (...reasons: Phrase[]): ParsedSettingsFile => ({ ok: false, reasons });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an exported file; never throws. Settings missing from the file take their defaults. */
export function parseSettingsFile(text: string): ParsedSettingsFile {
  // Characters never outnumber UTF-8 bytes: a long text is refused before it is encoded.
  if (text.length > MAX_SETTINGS_FILE_BYTES || new TextEncoder().encode(text).length > MAX_SETTINGS_FILE_BYTES) {
    return refuse(phrase('fileTooLarge', MAX_SETTINGS_FILE_BYTES / 1024));
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse(phrase('fileNotJson'));
  }
  if (!isRecord(data) || data.format !== SETTINGS_FILE_FORMAT) {
    return refuse(phrase('fileNotOurs', SETTINGS_FILE_FORMAT));
  }
  const { version, settings } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(phrase('fileBadVersion', describe(version), SETTINGS_VERSION));
  }
  if (version > SETTINGS_VERSION) {
    return refuse(phrase('fileNewer', version, SETTINGS_VERSION));
  }
  if (!isRecord(settings)) return refuse(phrase('fileNotRecord', describe(settings)));

  const migrated = migrateSettings(settings, version);
  const reasons = Object.keys(migrated.raw)
    .filter((key) => !(SETTING_KEYS as string[]).includes(key))
    .map((key) => phrase('fileUnknownSetting', describe(key)));
  const validated = validateSettings(migrated.raw);
  reasons.push(...validated.errors.map((error) => error.reason));
  if (reasons.length > MAX_REASONS) {
    return refuse(...reasons.slice(0, MAX_REASONS), phrase('fileMoreProblems', reasons.length - MAX_REASONS));
  }
  if (reasons.length > 0) return refuse(...reasons);
  return { ok: true, settings: validated.settings, notes: migrated.applied };
}
