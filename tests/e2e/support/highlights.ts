// Reads what the content script highlighted, from the page's main world: `CSS.highlights` is one
// registry per document, shared with the content script's isolated world (TESTING.md). Works with a
// playwright-core page and a puppeteer-core page alike (both evaluate a string expression).

/** The highlight names the content script registers, one per entity type. */
export const HIGHLIGHT_NAMES = ['backstory-person', 'backstory-place', 'backstory-organization'] as const;

/** Anything that evaluates an expression in a page: a playwright-core or puppeteer-core Page. */
export interface PageLike {
  evaluate(expression: string): Promise<unknown>;
}

/** Highlight name -> the text of each of its ranges, in registration order; every `backstory-*` name. */
export type HighlightTexts = Record<string, string[]>;

const POLL_INTERVAL_MS = 100;

// Runs in the page. Kept free of helpers a transpiler could inject: it is sent as source text.
function inPage(): HighlightTexts {
  const texts: HighlightTexts = {};
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return texts;
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('backstory-')) return;
    texts[name] = [...highlight].map((range) => range.toString());
  });
  return texts;
}

function isHighlightTexts(value: unknown): value is HighlightTexts {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((texts) => Array.isArray(texts) && texts.every((text) => typeof text === 'string'))
  );
}

export async function readHighlights(page: PageLike): Promise<HighlightTexts> {
  const value = await page.evaluate(`(${inPage.toString()})()`);
  if (!isHighlightTexts(value)) throw new Error(`unexpected highlights from the page: ${JSON.stringify(value)}`);
  return value;
}

export function countHighlights(texts: HighlightTexts): number {
  return Object.values(texts).reduce((sum, ranges) => sum + ranges.length, 0);
}

export interface SettleOptions {
  /** How long the count must stay unchanged; default 1 s. */
  stableMs?: number;
  /** The count that must be reached first (0: a page that should stay bare); default 1. */
  atLeast?: number;
  timeoutMs?: number;
}

/** Polls until at least `atLeast` ranges exist and their count holds for `stableMs`; returns them. */
export async function waitForHighlights(page: PageLike, options: SettleOptions = {}): Promise<HighlightTexts> {
  const { stableMs = 1000, atLeast = 1, timeoutMs = 30_000 } = options;
  const started = Date.now();
  let last = await readHighlights(page);
  let lastChange = Date.now();
  for (;;) {
    const count = countHighlights(last);
    if (count >= atLeast && Date.now() - lastChange >= stableMs) return last;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`highlights did not settle within ${timeoutMs} ms: ${count} range(s), at least ${atLeast} expected`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    const next = await readHighlights(page);
    if (countHighlights(next) !== count) lastChange = Date.now();
    last = next;
  }
}
