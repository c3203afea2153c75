// Our one element in the page: <backstory-host>, holding the popover and a live region in a shadow
// root. Created only when first needed (until the reader hovers, taps or steps, the page's DOM is
// untouched); put back if the page removes it; moved into the fullscreen element and back.
//
// Isolation: the page's rules reach the host only as the outer context. Our `:host` rule is
// !important, and for !important declarations the shadow tree's context wins over the page's, so
// `* { all: unset !important }` cannot undo it; selectors such as `div {…}` never match inside.
// The root is open: tests and assistive tools read inside; a closed root would hide nothing the
// highlights do not already show (the facts are the bundle's public data), and pages that want to
// meddle can do so through the host anyway.
import { POPOVER_CSS } from '../popover/popover.css';
import { HOST_TAG } from './skip-rules';

const HOST_CSS = `
:host {
  all: initial !important; display: block !important; position: fixed !important;
  inset: 0 auto auto 0 !important; inline-size: 0 !important; block-size: 0 !important;
  overflow: visible !important; z-index: 2147483647 !important; pointer-events: none !important;
  visibility: visible !important; opacity: 1 !important; transform: none !important; filter: none !important;
}
/* Physical: placement sets left and top; a logical start would be the right edge in an RTL frame. */
.frame { position: fixed; top: 0; left: 0; pointer-events: auto; }
.frame[hidden] { display: none; }
.frame > .popover { max-block-size: min(70vh, 480px, var(--backstory-room, 100vh)); }
.live { position: fixed; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

/** Elements a fullscreen replaced element cannot show as children: the card stays where it was. */
const REPLACED = new Set(['VIDEO', 'IMG', 'CANVAS', 'IFRAME', 'EMBED', 'OBJECT', 'AUDIO']);

export interface HostParts {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where the popover renders; fixed-positioned by its left/top. */
  frame: HTMLElement;
  /** role=status: what the keyboard steps announce. */
  live: HTMLElement;
}

export interface PopoverHost {
  /** The host, created or put back in place if needed. */
  ensure(): HostParts;
  /** The parts if the host exists now; never creates it. */
  current(): HostParts | undefined;
  /** True when an event's target (retargeted to the host outside the shadow root) is ours. */
  isOurs(target: EventTarget | null): boolean;
  /** Takes the host out of the page (a stopped session). */
  remove(): void;
}

export function createPopoverHost(signal: AbortSignal): PopoverHost {
  let parts: HostParts | undefined;

  const build = (): HostParts => {
    const host = document.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HOST_CSS + POPOVER_CSS);
    root.adoptedStyleSheets = [sheet];
    const frame = document.createElement('div');
    frame.className = 'frame';
    frame.hidden = true;
    const live = document.createElement('div');
    live.className = 'live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    root.append(frame, live);
    return { host, root, frame, live };
  };

  const place = (host: HTMLElement) => {
    const full = document.fullscreenElement;
    const parent = full && !REPLACED.has(full.tagName) ? full : document.documentElement;
    if (host.parentNode !== parent) parent.append(host);
  };

  const onFullscreen = () => {
    if (parts) place(parts.host);
  };
  document.addEventListener('fullscreenchange', onFullscreen, { signal });

  return {
    ensure() {
      // A page that emptied our open root (or a framework that re-rendered <html>) gets a fresh host.
      if (parts && (parts.frame.parentNode !== parts.root || parts.live.parentNode !== parts.root)) {
        parts.host.remove();
        parts = undefined;
      }
      parts ??= build();
      if (!parts.host.isConnected || parts.host.parentNode !== (document.fullscreenElement ?? document.documentElement)) place(parts.host);
      return parts;
    },
    current: () => parts,
    isOurs: (target) => parts !== undefined && isNode(target) && (target === parts.host || parts.root.contains(target)),
    remove() {
      parts?.host.remove();
      parts = undefined;
    },
  };
}

function isNode(target: EventTarget | null): target is Node {
  return target !== null && typeof (target as Partial<Node>).nodeType === 'number';
}
