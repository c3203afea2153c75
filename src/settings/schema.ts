// The only list of settings (STYLE.md "Settings"): key -> { default, validate, label }. The
// `Settings` type is derived from this table; the options page renders from it; validate.ts applies it.
import { ENTITY_TYPES, type EntityType } from '../shared/entity-index';
import {
  isBoolean,
  oneOf,
  integerIn,
  entityTypeList,
  perEntityType,
  highlightStyle,
  hostnamePatternList,
  type Validator,
} from './validators';

export { HIGHLIGHT_KINDS, type HighlightKind, type HighlightStyle } from './validators';

export interface SettingSpec<T> {
  default: T;
  validate: Validator<T>;
  /** What the options page shows beside the field. */
  label: string;
}

// NoInfer: the validator alone fixes T, so a literal default cannot widen or narrow it.
function setting<T>(validate: Validator<T>, value: NoInfer<T>, label: string): SettingSpec<T> {
  return { default: value, validate, label };
}

// The options page renders bounds and choices from these, so they live beside the validator.
function integerSetting(min: number, max: number, value: number, label: string) {
  return { ...setting(integerIn(min, max), value, label), range: { min, max } };
}

function choiceSetting<const C extends readonly string[]>(choices: C, value: NoInfer<C[number]>, label: string) {
  return { ...setting(oneOf(choices), value, label), choices };
}

export const SCOPES = ['main', 'page'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;

export const SCHEMA = {
  enabled: setting(isBoolean, true, 'Highlight mentions on pages'),
  types: setting(entityTypeList, [...ENTITY_TYPES], 'Which kinds of entity to highlight'),
  highlightStyle: setting(
    perEntityType(highlightStyle),
    {
      // Distinct hues that keep a 3:1 contrast against white text backgrounds as underlines.
      person: { kind: 'underline', color: '#2563eb' },
      place: { kind: 'underline', color: '#15803d' },
      organization: { kind: 'underline', color: '#b45309' },
    },
    'How each kind of mention is drawn',
  ),
  firstMentionOnly: setting(isBoolean, false, 'Highlight only the first mention of each entity'),
  scope: choiceSetting(SCOPES, 'main', 'Where to look: the main article, or the whole page'),
  showDelayMs: integerSetting(0, 3000, 500, 'Delay before the card opens (ms)'),
  hideDelayMs: integerSetting(0, 3000, 300, 'Delay before the card closes (ms)'),
  maxFacts: integerSetting(1, 20, 3, 'Facts shown per card'),
  theme: choiceSetting(THEMES, 'auto', 'Card colours'),
  badge: setting(isBoolean, true, 'Show the number of entities found on the toolbar icon'),
  disabledSites: setting(hostnamePatternList, [], 'Sites where Backstory does nothing (example.com, *.example.com)'),
};

export type Schema = typeof SCHEMA;
export type SettingKey = keyof Schema;
export type Settings = { [K in SettingKey]: Schema[K] extends SettingSpec<infer T> ? T : never };
export type Scope = Settings['scope'];
export type Theme = Settings['theme'];
export type { EntityType };

export const SETTING_KEYS = Object.keys(SCHEMA) as SettingKey[];

/** A fresh copy of every default; callers may mutate it. */
export function defaultSettings(): Settings {
  const entries = SETTING_KEYS.map((key) => [key, structuredClone(SCHEMA[key].default)]);
  return Object.fromEntries(entries) as Settings;
}
