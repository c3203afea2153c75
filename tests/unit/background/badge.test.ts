import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../src/background/badge';

describe('badgeText', () => {
  it('shows the number of entities, nothing for none or with the setting off', () => {
    expect(badgeText(7, true)).toBe('7');
    expect(badgeText(0, true)).toBe('');
    expect(badgeText(7, false)).toBe('');
  });

  it('fits four characters', () => {
    expect(badgeText(999, true)).toBe('999');
    expect(badgeText(1000, true)).toBe('999+');
  });
});
