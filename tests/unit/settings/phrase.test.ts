// Phrases are words still to be chosen: a translation changes them without a change to the code.
import { describe, expect, it } from 'vitest';
import { formatPhrase, phrase } from '../../../src/settings/phrase';
import type { Translate } from '../../../src/shared/i18n';
import { english, inEnglish } from '../english';

/** A translation of a few messages (German words, German digits); the rest falls back to the key. */
const GERMAN: Record<string, string> = {
  language: 'de',
  settingMaxFacts: 'Fakten pro Karte',
  invalidWholeNumber: 'muss eine ganze Zahl von $1 bis $2 sein, nicht $3',
  fieldUsingDefault: '$1: $2; der Standardwert gilt.',
  invalidTooManySites: 'zu lang ($1 Websites in $2 KB; höchstens $3 Websites in $4 KB)',
  valueAList: 'eine Liste',
  valueList: ' / ',
  invalidChoice: 'muss eines von $1 sein, nicht $2',
};
const german: Translate = (key, ...substitutions) => (GERMAN[key] ?? key).replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1]));

describe('phrases', () => {
  it('put a label inside a problem, each in the words of the translation', () => {
    const problem = phrase('fieldUsingDefault', phrase('settingMaxFacts'), phrase('invalidWholeNumber', 1, 20, '50'));
    expect(inEnglish(problem)).toBe('Facts shown per card: must be a whole number from 1 to 20, not 50; using the default.');
    expect(formatPhrase(german, problem)).toBe('Fakten pro Karte: muss eine ganze Zahl von 1 bis 20 sein, nicht 50; der Standardwert gilt.');
  });

  it('write counts in the translation’s digits and join lists with its separator', () => {
    expect(formatPhrase(german, phrase('invalidTooManySites', 2001, 81, 2000, 80))).toBe('zu lang (2001 Websites in 81 KB; höchstens 2.000 Websites in 80 KB)');
    expect(formatPhrase(german, phrase('invalidChoice', ['auto', 'light'], phrase('valueAList')))).toBe('muss eines von auto / light sein, nicht eine Liste');
    expect(formatPhrase(english, phrase('valueListAndMore', ['"a"', phrase('valueAnObject')], 4))).toBe('"a", an object and 4 more');
  });

  it('are plain data: they survive structured cloning and JSON', () => {
    const problem = phrase('storedOlder', 1, [phrase('migratedOrganization')]);
    expect(JSON.parse(JSON.stringify(problem))).toEqual(problem);
    expect(inEnglish(structuredClone(problem))).toBe(
      'Stored settings come from an older version (settings version 1) and were read in today\'s form: the entity type "organisation" is now spelled "organization".',
    );
  });
});
