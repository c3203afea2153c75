// Validators for the settings table: each takes an unknown stored value and returns the value to
// use or a phrase saying what is wrong. They never throw and never mutate what they are given.
import { ENTITY_TYPES, isEntityType, type EntityType } from '../shared/entity-index';
import { phrase, type Phrase, type PhraseText } from './phrase';

/** A failure may carry `salvaged`: the usable part (a list without its bad entries) to keep. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: Phrase; salvaged?: T };
export type Validator<T> = (value: unknown) => Checked<T>;

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(error: Phrase, salvaged?: T): Checked<T> =>
  salvaged === undefined ? { ok: false, error } : { ok: false, error, salvaged };

/** A short, safe rendering of a bad value for a message: quoted text, a number, or words for its kind. */
export function describe(value: unknown): PhraseText {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (Array.isArray(value)) return phrase('valueAList');
  if (value === null) return 'null';
  if (typeof value === 'object') return phrase('valueAnObject');
  return String(value);
}

/** The first `max` of `items` described, the rest counted: a corrupted list of thousands must not flood the page. */
export function describeList(items: readonly unknown[], max: number): Phrase {
  const shown = items.slice(0, max).map(describe);
  const more = items.length - max;
  return more > 0 ? phrase('valueListAndMore', shown, more) : phrase('valueList', shown);
}

/** Bad list entries, a few of them described. */
const MAX_ENTRIES_DESCRIBED = 3;

export const isBoolean: Validator<boolean> = (value) =>
  typeof value === 'boolean' ? ok(value) : fail(phrase('invalidOnOff', describe(value)));

export function oneOf<const T extends readonly string[]>(choices: T): Validator<T[number]> {
  return (value) =>
    typeof value === 'string' && choices.includes(value)
      ? ok(value as T[number])
      : fail(phrase('invalidChoice', choices, describe(value)));
}

export function integerIn(min: number, max: number): Validator<number> {
  return (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? ok(value)
      : fail(phrase('invalidWholeNumber', min, max, describe(value)));
}

export const entityTypeList: Validator<EntityType[]> = (value) => {
  if (!Array.isArray(value)) return fail(phrase('invalidTypeList', describe(value)));
  // Duplicates are harmless; the result is canonical (table order).
  const kept = ENTITY_TYPES.filter((type) => value.includes(type));
  const bad = value.filter((item) => !isEntityType(item));
  if (bad.length > 0) return fail(phrase('invalidTypeEntries', ENTITY_TYPES, describeList(bad, MAX_ENTRIES_DESCRIBED)), kept);
  return ok(kept);
};

const HEX_COLOR = /^#[0-9a-f]{6}$/i;
export const HIGHLIGHT_KINDS = ['underline', 'background', 'none'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];
export interface HighlightStyle {
  kind: HighlightKind;
  /** `#rrggbb`, lower case. */
  color: string;
}

export const highlightStyle: Validator<HighlightStyle> = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(phrase('invalidStyle', describe(value)));
  }
  const { kind, color } = value as Record<string, unknown>;
  const checkedKind = oneOf(HIGHLIGHT_KINDS)(kind);
  if (!checkedKind.ok) return fail(phrase('invalidStyleKind', checkedKind.error));
  if (typeof color !== 'string' || !HEX_COLOR.test(color)) {
    return fail(phrase('invalidStyleColour', describe(color)));
  }
  return ok({ kind: checkedKind.value, color: color.toLowerCase() });
};

/**
 * One value per entity type; a missing or bad entry fails the whole field, so the caller's
 * default applies to every type (partial styles would mix two users' choices).
 */
export function perEntityType<T>(validate: Validator<T>): Validator<Record<EntityType, T>> {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail(phrase('invalidPerType', ENTITY_TYPES, describe(value)));
    }
    const result: Partial<Record<EntityType, T>> = {};
    for (const type of ENTITY_TYPES) {
      const checked = validate((value as Record<string, unknown>)[type]);
      if (!checked.ok) return fail(phrase('invalidForType', type, checked.error));
      result[type] = checked.value;
    }
    return ok(result as Record<EntityType, T>);
  };
}

// A hostname (letters, digits, hyphens; labels of 1-63) with an optional leading `*.`.
const HOST_PATTERN = /^(\*\.)?(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/;

export const hostnamePatternList: Validator<string[]> = (value) => {
  if (!Array.isArray(value)) return fail(phrase('invalidSiteList', describe(value)));
  const normalized = value.map((item) => (typeof item === 'string' ? item.trim().toLowerCase() : item));
  const isHost = (item: unknown): item is string =>
    typeof item === 'string' && item.length <= 253 && HOST_PATTERN.test(item);
  const kept = [...new Set(normalized.filter(isHost))];
  const bad = normalized.filter((item) => !isHost(item));
  if (bad.length > 0) {
    const entries = describeList(bad, MAX_ENTRIES_DESCRIBED);
    return fail(bad.length > 1 ? phrase('invalidSiteEntries', entries) : phrase('invalidSiteEntry', entries), kept);
  }
  return ok(kept);
};
