// Convention: the options page shows every setting of the schema exactly once, with words for each
// choice; the page's typed-value parsing agrees with the schema's validators.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHOICE_LABELS, SECTIONS } from '../../../src/options/fields';
import { parseTypedColor, parseTypedNumber } from '../../../src/options/typed-values';
import { SCHEMA, SETTING_KEYS } from '../../../src/settings/schema';
import type { Checked } from '../../../src/settings/validators';
import { inEnglish } from '../english';

/** A typed value's outcome with its problem in English words. */
const inWords = <T>(checked: Checked<T>) => (checked.ok ? checked : { ok: false, error: inEnglish(checked.error) });

describe('options page layout', () => {
  it('places every setting in exactly one section', () => {
    const placed = SECTIONS.flatMap((section) => section.keys);
    expect([...placed].sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('renders a field for every setting (renderField has a case per key)', () => {
    const source = readFileSync(path.resolve(__dirname, '../../../src/options/OptionsApp.tsx'), 'utf8');
    for (const key of SETTING_KEYS) expect(source, key).toContain(`case '${key}':`);
  });

  it('names every choice of the schema', () => {
    for (const key of ['scope', 'theme'] as const) expect(Object.keys(CHOICE_LABELS[key]).sort()).toEqual([...SCHEMA[key].choices].sort());
  });
});

describe('typed values', () => {
  it('accepts whole numbers in range, with spaces around', () => {
    expect(parseTypedNumber('showDelayMs', ' 1200 ')).toEqual({ ok: true, value: 1200 });
    expect(parseTypedNumber('maxFacts', '20')).toEqual({ ok: true, value: 20 });
    expect(parseTypedNumber('hideDelayMs', '0')).toEqual({ ok: true, value: 0 });
  });

  it('says why anything else is refused, in a sentence', () => {
    expect(inWords(parseTypedNumber('showDelayMs', ''))).toEqual({ ok: false, error: 'Enter a whole number from 0 to 3000.' });
    expect(inWords(parseTypedNumber('showDelayMs', '5000'))).toEqual({ ok: false, error: 'Must be a whole number from 0 to 3000, not 5000.' });
    expect(inWords(parseTypedNumber('maxFacts', '2.5'))).toEqual({ ok: false, error: 'Must be a whole number from 1 to 20, not 2.5.' });
    expect(inWords(parseTypedNumber('maxFacts', '0'))).toEqual({ ok: false, error: 'Must be a whole number from 1 to 20, not 0.' });
    expect(inWords(parseTypedNumber('maxFacts', 'ten'))).toEqual({ ok: false, error: 'Must be a whole number from 1 to 20, not "ten".' });
    expect(parseTypedNumber('maxFacts', '1e1').ok).toBe(true); // 10, as the validator sees it
  });

  it('reads colours as #rrggbb, #rgb or without the #', () => {
    expect(parseTypedColor('#2563EB')).toEqual({ ok: true, value: '#2563eb' });
    expect(parseTypedColor('2563eb')).toEqual({ ok: true, value: '#2563eb' });
    expect(parseTypedColor('#f80')).toEqual({ ok: true, value: '#ff8800' });
    for (const bad of ['', 'red', '#12345', '#1234567', 'rgb(0,0,0)']) {
      expect(inWords(parseTypedColor(bad)), bad).toEqual({ ok: false, error: 'Write the colour as #rrggbb, for example #2563eb.' });
    }
  });
});
