import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInViewport, nearestRect, placePopover, PLACEMENT_GAP_PX, VIEWPORT_MARGIN_PX, type Box } from '../../../src/popover/placement';

const VIEWPORT = { width: 1000, height: 800 };
const SIZE = { width: 360, height: 300 };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });

describe('placePopover', () => {
  it('goes below the mention, lined up with its start, when there is room', () => {
    const placement = placePopover({ rects: [box(100, 100, 80, 20)], size: SIZE, viewport: VIEWPORT })!;
    expect(placement).toMatchObject({ side: 'below', top: 120 + PLACEMENT_GAP_PX, left: 100 });
    expect(placement.maxHeight).toBe(800 - VIEWPORT_MARGIN_PX - 120 - PLACEMENT_GAP_PX);
  });

  it('flips above near the bottom edge', () => {
    const placement = placePopover({ rects: [box(100, 700, 80, 20)], size: SIZE, viewport: VIEWPORT })!;
    expect(placement).toMatchObject({ side: 'above', top: 700 - PLACEMENT_GAP_PX - 300 });
  });

  it('is clamped at the right and left edges', () => {
    expect(placePopover({ rects: [box(950, 100, 40, 20)], size: SIZE, viewport: VIEWPORT })!.left).toBe(1000 - VIEWPORT_MARGIN_PX - 360);
    expect(placePopover({ rects: [box(2, 100, 40, 20)], size: SIZE, viewport: VIEWPORT })!.left).toBe(VIEWPORT_MARGIN_PX);
  });

  it('lines up with the end of the line in RTL', () => {
    expect(placePopover({ rects: [box(600, 100, 80, 20)], size: SIZE, viewport: VIEWPORT, direction: 'rtl' })!.left).toBe(680 - 360);
  });

  it('takes the roomier side with a height limit when it fits on neither', () => {
    const placement = placePopover({ rects: [box(100, 300, 80, 20)], size: { width: 360, height: 600 }, viewport: VIEWPORT })!;
    expect(placement.side).toBe('below');
    expect(placement.maxHeight).toBe(800 - VIEWPORT_MARGIN_PX - 320 - PLACEMENT_GAP_PX);
    const upper = placePopover({ rects: [box(100, 500, 80, 20)], size: { width: 360, height: 600 }, viewport: VIEWPORT })!;
    expect(upper).toMatchObject({ side: 'above', top: VIEWPORT_MARGIN_PX });
  });

  it('anchors on the line nearest the pointer, but keeps clear of both lines of a wrapped mention', () => {
    const lines = [box(800, 100, 150, 20), box(10, 120, 60, 20)];
    const onSecond = placePopover({ rects: lines, pointer: { x: 30, y: 130 }, size: SIZE, viewport: VIEWPORT })!;
    expect(onSecond.anchor).toBe(lines[1]);
    expect(onSecond).toMatchObject({ side: 'below', top: 140 + PLACEMENT_GAP_PX, left: 10 });
    const onFirst = placePopover({ rects: lines, pointer: { x: 900, y: 110 }, size: SIZE, viewport: VIEWPORT })!;
    expect(onFirst.anchor).toBe(lines[0]);
    expect(onFirst.left).toBe(1000 - VIEWPORT_MARGIN_PX - 360);
  });

  it('gives nothing for a mention without a box', () => {
    expect(placePopover({ rects: [], size: SIZE, viewport: VIEWPORT })).toBeUndefined();
    expect(placePopover({ rects: [box(5, 5, 0, 0)], size: SIZE, viewport: VIEWPORT })).toBeUndefined();
  });

  it('never covers the mention and stays inside the viewport (any mention, card and viewport)', () => {
    const arbitrary = fc
      .record({ vw: fc.integer({ min: 320, max: 2000 }), vh: fc.integer({ min: 240, max: 1400 }) })
      .chain(({ vw, vh }) =>
        fc.record({
          vw: fc.constant(vw),
          vh: fc.constant(vh),
          lines: fc.array(
            fc.record({ x: fc.integer({ min: 0, max: vw - 10 }), y: fc.integer({ min: 0, max: vh - 30 }), w: fc.integer({ min: 1, max: 300 }), h: fc.integer({ min: 10, max: 30 }) }),
            { minLength: 1, maxLength: 3 },
          ),
          width: fc.integer({ min: 100, max: Math.max(100, vw - 2 * VIEWPORT_MARGIN_PX) }),
          height: fc.integer({ min: 40, max: 900 }),
          pointer: fc.option(fc.record({ x: fc.integer({ min: 0, max: vw }), y: fc.integer({ min: 0, max: vh }) }), { nil: undefined }),
          rtl: fc.boolean(),
        }),
      );
    fc.assert(
      fc.property(arbitrary, ({ vw, vh, lines, width, height, pointer, rtl }) => {
        const rects = lines.map(({ x, y, w, h }) => box(x, y, Math.min(w, vw - x), h));
        const placement = placePopover({ rects, pointer, size: { width, height }, viewport: { width: vw, height: vh }, direction: rtl ? 'rtl' : 'ltr' })!;
        const card = box(placement.left, placement.top, width, Math.min(height, placement.maxHeight));
        for (const rect of rects) {
          const overlaps = card.left < rect.right && rect.left < card.right && card.top < rect.bottom && rect.top < card.bottom;
          expect(overlaps).toBe(false);
        }
        expect(card.left).toBeGreaterThanOrEqual(VIEWPORT_MARGIN_PX);
        expect(card.right).toBeLessThanOrEqual(vw - VIEWPORT_MARGIN_PX);
        if (placement.maxHeight > 0) {
          expect(card.top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN_PX - 1e-9);
          expect(card.bottom).toBeLessThanOrEqual(vh - VIEWPORT_MARGIN_PX + 1e-9);
        }
      }),
    );
  });
});

describe('nearestRect and isInViewport', () => {
  it('prefers the rect containing the point, then the closest', () => {
    const rects = [box(0, 0, 10, 10), box(50, 0, 10, 10)];
    expect(nearestRect(rects, { x: 55, y: 5 })).toBe(rects[1]);
    expect(nearestRect(rects, { x: 20, y: 5 })).toBe(rects[0]);
  });

  it('tells whether any line is on screen', () => {
    expect(isInViewport([box(10, -30, 10, 20)], VIEWPORT)).toBe(false);
    expect(isInViewport([box(10, -30, 10, 20), box(10, 790, 10, 20)], VIEWPORT)).toBe(true);
  });
});
