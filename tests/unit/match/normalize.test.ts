import { describe, expect, it } from 'vitest';
import { foldChar, normalizeForm } from '../../../src/match/normalize';

const code = (ch: string): number => ch.charCodeAt(0);

describe('foldChar', () => {
  it('folds apostrophes to a straight one', () => {
    for (const ch of ['’', '‘', 'ʼ', '′']) expect(foldChar(code(ch))).toBe(code("'"));
  });

  it('folds hyphen and dash variants to a hyphen-minus', () => {
    for (const ch of ['‐', '‑', '‒', '–', '—', '―', '−']) expect(foldChar(code(ch))).toBe(code('-'));
  });

  it('folds no-break spaces, tabs and line breaks to a space', () => {
    for (const ch of ['\u00A0', '\u202F', '\u2007', '\t', '\n', '\r']) expect(foldChar(code(ch))).toBe(32);
  });

  it('leaves letters, other punctuation and lone surrogates alone', () => {
    for (const ch of ['a', 'É', 'ж', '北', '"', '«', '\uD800', '\uDC00']) expect(foldChar(code(ch))).toBe(code(ch));
  });
});

describe('normalizeForm', () => {
  it('composes and folds, so equal forms compare equal', () => {
    expect(normalizeForm('Jose\u0301 al‑Qaeda’s')).toBe("José al-Qaeda's");
    expect(normalizeForm('São\u00A0Paulo')).toBe(normalizeForm('Sa\u0303o Paulo'));
  });
});
