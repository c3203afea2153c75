import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../../src/settings/highlight-css';
import { defaultSettings, type Settings } from '../../../src/settings/schema';

describe('highlightCss', () => {
  it('draws the defaults as the static content.css does: coloured 2px underlines offset 2px', () => {
    expect(highlightCss(defaultSettings().highlightStyle)).toBe(
      [
        '::highlight(backstory-person) {\n  text-decoration: underline 2px #2563eb;\n  text-underline-offset: 2px;\n}',
        '::highlight(backstory-place) {\n  text-decoration: underline 2px #15803d;\n  text-underline-offset: 2px;\n}',
        '::highlight(backstory-organization) {\n  text-decoration: underline 2px #b45309;\n  text-underline-offset: 2px;\n}',
      ].join('\n'),
    );
  });

  it('draws a background with alpha, a readable text colour and no underline; none draws no rule', () => {
    const styles: Settings['highlightStyle'] = {
      person: { kind: 'background', color: '#ffd54f' },
      place: { kind: 'none', color: '#15803d' },
      organization: { kind: 'background', color: '#1e3a8a' },
    };
    expect(highlightCss(styles)).toBe(
      [
        '::highlight(backstory-person) {\n  background-color: rgb(255 213 79 / 0.85);\n  color: #000000;\n  text-decoration: none;\n}',
        '::highlight(backstory-organization) {\n  background-color: rgb(30 58 138 / 0.85);\n  color: #ffffff;\n  text-decoration: none;\n}',
      ].join('\n'),
    );
  });

  it('gives an empty sheet when nothing is drawn', () => {
    const none = { kind: 'none' as const, color: '#000000' };
    expect(highlightCss({ person: none, place: none, organization: none })).toBe('');
  });

  it('refuses a colour that is not #rrggbb rather than paste it into CSS (a bug upstream)', () => {
    const styles = { ...defaultSettings().highlightStyle, place: { kind: 'underline' as const, color: 'red;} body{display:none' } };
    expect(() => highlightCss(styles)).toThrow(/place colour/);
  });
});
