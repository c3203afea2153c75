import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backgroundTextColor,
  checkHighlightContrast,
  compositeOver,
  contrastRatio,
  DARK_PAGE,
  LIGHT_PAGE,
  relativeLuminance,
} from '../../../src/settings/contrast';
import type { HighlightStyle } from '../../../src/settings/validators';
import { defaultSettings } from '../../../src/settings/schema';
import { phrase, type Phrase } from '../../../src/settings/phrase';
import { inEnglish } from '../english';

const warning = (style: HighlightStyle): string | undefined => {
  const said: Phrase | undefined = checkHighlightContrast(style)?.warning;
  return said && inEnglish(said);
};

const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => '#' + n.toString(16).padStart(6, '0'));

describe('contrast', () => {
  it('computes WCAG relative luminance and ratios (values from the WCAG definition)', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #767676 on white is the well-known lightest grey that passes 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('is symmetric and between 1 and 21', () => {
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        const ratio = contrastRatio(a, b);
        expect(ratio).toBeCloseTo(contrastRatio(b, a), 12);
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(21.0000001);
      }),
    );
  });

  it('passes the default underline colours on light and dark pages', () => {
    for (const style of Object.values(defaultSettings().highlightStyle)) {
      const check = checkHighlightContrast(style);
      expect(check?.warning, style.color).toBeUndefined();
      expect(check!.light).toBeGreaterThanOrEqual(3);
      expect(check!.dark).toBeGreaterThanOrEqual(3);
    }
  });

  it('warns where an underline is too faint, naming the page and the ratio', () => {
    expect(warning({ kind: 'underline', color: '#ffff00' })).toBe(
      'The underline is hard to see on light pages (1.1:1); at least 3:1 is needed.',
    );
    expect(warning({ kind: 'underline', color: '#000080' })).toMatch(/^The underline is hard to see on dark pages \(1\.\d:1\)/);
    // Mid grey sits inside the band that passes on both: 3.95:1 on white, 4.74:1 on #121212 (by hand).
    const grey = checkHighlightContrast({ kind: 'underline', color: '#808080' });
    expect([grey?.light, grey?.dark, grey?.warning]).toEqual([expect.closeTo(3.95, 2), expect.closeTo(4.74, 2), undefined]);
    expect(checkHighlightContrast({ kind: 'none', color: '#ffffff' })).toBeUndefined();
  });

  it('picks the text colour that reads on a background highlight over both pages', () => {
    expect(backgroundTextColor('#ffd54f')).toBe('#000000');
    expect(backgroundTextColor('#1e3a8a')).toBe('#ffffff');
    expect(checkHighlightContrast({ kind: 'background', color: '#ffd54f' })?.warning).toBeUndefined();
    expect(checkHighlightContrast({ kind: 'background', color: '#1e3a8a' })?.warning).toBeUndefined();
    expect(compositeOver('#000000', LIGHT_PAGE)).toBe('#262626');
    expect(compositeOver('#ffffff', DARK_PAGE)).toBe('#dbdbdb');
  });

  it('says when no text colour reads on a mid-tone background on both pages', () => {
    expect(warning({ kind: 'background', color: '#808080' })).toMatch(/^Text on this background is hard to see on .*4\.5:1 is needed\.$/);
  });

  it('would name both pages, each with its ratio (no colour fails both against white and #121212)', () => {
    expect(inEnglish(phrase('contrastUnderline', phrase('contrastBothPages', 2.9, 2.1), 3))).toBe(
      'The underline is hard to see on light pages (2.9:1) and dark pages (2.1:1); at least 3:1 is needed.',
    );
  });
});
