import { describe, expect, it } from 'vitest';
import { CALM_MS, createHotBlocks, HOT_WINDOW_MS } from '../../../src/content/hot-blocks';

describe('hot blocks', () => {
  it('turns hot on the third batch that rewrites a block within the window, once', () => {
    const hot = createHotBlocks<string>();
    expect(hot.note('ticker', 0)).toBe('calm');
    expect(hot.note('ticker', 500)).toBe('calm');
    expect(hot.isHot('ticker')).toBe(false);
    expect(hot.anyHot()).toBe(false);
    expect(hot.note('ticker', 1000)).toBe('became-hot');
    expect(hot.isHot('ticker')).toBe(true);
    expect(hot.anyHot()).toBe(true);
    expect(hot.note('ticker', 1500)).toBe('hot');
  });

  it('leaves a block rewritten now and then calm (a live score, a block edited twice)', () => {
    const hot = createHotBlocks<string>();
    for (let t = 0; t < 60_000; t += HOT_WINDOW_MS / 2 + 1) expect(hot.note('score', t)).toBe('calm');
    expect(hot.nextCoolingAt()).toBeUndefined();
  });

  it('keeps its blocks apart: a feed that rewrites one paragraph each batch heats none', () => {
    const hot = createHotBlocks<number>();
    for (let batch = 0; batch < 30; batch++) expect(hot.note(batch, batch * 500)).toBe('calm');
  });

  it('cools a hot block once it has gone CALM_MS without a rewrite, and only then', () => {
    const hot = createHotBlocks<string>();
    for (const t of [0, 500, 1000, 1500]) hot.note('clock', t);
    expect(hot.nextCoolingAt()).toBe(1500 + CALM_MS);
    expect(hot.cool(1500 + CALM_MS - 1)).toEqual([]);
    hot.note('clock', 2000); // rewritten again: the calm starts over
    expect(hot.cool(1500 + CALM_MS)).toEqual([]);
    expect(hot.cool(2000 + CALM_MS)).toEqual(['clock']);
    expect(hot.isHot('clock')).toBe(false);
    expect(hot.anyHot()).toBe(false);
    expect(hot.nextCoolingAt()).toBeUndefined();
    // Cooled, it starts from nothing: one more rewrite does not heat it again.
    expect(hot.note('clock', 2000 + CALM_MS + 10)).toBe('calm');
  });

  it('reports the earliest cooling time of several hot blocks', () => {
    const hot = createHotBlocks<string>();
    for (const t of [0, 500, 1000]) hot.note('a', t);
    for (const t of [200, 700, 1200, 1700]) hot.note('b', t);
    expect(hot.nextCoolingAt()).toBe(1000 + CALM_MS);
    expect(hot.cool(1700 + CALM_MS)).toEqual(['a', 'b']);
  });
});
