// Which elements the walker never enters and which ones separate text into blocks. Decided from
// tag names and attributes, so a walk costs no style computation except one cheap visibility check
// per element (checkVisibility reads the box tree the browser already has).

/** Our own host element (the popover adds it); never scanned. */
export const HOST_TAG = 'backstory-host';

// Sets of localName, not tagName: tagName is upper case only for HTML elements in an HTML document,
// so in XHTML (application/xhtml+xml) <script> and <textarea> would be entered as prose.
// Their text is not prose a reader sees as text: code, form values, embedded documents, SVG/MathML
// labels (positioned one by one, so joining them would invent words; ::highlight is not painted
// on SVG text in every browser either).
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'textarea', 'input', 'select', 'option', 'optgroup', 'button',
  'code', 'pre', 'kbd', 'samp', 'template', 'iframe', 'frame', 'object', 'embed', 'canvas',
  'video', 'audio', 'svg', 'math', 'title', 'head', HOST_TAG,
]);

// Block-level and line-breaking elements of HTML's default style sheet, plus IMG (an image between
// two words separates them): text on either side never forms one word. Everything else counts as
// inline (span, a, b, em…); a span styled display:block is missed, a price we pay for not calling
// getComputedStyle on every element.
const BOUNDARY_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'col', 'colgroup',
  'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'img', 'legend', 'li',
  'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);

/**
 * Never entered: its text and everything inside it is not ours to mark. aria-hidden is not a
 * reason: it hides from assistive technology, not from the eye (carousel clones, decorative
 * duplicates), and highlights are for what the reader sees.
 */
export function isSkipped(element: Element): boolean {
  if (isSkippedTag(element)) return true;
  if (element.id === HOST_TAG) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return isHiddenByStyle(element);
}

/** The tag alone says skipped (script, style, iframe, our host…): no style is read, so it is cheap enough for every mutation record. */
export function isSkippedTag(element: Element): boolean {
  return SKIPPED_TAGS.has(element.localName);
}

/**
 * True for a display:none subtree. checkVisibility() is false for display:contents too (no box of
 * its own) though its children show, so a false answer is confirmed once with getComputedStyle;
 * that runs only at the top of hidden subtrees, which the walker does not enter.
 */
function isHiddenByStyle(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function') return false; // Before Chrome 105 / Firefox 106.
  if (element.checkVisibility()) return false;
  return getComputedStyle(element).display !== 'contents';
}

/** Starts or ends a block of text: custom elements count too, as most are laid out as blocks. */
export function isBoundary(element: Element): boolean {
  return BOUNDARY_TAGS.has(element.localName) || element.localName.includes('-');
}

/** Whether `node` lies inside something skipped, looking up to (and including) `root`. */
export function isInsideSkipped(node: Node, root: Node): boolean {
  for (let element = node instanceof Element ? node : node.parentElement; element; element = element.parentElement) {
    if (isSkipped(element)) return true;
    if (element === root) return false;
  }
  return false;
}
