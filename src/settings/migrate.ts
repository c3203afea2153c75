// Ordered, pure migrations of stored settings (STYLE.md "Settings"). Storage holds a version next to
// the non-default values; data older than SETTINGS_VERSION runs through each later migration in
// turn before validation. A migration takes the raw stored record and returns a new one: it never
// validates (validate.ts does), never throws, and never mutates its input.
import { phrase, type Phrase } from './phrase';
import { sameValue } from './same-value';

/** The storage item that holds the version of the stored settings; not a setting itself. */
export const VERSION_KEY = 'settingsVersion';
/** The version this build writes. Settings stored before versions existed count as version 1. */
export const SETTINGS_VERSION = 2;
const UNVERSIONED = 1;

export type RawSettings = Readonly<Record<string, unknown>>;

export interface Migration {
  /** The version this migration produces; the list runs in this order, one step at a time. */
  to: number;
  /** Said to the user when stored settings were changed by it. */
  summary: Phrase;
  migrate(raw: RawSettings): Record<string, unknown>;
}

const BRITISH_ORGANISATION = 'organisation';

/** Lists and per-type records spelled with the British "organisation" use the index's spelling. */
function respellOrganisation(raw: RawSettings): Record<string, unknown> {
  const next: Record<string, unknown> = { ...raw };
  if (Array.isArray(raw.types)) {
    next.types = raw.types.map((type: unknown) => (type === BRITISH_ORGANISATION ? 'organization' : type));
  }
  const style = raw.highlightStyle;
  if (typeof style === 'object' && style !== null && !Array.isArray(style) && Object.hasOwn(style, BRITISH_ORGANISATION)) {
    const { [BRITISH_ORGANISATION]: organisation, ...rest } = style as Record<string, unknown>;
    next.highlightStyle = { organization: organisation, ...rest };
  }
  return next;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    // Drafts of the settings (and the issue that asked for them) spelled the type "organisation";
    // the entity index and the schema say "organization".
    to: 2,
    summary: phrase('migratedOrganization'),
    migrate: respellOrganisation,
  },
];

export interface StoredVersion {
  version: number;
  /** Why the stored version could not be used as it was; the data is then read as the current version. */
  problem?: Phrase;
}

/** The version of a stored record: absent means version 1; anything but a positive whole number is a problem. */
export function readVersion(raw: RawSettings): StoredVersion {
  if (!Object.hasOwn(raw, VERSION_KEY)) return { version: Object.keys(raw).length > 0 ? UNVERSIONED : SETTINGS_VERSION };
  const value = raw[VERSION_KEY];
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return { version: value };
  return { version: SETTINGS_VERSION, problem: phrase('storedBadVersion', JSON.stringify(value) ?? String(value), SETTINGS_VERSION) };
}

export interface Migrated {
  raw: Record<string, unknown>;
  /** The summary of each migration that changed something, for the options page. */
  applied: Phrase[];
}

/** Runs every migration after `from`, in order; data from a newer version is returned as it is. */
export function migrateSettings(raw: RawSettings, from: number): Migrated {
  let current: Record<string, unknown> = { ...raw };
  const applied: Phrase[] = [];
  for (const migration of MIGRATIONS) {
    if (migration.to <= from) continue;
    const next = migration.migrate(current);
    // Only a migration that changed something is worth telling the user about.
    if (!sameValue(next, current)) applied.push(migration.summary);
    current = next;
  }
  delete current[VERSION_KEY];
  return { raw: current, applied };
}
