// What the corpus tests read from a loaded page, in its main world (CSS.highlights is shared with the
// content script's world, TESTING.md). The in-page functions are sent as source text, so they use
// nothing from outside their own bodies; each `read…` wrapper checks the shape of what comes back.
import type { PageLike } from './highlights';

/**
 * The expression that calls `fn` with `args` in the page. esbuild with keepNames (tsx; vitest does
 * not) wraps named inner functions in a `__name` helper the page lacks: the wrapper supplies one.
 */
function call(fn: (...args: never[]) => unknown, ...args: unknown[]): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${args.map((arg) => JSON.stringify(arg)).join(', ')}); })()`;
}

/** Elements whose text no highlight may touch (STYLE.md "Content script"). */
export const SKIPPED_SELECTOR =
  'script, style, noscript, template, textarea, input, select, option, button, code, pre, [contenteditable]:not([contenteditable="false" i])';

/** Characters of context read on each side of a highlight: enough for the longest gold form. */
const CONTEXT_CHARS = 60;

export interface RangeReport {
  /** The highlight's name (`backstory-person`, …). */
  name: string;
  text: string;
  /** Visible text of the same line of inline content just before and after the range. */
  before: string;
  after: string;
  /** The tag of an ancestor matching SKIPPED_SELECTOR, if any. */
  skippedIn: string | null;
}

function inPageRanges(contextChars: number, skippedSelector: string): RangeReport[] {
  const isInline = (element: Element) => {
    const display = getComputedStyle(element).display;
    return display === 'contents' || display.startsWith('inline') || display === 'ruby';
  };
  // The element whose box holds the text as one flow: the nearest ancestor that is not inline.
  const blockOf = (node: Node) => {
    let element = node.parentElement;
    while (element && element !== document.body && isInline(element)) element = element.parentElement;
    return element ?? document.body;
  };
  const isUnseen = (text: Node) => {
    const parent = text.parentElement;
    return !parent || parent.closest('script, style, noscript, template') !== null || !parent.checkVisibility();
  };
  // Inline text next to the range up to a line break, an image or another block, skipping unseen text.
  const neighbour = (range: Range, forward: boolean) => {
    const origin = forward ? range.endContainer : range.startContainer;
    if (origin.nodeType !== Node.TEXT_NODE) return '';
    const data = (origin as Text).data;
    let text = forward ? data.slice(range.endOffset) : data.slice(0, range.startOffset);
    const block = blockOf(origin);
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    walker.currentNode = origin;
    while (text.length < contextChars) {
      const node = forward ? walker.nextNode() : walker.previousNode();
      if (!node) break;
      if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        if (element.contains(origin)) continue;
        if (element.tagName === 'BR' || element.tagName === 'IMG' || (!isInline(element) && element.checkVisibility())) break;
        continue;
      }
      if (isUnseen(node)) continue;
      if (blockOf(node) !== block) break;
      const value = (node as Text).data;
      text = forward ? text + value : value + text;
    }
    return forward ? text.slice(0, contextChars) : text.slice(-contextChars);
  };
  const reports: RangeReport[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('backstory-')) return;
    for (const abstract of highlight) {
      const range = abstract as Range;
      let skippedIn: string | null = null;
      for (const end of [range.startContainer, range.endContainer]) {
        const element = end.nodeType === Node.ELEMENT_NODE ? (end as Element) : end.parentElement;
        const match = element?.closest(skippedSelector);
        if (match) skippedIn = match.tagName.toLowerCase();
      }
      reports.push({ name, text: range.toString(), before: neighbour(range, false), after: neighbour(range, true), skippedIn });
    }
  });
  return reports;
}

function isRangeReports(value: unknown): value is RangeReport[] {
  return (
    Array.isArray(value) &&
    value.every((r) => typeof r === 'object' && r !== null && typeof r.name === 'string' && typeof r.text === 'string' && typeof r.before === 'string' && typeof r.after === 'string')
  );
}

export async function readRanges(page: PageLike): Promise<RangeReport[]> {
  const value = await page.evaluate(call(inPageRanges, CONTEXT_CHARS, SKIPPED_SELECTOR));
  if (!isRangeReports(value)) throw new Error(`unexpected ranges from the page: ${JSON.stringify(value).slice(0, 200)}`);
  return value;
}

async function readString(page: PageLike, expression: string): Promise<string> {
  const value = await page.evaluate(expression);
  if (typeof value !== 'string') throw new Error(`${expression} gave ${typeof value}`);
  return value;
}

/** The whole document as markup: doctype, comments and all. */
export const readDocument = (page: PageLike) => readString(page, 'new XMLSerializer().serializeToString(document)');

/** What a reader sees: `innerText` leaves out hidden elements and puts line breaks between blocks. */
export const readVisibleText = (page: PageLike) => readString(page, 'document.body ? document.body.innerText : ""');

// Where each form's text nodes are: a path of tags (with a class), and whether it is hidden or skipped.
function inPageLocate(patterns: Record<string, string>, skippedSelector: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  const describe = (element: Element | null) => {
    const parts: string[] = [];
    for (let e = element; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      const className = typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/)[0] : '';
      parts.unshift(e.tagName.toLowerCase() + className);
    }
    const skipped = element?.closest(skippedSelector);
    const hidden = element && !element.checkVisibility() ? ' (hidden)' : '';
    return parts.join(' > ') + hidden + (skipped ? ` (in <${skipped.tagName.toLowerCase()}>)` : '');
  };
  const regexes = Object.entries(patterns).map(([form, source]) => [form, new RegExp(source, 'u')] as const);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data.replace(/\s+/g, ' ');
    for (const [form, regex] of regexes) {
      if (!regex.test(text)) continue;
      const places = (found[form] ??= []);
      if (places.length < 3) places.push(describe(node.parentElement));
    }
  }
  return found;
}

/** For each form (name -> whole-word pattern), up to three places whose one text node holds it. */
export async function locateForms(page: PageLike, patterns: Record<string, string>): Promise<Record<string, string[]>> {
  const value = await page.evaluate(call(inPageLocate, patterns, SKIPPED_SELECTOR));
  if (typeof value !== 'object' || value === null) throw new Error('unexpected form places from the page');
  return value as Record<string, string[]>;
}

export interface Settled {
  ranges: number;
  /** Page clock (ms after navigation start) of DOMContentLoaded and of the last change in the count. */
  domContentLoadedMs: number;
  lastChangeMs: number;
}

const POLL_MS = 100;
const STARTED = `[...CSS.highlights.keys()].some((name) => name.startsWith('backstory-'))`;
const COUNT = `[[...CSS.highlights].filter(([name]) => name.startsWith('backstory-')).reduce((sum, [, h]) => sum + h.size, 0), performance.now(), performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0]`;

/**
 * Waits until the content script has started (its highlights are registered, possibly empty) and
 * the number of ranges has held for `stableMs`. A page may rightly have no highlight at all.
 */
export async function settleHighlights(page: PageLike, stableMs = 1500, timeoutMs = 60_000): Promise<Settled> {
  const started = Date.now();
  const sleep = () => new Promise((resolve) => setTimeout(resolve, POLL_MS));
  while ((await page.evaluate(STARTED).catch(() => false)) !== true) {
    if (Date.now() - started > timeoutMs) throw new Error('the content script registered no highlights');
    await sleep();
  }
  let last = -1;
  let lastChange = Date.now();
  let settled: Settled = { ranges: 0, domContentLoadedMs: 0, lastChangeMs: 0 };
  for (;;) {
    const [count, now, domContentLoaded] = (await page.evaluate(COUNT)) as [number, number, number];
    if (count !== last) {
      last = count;
      lastChange = Date.now();
      settled = { ranges: count, domContentLoadedMs: domContentLoaded, lastChangeMs: now };
    } else if (Date.now() - lastChange >= stableMs) {
      return settled;
    }
    if (Date.now() - started > timeoutMs) throw new Error(`highlights did not settle within ${timeoutMs} ms (${count} ranges)`);
    await sleep();
  }
}
