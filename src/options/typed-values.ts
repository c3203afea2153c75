// Text the user types into the options page -> a setting's value or a phrase saying what is wrong,
// as a sentence of its own. Pure; the schema's validators have the last word, so the page and storage
// agree on what is valid.
import { phrase } from '../settings/phrase';
import { SCHEMA } from '../settings/schema';
import { describe, type Checked } from '../settings/validators';

export type NumberKey = 'showDelayMs' | 'hideDelayMs' | 'maxFacts';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function parseTypedNumber(key: NumberKey, text: string): Checked<number> {
  const { min, max } = SCHEMA[key].range;
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: phrase('typedNumberEmpty', min, max) };
  // Anything that is not a number goes to the validator as text, so the message quotes it.
  const typed = NUMBER.test(trimmed) ? Number(trimmed) : trimmed;
  const checked = SCHEMA[key].validate(typed);
  // The validator's own phrase is a clause ("must be …"); the field shows a sentence.
  return checked.ok ? checked : { ok: false, error: phrase('typedNumberInvalid', min, max, describe(typed)) };
}

const HEX = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;

/** `#rrggbb`, `rrggbb` or `#rgb` -> `#rrggbb` lower case. */
export function parseTypedColor(text: string): Checked<string> {
  const match = HEX.exec(text.trim());
  if (!match) return { ok: false, error: phrase('typedColour') };
  const digits = match[1]!.toLowerCase();
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return { ok: true, value: '#' + full };
}
