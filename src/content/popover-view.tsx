// Renders one entity's card into the host's frame and places it beside its mention. Holds what the
// Popover component leaves to its host: the details shown, "show all", the theme, the direction.
import { render } from 'preact';
import type { OpenArticleTarget } from '../popover/FactList';
import { Popover, type PopoverTheme } from '../popover/Popover';
import { isInViewport, placePopover, type Point } from '../popover/placement';
import { t } from '../platform/i18n';
import type { EntityDetails } from '../shared/messages';
import type { PopoverHost } from './popover-host';
import { viewportSize } from './viewport';

export interface ViewOptions {
  maxFacts: number;
  /** Undefined: follow prefers-color-scheme. */
  theme: PopoverTheme | undefined;
  onOpenArticle(entityId: string, target: OpenArticleTarget): void;
  onClose(): void;
}

export interface ShownCard {
  details: EntityDetails;
  range: Range;
  /** Where the pointer was when it opened; absent for the keyboard. */
  pointer: Point | undefined;
}

export interface PopoverView {
  show(card: ShownCard): void;
  /** Places the card again after a scroll or resize; false when its mention left the viewport. */
  reposition(): boolean;
  hide(): void;
  /** The card's root element while shown (focus, Tab order). */
  element(): HTMLElement | undefined;
}

export function createPopoverView(host: PopoverHost, options: ViewOptions): PopoverView {
  let card: ShownCard | undefined;
  let expanded = false;

  const draw = () => {
    const parts = host.ensure();
    if (!card) return;
    const { details } = card;
    parts.frame.dir = directionAt(card.range);
    render(
      <Popover
        details={details}
        maxFacts={options.maxFacts}
        expanded={expanded}
        theme={options.theme}
        onShowAll={() => {
          expanded = true;
          draw();
        }}
        onOpenArticle={(target) => options.onOpenArticle(details.entity.id, target)}
        onClose={options.onClose}
        t={t}
      />,
      parts.frame,
    );
    parts.frame.hidden = false;
    place();
  };

  const place = (): boolean => {
    const parts = host.current();
    // Nothing drawn yet (the facts are on their way): nothing to move, nothing gone.
    if (!card || !parts) return true;
    const rects = [...card.range.getClientRects()];
    const viewport = viewportSize();
    if (!card.range.startContainer.isConnected || !isInViewport(rects, viewport)) return false;
    const { frame } = parts;
    // Measured at the origin without a height limit: its natural size, not one squeezed by an edge.
    frame.style.removeProperty('--backstory-room');
    frame.style.left = '0px';
    frame.style.top = '0px';
    const size = frame.getBoundingClientRect();
    const placement = placePopover({ rects, pointer: card.pointer, size, viewport, direction: frame.dir === 'rtl' ? 'rtl' : 'ltr' });
    if (!placement) return false;
    frame.style.setProperty('--backstory-room', `${placement.maxHeight}px`);
    frame.style.left = `${placement.left}px`;
    frame.style.top = `${placement.top}px`;
    frame.dataset.side = placement.side;
    return true;
  };

  return {
    show(next) {
      if (card?.details.entity.id !== next.details.entity.id || card.range !== next.range) expanded = false;
      card = next;
      draw();
    },
    reposition: place,
    hide() {
      card = undefined;
      expanded = false;
      const parts = host.current();
      if (!parts) return;
      render(null, parts.frame);
      parts.frame.hidden = true;
    },
    element: () => (card ? ((host.current()?.frame.firstElementChild as HTMLElement | null) ?? undefined) : undefined),
  };
}

/** The page's direction where the mention is, so the card reads the same way (RTL pages). */
function directionAt(range: Range): 'ltr' | 'rtl' {
  const element = range.startContainer.parentElement;
  return element && getComputedStyle(element).direction === 'rtl' ? 'rtl' : 'ltr';
}
