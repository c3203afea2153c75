// The words of every page and card come from `_locales/<lang>/messages.json` (browser.i18n), so a
// translation is a file. Pure code is handed a `Translate`; platform/i18n.ts makes the real one.
// Every key is written out as a literal at its call, so tests/unit/i18n.test.ts can check each
// exists and none is unused; `countOf` names a base whose forms are `<base>_one`, `<base>_other`…

/** A message by key with its `$1`… substitutions; a missing key comes back as the key itself. */
export type Translate = (key: string, ...substitutions: (string | number)[]) => string;

/** The BCP 47 tag of the translation in use (the `language` message): plurals, numbers, `lang`. */
export function languageOf(t: Translate): string {
  const tag = t('language');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en'; // a translation with a malformed tag still shows its words
  }
}

/**
 * "1 mention", "3 mentions": the message `<base>_<plural category>` of the translation's language
 * (one, few, many, other…; Intl.PluralRules), else `<base>_other`, with the count as `$1`.
 */
export function countOf(t: Translate, base: string, count: number): string {
  const language = languageOf(t);
  const number = count.toLocaleString(language);
  const form = t(`${base}_${new Intl.PluralRules(language).select(count)}`, number);
  return form.startsWith(`${base}_`) ? t(`${base}_other`, number) : form;
}

/**
 * "2020-01-07" -> "7 Jan 2020" (short) or "7 January 2020" (long), in the translation's words
 * (monthsShort/monthsLong, dateDayMonthYear) rather than Intl's, which writes "Sept" in en-GB.
 * Undefined for anything but a real YYYY-MM-DD date.
 */
export function formatDay(t: Translate, iso: string | undefined, months: 'short' | 'long'): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const names = (months === 'short' ? t('monthsShort') : t('monthsLong')).split(' ');
  return t('dateDayMonthYear', day, names[month - 1] ?? String(month), match[1]!);
}
