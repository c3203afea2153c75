// How the options page lays out the schema: which section each setting sits in, the hints beside
// fields and the names of choices, as messages (_locales; the page passes platform/i18n.ts's `t`).
// Labels come from the schema (settings/schema.ts). A unit test checks that every setting appears
// here exactly once.
import type { EntityType } from '../shared/entity-index';
import type { Translate } from '../shared/i18n';
import type { HighlightKind, SettingKey, Settings } from '../settings/schema';

/** Words in the page's language; a table of these keeps each message key a literal. */
export type Words = (t: Translate) => string;

export interface Section {
  id: string;
  title: Words;
  keys: SettingKey[];
}

export const SECTIONS: Section[] = [
  { id: 'general', title: (t) => t('optionsSectionGeneral'), keys: ['enabled', 'badge'] },
  { id: 'highlights', title: (t) => t('optionsSectionHighlights'), keys: ['types', 'scope', 'firstMentionOnly'] },
  { id: 'style', title: (t) => t('optionsSectionStyle'), keys: ['highlightStyle'] },
  { id: 'cards', title: (t) => t('optionsSectionCards'), keys: ['showDelayMs', 'hideDelayMs', 'maxFacts', 'theme'] },
  { id: 'sites', title: (t) => t('optionsSectionSites'), keys: ['disabledSites'] },
];

/** One sentence under a field's label, where the label alone does not say enough. */
export const HINTS: Partial<Record<SettingKey, Words>> = {
  enabled: (t) => t('optionsHintEnabled'),
  badge: (t) => t('optionsHintBadge'),
  firstMentionOnly: (t) => t('optionsHintFirstMentionOnly'),
  showDelayMs: (t) => t('optionsHintShowDelayMs'),
  hideDelayMs: (t) => t('optionsHintHideDelayMs'),
  maxFacts: (t) => t('optionsHintMaxFacts'),
  disabledSites: (t) => t('optionsHintDisabledSites'),
};

type ChoiceKey = 'scope' | 'theme';
export const CHOICE_LABELS: { [K in ChoiceKey]: Record<Settings[K], Words> } = {
  scope: { main: (t) => t('optionsScopeMain'), page: (t) => t('optionsScopePage') },
  theme: { auto: (t) => t('optionsThemeAuto'), light: (t) => t('optionsThemeLight'), dark: (t) => t('optionsThemeDark') },
};

/** A sample name per type for the style preview. */
export const SAMPLE_NAMES: Record<EntityType, Words> = {
  person: (t) => t('optionsSamplePerson'),
  place: (t) => t('optionsSamplePlace'),
  organization: (t) => t('optionsSampleOrganization'),
};
export const KIND_NAMES: Record<HighlightKind, Words> = {
  underline: (t) => t('optionsKindUnderline'),
  background: (t) => t('optionsKindBackground'),
  none: (t) => t('optionsKindNone'),
};
