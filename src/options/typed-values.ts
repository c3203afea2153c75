// Text the user types into the options page -> a setting's value or a sentence saying what is wrong.
// Pure; the schema's validators have the last word, so the page and storage agree on what is valid.
import { SCHEMA } from '../settings/schema';
import type { Checked } from '../settings/validators';

export type NumberKey = 'showDelayMs' | 'hideDelayMs' | 'maxFacts';

/** "must be …, not 5000" -> "Must be …, not 5000." */
export function sentence(text: string): string {
  const first = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?…]$/.test(first) ? first : first + '.';
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function parseTypedNumber(key: NumberKey, text: string): Checked<number> {
  const { min, max } = SCHEMA[key].range;
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: `Enter a whole number from ${min} to ${max}.` };
  // Anything that is not a number goes to the validator as text, so the message quotes it.
  const checked = SCHEMA[key].validate(NUMBER.test(trimmed) ? Number(trimmed) : trimmed);
  return checked.ok ? checked : { ok: false, error: sentence(checked.error) };
}

const HEX = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;

/** `#rrggbb`, `rrggbb` or `#rgb` -> `#rrggbb` lower case. */
export function parseTypedColor(text: string): Checked<string> {
  const match = HEX.exec(text.trim());
  if (!match) return { ok: false, error: 'Write the colour as #rrggbb, for example #2563eb.' };
  const digits = match[1]!.toLowerCase();
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return { ok: true, value: '#' + full };
}
