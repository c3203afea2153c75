// How each message of the settings module is worded: labels, what is wrong with a value, and what a
// read of storage or a settings file found. The words are in _locales/<lang>/messages.json; pure code
// returns a Phrase (phrase.ts) naming an entry here, and the page that shows it passes its `t`. Each
// entry calls `t` with its own key as a literal (a count: countOf with it as the base), so
// tests/unit/i18n.test.ts checks that the message exists and takes the substitutions it is given.
import { countOf, languageOf, type Translate } from '../shared/i18n';

/** Values quoted from storage or a file ("bad host", 7), or choices (auto, light, dark). */
const list = (t: Translate, items: string[]) => items.join(t('valueList'));
/** A number in the translation's digits (2,000; 4.5). Bytes and quoted values stay as they are. */
const digits = (t: Translate, value: number) => value.toLocaleString(languageOf(t));

export const PHRASES = {
  // The label of each setting (schema.ts), beside its field and inside problems.
  settingEnabled: (t: Translate) => t('settingEnabled'),
  settingTypes: (t: Translate) => t('settingTypes'),
  settingHighlightStyle: (t: Translate) => t('settingHighlightStyle'),
  settingFirstMentionOnly: (t: Translate) => t('settingFirstMentionOnly'),
  settingScope: (t: Translate) => t('settingScope'),
  settingShowDelayMs: (t: Translate) => t('settingShowDelayMs'),
  settingHideDelayMs: (t: Translate) => t('settingHideDelayMs'),
  settingMaxFacts: (t: Translate) => t('settingMaxFacts'),
  settingTheme: (t: Translate) => t('settingTheme'),
  settingBadge: (t: Translate) => t('settingBadge'),
  settingDisabledSites: (t: Translate) => t('settingDisabledSites'),

  // A bad value, described (validators.ts describe).
  valueAList: (t: Translate) => t('valueAList'),
  valueAnObject: (t: Translate) => t('valueAnObject'),
  valueUnreadable: (t: Translate) => t('valueUnreadable'),
  valueList: (t: Translate, items: string[]) => list(t, items),
  valueListAndMore: (t: Translate, items: string[], more: number) => t('valueListAndMore', list(t, items), more),

  // What is wrong with a value (validators.ts, validate.ts).
  invalidOnOff: (t: Translate, value: string) => t('invalidOnOff', value),
  invalidChoice: (t: Translate, choices: string[], value: string) => t('invalidChoice', list(t, choices), value),
  invalidWholeNumber: (t: Translate, min: number, max: number, value: string) => t('invalidWholeNumber', min, max, value),
  invalidTypeList: (t: Translate, value: string) => t('invalidTypeList', value),
  invalidTypeEntries: (t: Translate, types: string[], entries: string) => t('invalidTypeEntries', list(t, types), entries),
  invalidStyle: (t: Translate, value: string) => t('invalidStyle', value),
  invalidStyleKind: (t: Translate, problem: string) => t('invalidStyleKind', problem),
  invalidStyleColour: (t: Translate, value: string) => t('invalidStyleColour', value),
  invalidPerType: (t: Translate, types: string[], value: string) => t('invalidPerType', list(t, types), value),
  invalidForType: (t: Translate, type: string, problem: string) => t('invalidForType', type, problem),
  invalidSiteList: (t: Translate, value: string) => t('invalidSiteList', value),
  invalidSiteEntry: (t: Translate, entries: string) => t('invalidSiteEntry', entries),
  invalidSiteEntries: (t: Translate, entries: string) => t('invalidSiteEntries', entries),
  invalidTooLong: (t: Translate, bytes: number, max: number) => t('invalidTooLong', bytes, max),
  invalidTooManySites: (t: Translate, sites: number, kb: number, maxSites: number, maxKb: number) =>
    t('invalidTooManySites', sites, kb, digits(t, maxSites), maxKb),

  // A setting that fell back (validate.ts), or the problem alone (a refused file).
  fieldUsingDefault: (t: Translate, label: string, problem: string) => t('fieldUsingDefault', label, problem),
  fieldKeepingRest: (t: Translate, label: string, problem: string) => t('fieldKeepingRest', label, problem),
  fieldKeepingFirst: (t: Translate, label: string, problem: string, count: number) => t('fieldKeepingFirst', label, problem, count),
  fieldProblem: (t: Translate, label: string, problem: string) => t('fieldProblem', label, problem),
  settingsNotRecord: (t: Translate, value: string) => t('settingsNotRecord', value),

  // What a read of storage found (stored.ts, migrate.ts, list-parts.ts).
  storedProblem: (t: Translate, problem: string) => t('storedProblem', problem),
  storedBadVersion: (t: Translate, value: string, version: number) => t('storedBadVersion', value, version),
  storedBadPartCount: (t: Translate, key: string, value: string) => t('storedBadPartCount', key, value),
  storedMissingPart: (t: Translate, part: number, count: number, key: string) => t('storedMissingPart', part, count, key),
  storedNewer: (t: Translate, version: number) => t('storedNewer', version),
  storedOlder: (t: Translate, version: number, changes: string[]) => t('storedOlder', version, changes.join(t('optionsListSeparator'))),
  storedUnknownOne: (t: Translate, names: string) => t('storedUnknownOne', names),
  storedUnknownMany: (t: Translate, names: string) => t('storedUnknownMany', names),
  migratedOrganization: (t: Translate) => t('migratedOrganization'),

  // Why a settings file is refused (settings-file.ts).
  fileTooLarge: (t: Translate, kb: number) => t('fileTooLarge', kb),
  fileNotJson: (t: Translate) => t('fileNotJson'),
  fileNotOurs: (t: Translate, format: string) => t('fileNotOurs', format),
  fileBadVersion: (t: Translate, value: string, max: number) => t('fileBadVersion', value, max),
  fileNewer: (t: Translate, version: number, max: number) => t('fileNewer', version, max),
  fileNotRecord: (t: Translate, value: string) => t('fileNotRecord', value),
  fileUnknownSetting: (t: Translate, name: string) => t('fileUnknownSetting', name),
  fileMoreProblems: (t: Translate, count: number) => countOf(t, 'fileMoreProblems', count),

  // A line of the disabled-sites box that is not a site name (site-lines.ts).
  siteLine: (t: Translate, line: number, problem: string) => t('siteLine', line, problem),
  siteLineScheme: (t: Translate, site: string, scheme: string) => t('siteLineScheme', site, scheme),
  siteLinePath: (t: Translate, site: string) => t('siteLinePath', site),
  siteLineSpaces: (t: Translate) => t('siteLineSpaces'),
  siteLineWildcard: (t: Translate) => t('siteLineWildcard'),
  siteLineNotSite: (t: Translate, value: string) => t('siteLineNotSite', value),

  // A highlight colour that is hard to see (contrast.ts).
  contrastUnderline: (t: Translate, pages: string, required: number) => t('contrastUnderline', pages, digits(t, required)),
  contrastText: (t: Translate, pages: string, required: number) => t('contrastText', pages, digits(t, required)),
  contrastLightPages: (t: Translate, ratio: number) => t('contrastLightPages', digits(t, ratio)),
  contrastDarkPages: (t: Translate, ratio: number) => t('contrastDarkPages', digits(t, ratio)),
  contrastBothPages: (t: Translate, light: number, dark: number) => t('contrastBothPages', digits(t, light), digits(t, dark)),

  // A value typed into the options page (options/typed-values.ts).
  typedNumberEmpty: (t: Translate, min: number, max: number) => t('typedNumberEmpty', min, max),
  typedNumberInvalid: (t: Translate, min: number, max: number, value: string) => t('typedNumberInvalid', min, max, value),
  typedColour: (t: Translate) => t('typedColour'),

  // A save that did not happen (platform/settings-store.ts, options/saver.ts).
  saveInvalid: (t: Translate, problems: string[]) => t('saveInvalid', problems.join(' ')),
  saveQuota: (t: Translate, error: string) => t('saveQuota', error),
  saveFailed: (t: Translate, error: string) => t('saveFailed', error),
  saveThrown: (t: Translate, error: string) => t('saveThrown', error),
} satisfies Record<string, (t: Translate, ...args: never[]) => string>;
