// What the popup cases share: the driver each browser's test file provides and helpers that read
// the popup, the page and extension storage from outside. The popup page is opened in a tab of its
// own and told which tab to describe (popup.html?tab=<id>, see src/popup/index.tsx).
import type { PageLike } from './support/highlights';

export interface PopupTestPage extends PageLike {
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  bringToFront(): Promise<void>;
  goto(url: string): Promise<void>;
  close(): Promise<void>;
}

export interface PopupDriver {
  /** Opens `url` in a new tab and finds its tab id (the active tab once it is brought to front). */
  openWeb(url: string): Promise<{ page: PopupTestPage; tabId: number }>;
  /** popup.html?tab=<tabId> in a tab of its own, 360 px wide. */
  openPopup(tabId: number): Promise<PopupTestPage>;
  /** options.html in a tab of its own, once rendered. */
  openOptions(): Promise<PopupTestPage>;
  /** Evaluates `expression` where extension APIs are, with `api` bound to chrome or browser. */
  extension(expression: string): Promise<unknown>;
  badgeText(tabId: number): Promise<string>;
  /** Saves tests/output/<name>-<browser>.png; dark where the browser can be told to prefer it. */
  screenshot(page: PopupTestPage, name: string, scheme: 'light' | 'dark'): Promise<void>;
  errors(): string[];
  close(): Promise<void>;
}

const POLL_MS = 50;
export const TIMEOUT_MS = 10_000;

/** Polls an expression in `page` until it is true; says what it last saw when it times out. */
export async function until(page: PageLike, expression: string, seen = 'null', timeoutMs = TIMEOUT_MS): Promise<void> {
  const started = Date.now();
  while ((await page.evaluate(expression).catch(() => false)) !== true) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}; saw ${JSON.stringify(await page.evaluate(seen).catch(String))}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Polls a value read from outside any page (a badge) until `check` accepts it; returns it. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() - started > TIMEOUT_MS) throw new Error(`timed out waiting for ${what}; last ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 2));
  }
}

/** Group type -> [name, count] in the order the popup shows them. */
export type ListedGroups = { type: string; entities: [string, number][] }[];

// In-page expressions, sent as source text.
export const LISTED = `[...document.querySelectorAll('.group')].map((group) => ({
  type: group.dataset.type,
  entities: [...group.querySelectorAll('.entity')].map((b) => [b.querySelector('.name').textContent, Number(b.querySelector('.count').textContent)]),
}))`;
export const STATE = `document.querySelector('[data-state]')?.dataset.state`;
export const STATE_TEXT = `(document.querySelector('[data-state] .state')?.textContent ?? '')`;
export const ANNOUNCED = `(document.querySelector('#announcer')?.textContent ?? '')`;
export const HIGHLIGHT_COUNT = `['backstory-person','backstory-place','backstory-organization'].reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0)`;
export const HOST_PRESENT = `document.querySelector('backstory-host') !== null`;
/** Set in a page's main world; still there later means the page was never reloaded. */
export const MARK = `(window.backstoryTestMark = 'not reloaded', true)`;
export const MARKED = `window.backstoryTestMark === 'not reloaded'`;
/** What has focus in the popup, as an id or an entity id. */
export const FOCUSED = `(() => { const el = document.activeElement; return el?.dataset.entity ?? el?.id ?? el?.tagName; })()`;
export const SWITCH_FACTS = `[...document.querySelectorAll('input.switch')].map((input) => ({
  id: input.id, role: input.getAttribute('role'), checked: input.checked, label: input.labels[0]?.textContent,
}))`;

export const sync = (expression: string) => `api.storage.sync.${expression}`;
