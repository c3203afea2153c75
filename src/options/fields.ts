// How the options page lays out the schema: which section each setting sits in, the words beside
// each field and the names of choices. Labels come from settings/schema.ts; a unit test checks
// that every setting appears here exactly once.
import type { EntityType } from '../shared/entity-index';
import type { HighlightKind, SettingKey, Settings } from '../settings/schema';

export interface Section {
  id: string;
  title: string;
  keys: SettingKey[];
}

export const SECTIONS: Section[] = [
  { id: 'general', title: 'General', keys: ['enabled', 'badge'] },
  { id: 'highlights', title: 'What to highlight', keys: ['types', 'scope', 'firstMentionOnly'] },
  { id: 'style', title: 'How highlights look', keys: ['highlightStyle'] },
  { id: 'cards', title: 'Cards', keys: ['showDelayMs', 'hideDelayMs', 'maxFacts', 'theme'] },
  { id: 'sites', title: 'Sites', keys: ['disabledSites'] },
];

/** One sentence under a field's label, where the label alone does not say enough. */
export const HINTS: Partial<Record<SettingKey, string>> = {
  enabled: 'Turn off to stop Backstory on every site; nothing is read or marked while it is off.',
  badge: 'The count of people, places and organisations found on the page you are viewing.',
  firstMentionOnly: 'Later mentions are left plain, which keeps long articles calm.',
  showDelayMs: 'How long the pointer rests on a name before its card opens.',
  hideDelayMs: 'How long a card stays after the pointer leaves it.',
  maxFacts: 'More are one click away, behind “Show all”.',
  disabledSites: 'One per line. example.com also covers www.example.com; *.example.com covers every subdomain.',
};

type ChoiceKey = 'scope' | 'theme';
export const CHOICE_LABELS: { [K in ChoiceKey]: Record<Settings[K], string> } = {
  scope: { main: 'The main article', page: 'The whole page' },
  theme: { auto: 'Follow the system', light: 'Light', dark: 'Dark' },
};

export const TYPE_NAMES: Record<EntityType, string> = { person: 'People', place: 'Places', organization: 'Organisations' };
/** A sample name per type for the style preview. */
export const SAMPLE_NAMES: Record<EntityType, string> = { person: 'Ada Lovelace', place: 'Lisbon', organization: 'the Red Cross' };
export const KIND_NAMES: Record<HighlightKind, string> = { underline: 'Underline', background: 'Background', none: 'Not drawn' };
