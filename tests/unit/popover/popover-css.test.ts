// What the stylesheet promises, checked as text (how it looks is for the browser tests).
import { describe, expect, it } from 'vitest';
import { POPOVER_CSS } from '../../../src/popover/popover.css';

describe('POPOVER_CSS', () => {
  it('defines both themes on the host and on .popover, and a system fallback', () => {
    for (const selector of [":host([data-theme='dark'])", ".popover[data-theme='dark']", ".popover[data-theme='light']", ':host(:not([data-theme]))']) {
      expect(POPOVER_CSS).toContain(selector);
    }
  });

  it('uses every custom property it defines, and defines every one it uses', () => {
    const defined = new Set([...POPOVER_CSS.matchAll(/(--bs-[a-z-]+):/g)].map((m) => m[1]));
    const used = new Set([...POPOVER_CSS.matchAll(/var\((--bs-[a-z-]+)\)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual([...defined].sort());
  });

  it('keeps the width readable and focus visible', () => {
    expect(POPOVER_CSS).toMatch(/max-inline-size: 360px/);
    expect(POPOVER_CSS).toMatch(/:focus-visible \{ outline: 2px solid/);
  });

  it('uses logical properties only, so right-to-left text lays out too', () => {
    expect(POPOVER_CSS).not.toMatch(/\b(left|right)\b|-(top|bottom)\b|(?<![\w-])(width|height)\s*:/);
  });

  it('fetches nothing', () => {
    expect(POPOVER_CSS).not.toMatch(/url\(|@import/);
  });

  it('has balanced braces', () => {
    expect(POPOVER_CSS.split('{').length).toBe(POPOVER_CSS.split('}').length);
  });
});
