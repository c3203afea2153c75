// The user's highlight styles (kind and colour per type) as one constructed stylesheet adopted by the
// document: it adds no node and no attribute, and its rules come after content.css, which draws the
// defaults (and all there is where adoptedStyleSheets is missing). Removed when the signal aborts.
import { highlightCss } from '../settings/highlight-css';
import type { Settings } from '../settings/schema';

export function adoptHighlightStyles(styles: Settings['highlightStyle'], signal: AbortSignal): void {
  if (!('adoptedStyleSheets' in document) || typeof CSSStyleSheet !== 'function') return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightCss(styles));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  signal.addEventListener(
    'abort',
    () => {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets].filter((adopted) => adopted !== sheet);
    },
    { once: true },
  );
}
