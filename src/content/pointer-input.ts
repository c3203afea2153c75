// Pointer input for the popover, by hit-testing: what is under a mouse pointer (a mention, our card,
// or neither), at most once per animation frame, and taps by touch or pen. No listener is ever
// added to the page's elements: everything listens on the document, passive, until `signal` aborts.
import type { Point } from '../popover/placement';

export interface PointerTarget<M> {
  /** The mention whose text is under the point, if any. */
  mention: M | undefined;
  /** True over our card. */
  onCard: boolean;
}

export interface PointerHandlers<M> {
  /** Where a mouse rests now (after every move; the same target may repeat). */
  hover(target: PointerTarget<M>, point: Point): void;
  /** A touch or pen tap (down and up without moving); returns true when it opened a card. */
  tap(target: PointerTarget<M>, point: Point): boolean;
  /** A mouse button pressed (to close a card the keyboard or a tap opened, by clicking elsewhere). */
  press(target: PointerTarget<M>): void;
}

/** Further than this between down and up, a touch was a scroll or a drag, not a tap. */
const TAP_SLOP_PX = 10;

export function listenToPointer<M>(
  signal: AbortSignal,
  resolve: (point: Point, eventTarget: EventTarget | null) => PointerTarget<M>,
  handlers: PointerHandlers<M>,
  /** Whether a mention's tap should keep the page from following a link around it. */
  isInsideLink: (mention: M) => boolean,
): void {
  const options = { capture: true, passive: true, signal };
  let pending: { point: Point; target: EventTarget | null } | undefined;
  let frame = 0;
  const flush = () => {
    frame = 0;
    if (!pending || signal.aborted) return;
    const { point, target } = pending;
    pending = undefined;
    handlers.hover(resolve(point, target), point);
  };
  signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });

  document.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return; // taps open cards; a finger sliding is scrolling
      pending = { point: { x: event.clientX, y: event.clientY }, target: event.target };
      frame ||= requestAnimationFrame(flush);
    },
    options,
  );
  // Leaving the window: nothing is under the pointer any more.
  document.addEventListener(
    'pointerout',
    (event) => {
      if (event.pointerType === 'touch' || event.relatedTarget !== null) return;
      pending = undefined;
      handlers.hover({ mention: undefined, onCard: false }, { x: event.clientX, y: event.clientY });
    },
    options,
  );

  let down: { id: number; point: Point } | undefined;
  document.addEventListener(
    'pointerdown',
    (event) => {
      const point = { x: event.clientX, y: event.clientY };
      if (event.pointerType === 'mouse') handlers.press(resolve(point, event.target));
      else down = { id: event.pointerId, point };
    },
    options,
  );
  document.addEventListener('pointercancel', () => (down = undefined), options);
  document.addEventListener(
    'pointerup',
    (event) => {
      const start = down;
      down = undefined;
      if (event.pointerType === 'mouse' || !start || start.id !== event.pointerId) return;
      const point = { x: event.clientX, y: event.clientY };
      if (Math.hypot(point.x - start.point.x, point.y - start.point.y) > TAP_SLOP_PX) return;
      const target = resolve(point, event.target);
      const opened = handlers.tap(target, point);
      // Decision: a first tap on a mention inside a link opens its card instead of following the
      // link; a second tap (its card already shown) follows it.
      if (opened && target.mention !== undefined && isInsideLink(target.mention)) preventNextClick(signal);
    },
    options,
  );
}

/** Cancels the click a tap is about to produce (it comes right after pointerup), and only that one. */
function preventNextClick(signal: AbortSignal): void {
  const local = new AbortController();
  const stop = () => local.abort();
  signal.addEventListener('abort', stop, { once: true });
  document.addEventListener('click', (event) => {
    event.preventDefault();
    stop();
  }, { capture: true, once: true, signal: local.signal });
  // If no click follows (the browser dropped it), the next real click must not be eaten.
  setTimeout(stop, CLICK_AFTER_TAP_MS);
}

/** A tap's click arrives within a frame or two; 700 ms also covers old double-tap-zoom delays. */
const CLICK_AFTER_TAP_MS = 700;
