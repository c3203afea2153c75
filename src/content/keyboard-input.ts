// Keys for the popover: Escape closes it (consumed only when a card was open, so the page keeps its
// own Escape otherwise); Tab moves into a card the keyboard opened, and Tab past its last control
// (or Shift+Tab before its first) goes back where focus was. Non-modal: focus is never trapped.

export interface KeyboardHandlers {
  /** Returns true when Escape closed something. */
  escape(): boolean;
  /** The open card Tab may enter, if any. */
  card(): HTMLElement | undefined;
  /** Focus is about to move into the card: remember where it was. */
  enter(): void;
  /** Tab went past the card's ends: put focus back. */
  leave(): void;
  isInCard(target: EventTarget | null): boolean;
}

const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function listenToKeyboard(signal: AbortSignal, handlers: KeyboardHandlers): void {
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.isComposing || event.defaultPrevented) return;
      if (event.key === 'Escape') {
        if (handlers.escape()) consume(event);
        return;
      }
      if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
      const card = handlers.card();
      if (!card) return;
      const controls = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)];
      if (controls.length === 0) return;
      if (!handlers.isInCard(event.target)) {
        if (event.shiftKey) return;
        handlers.enter();
        controls[0]!.focus();
        consume(event);
        return;
      }
      const focused = (card.getRootNode() as ShadowRoot | Document).activeElement;
      const atEdge = event.shiftKey ? focused === controls[0] : focused === controls.at(-1);
      if (atEdge) {
        handlers.leave();
        consume(event);
      }
    },
    { capture: true, signal },
  );
}

function consume(event: KeyboardEvent): void {
  event.preventDefault();
  event.stopPropagation();
}
