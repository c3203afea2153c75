// Where the popover goes: above or below the mention's lines, never over them, inside the viewport.
// Pure (client coordinates in, a position out), so every edge case is a unit test; the content
// script measures the mention's client rects and the rendered popover and applies the result.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}

/** Between the mention's line and the popover: close enough to cross within the hide delay. */
export const PLACEMENT_GAP_PX = 6;
/** Kept free at the viewport's edges, so the card never touches them (or the scrollbar). */
export const VIEWPORT_MARGIN_PX = 8;

export interface PlacementInput {
  /** The mention's client rects, one per line box (Range.getClientRects()). */
  rects: readonly Box[];
  /** Where the pointer is; absent (keyboard) means the mention's first line. */
  pointer?: Point;
  /** The popover as rendered, before any height limit. */
  size: Size;
  viewport: Size;
  /** Which edge of the line the card lines up with: the start (left in LTR, right in RTL). */
  direction?: 'ltr' | 'rtl';
}

export interface Placement {
  top: number;
  left: number;
  side: 'above' | 'below';
  /** The card's height limit on that side (scrolls inside beyond it); never below 0. */
  maxHeight: number;
  /** The line the card lines up with: the rect nearest the pointer. */
  anchor: Box;
}

/**
 * Below the mention when the card fits there, else above when it fits there, else on the roomier
 * side with its height limited; horizontally aligned with the anchor line's start and clamped to
 * the viewport. The card's box never intersects any of `rects`. Undefined without a non-empty rect.
 */
export function placePopover(input: PlacementInput): Placement | undefined {
  const rects = input.rects.filter((rect) => rect.right > rect.left || rect.bottom > rect.top);
  if (rects.length === 0) return undefined;
  const anchor = input.pointer ? nearestRect(rects, input.pointer) : rects[0]!;
  const { width, height } = input.size;
  const { width: viewportWidth, height: viewportHeight } = input.viewport;
  // The whole mention, not only the anchor line: a card under line one must not cover line two.
  const mentionTop = Math.min(...rects.map((rect) => rect.top));
  const mentionBottom = Math.max(...rects.map((rect) => rect.bottom));
  const spaceBelow = viewportHeight - VIEWPORT_MARGIN_PX - (mentionBottom + PLACEMENT_GAP_PX);
  const spaceAbove = mentionTop - PLACEMENT_GAP_PX - VIEWPORT_MARGIN_PX;

  let side: Placement['side'];
  if (height <= spaceBelow) side = 'below';
  else if (height <= spaceAbove) side = 'above';
  else side = spaceBelow >= spaceAbove ? 'below' : 'above';
  const maxHeight = Math.max(0, side === 'below' ? spaceBelow : spaceAbove);
  const shownHeight = Math.min(height, maxHeight);
  const top = side === 'below' ? mentionBottom + PLACEMENT_GAP_PX : mentionTop - PLACEMENT_GAP_PX - shownHeight;

  const preferred = input.direction === 'rtl' ? anchor.right - width : anchor.left;
  const left = clamp(preferred, VIEWPORT_MARGIN_PX, viewportWidth - VIEWPORT_MARGIN_PX - width);
  return { top, left, side, maxHeight, anchor };
}

/** True when some part of the mention is inside the viewport (else a shown card has nothing to point at). */
export function isInViewport(rects: readonly Box[], viewport: Size): boolean {
  return rects.some((rect) => rect.bottom > 0 && rect.top < viewport.height && rect.right > 0 && rect.left < viewport.width);
}

/** The rect containing `point`, else the one at the least distance from it; ties keep the first. */
export function nearestRect<B extends Box>(rects: readonly B[], point: Point): B {
  let best = rects[0]!;
  let bestDistance = Infinity;
  for (const rect of rects) {
    const dx = Math.max(rect.left - point.x, 0, point.x - rect.right);
    const dy = Math.max(rect.top - point.y, 0, point.y - rect.bottom);
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      best = rect;
      bestDistance = distance;
    }
  }
  return best;
}

/** `low` wins over `high` when they cross (a card wider than the viewport starts at the margin). */
function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}
