// The only list of settings (STYLE.md "Settings"): key -> { default, validate, label }. The
// `Settings` type is derived from this table; the options page renders from it; validate.ts applies it.
// Labels are phrases (phrase.ts): their words are messages in _locales, like every word of the UI.
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
import { phrase, type Phrase } from './phrase';

export { HIGHLIGHT_KINDS, type HighlightKind, type HighlightStyle } from './validators';

export interface SettingSpec<T> {
  default: T;
  validate: Validator<T>;
  /** What the options page shows beside the field, and problems with the value name. */
  label: Phrase;
}

// NoInfer: the validator alone fixes T, so a literal default cannot widen or narrow it.
function setting<T>(validate: Validator<T>, value: NoInfer<T>, label: Phrase): SettingSpec<T> {
  return { default: value, validate, label };
}

// The options page renders bounds and choices from these, so they live beside the validator.
function integerSetting(min: number, max: number, value: number, label: Phrase) {
  return { ...setting(integerIn(min, max), value, label), range: { min, max } };
}

function choiceSetting<const C extends readonly string[]>(choices: C, value: NoInfer<C[number]>, label: Phrase) {
  return { ...setting(oneOf(choices), value, label), choices };
}

export const SCOPES = ['main', 'page'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;

export const SCHEMA = {
  enabled: setting(isBoolean, true, phrase('settingEnabled')),
  types: setting(entityTypeList, [...ENTITY_TYPES], phrase('settingTypes')),
  highlightStyle: setting(
    perEntityType(highlightStyle),
    {
      // Distinct hues that keep a 3:1 contrast against white text backgrounds as underlines.
      person: { kind: 'underline', color: '#2563eb' },
      place: { kind: 'underline', color: '#15803d' },
      organization: { kind: 'underline', color: '#b45309' },
    },
    phrase('settingHighlightStyle'),
  ),
  firstMentionOnly: setting(isBoolean, false, phrase('settingFirstMentionOnly')),
  scope: choiceSetting(SCOPES, 'main', phrase('settingScope')),
  showDelayMs: integerSetting(0, 3000, 500, phrase('settingShowDelayMs')),
  hideDelayMs: integerSetting(0, 3000, 300, phrase('settingHideDelayMs')),
  maxFacts: integerSetting(1, 20, 3, phrase('settingMaxFacts')),
  theme: choiceSetting(THEMES, 'auto', phrase('settingTheme')),
  badge: setting(isBoolean, true, phrase('settingBadge')),
  disabledSites: setting(hostnamePatternList, [], phrase('settingDisabledSites')),
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
