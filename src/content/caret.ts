// The text under a point, by hit-testing (no wrapper elements): caretPositionFromPoint, the standard
// (Firefox, Chrome 128+), else caretRangeFromPoint (older Chrome). Both answer the nearest caret even
// beside a line's end, so pointIsOnRange checks that the point really lies on the mention's text.

export interface CaretPoint {
  node: Node;
  offset: number;
}

/** Forgiveness around a line box, in CSS px: a pointer on the underline's edge is still on the name. */
const HIT_SLOP_PX = 1;

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(x: number, y: number, doc: Document = document): CaretPoint | undefined {
  const caretDoc = doc as CaretDocument;
  if (typeof caretDoc.caretPositionFromPoint === 'function') {
    const position = caretDoc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  if (typeof caretDoc.caretRangeFromPoint === 'function') {
    const range = caretDoc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
  }
  return undefined;
}

/** True when (x, y) is inside one of the range's line boxes. */
export function pointIsOnRange(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - HIT_SLOP_PX && x <= rect.right + HIT_SLOP_PX && y >= rect.top - HIT_SLOP_PX && y <= rect.bottom + HIT_SLOP_PX) return true;
  }
  return false;
}
