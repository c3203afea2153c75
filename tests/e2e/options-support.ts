// What the options-page cases share: the driver each browser's test file provides, the context the
// cases run in, and helpers that read and write extension storage and the page from outside.
import type { HighlightTexts, PageLike } from './support/highlights';

export interface UiPage extends PageLike {
  click(selector: string): Promise<unknown>;
  bringToFront(): Promise<unknown>;
  focus(selector: string): Promise<unknown>;
  keyboard: { type(text: string): Promise<unknown>; press(key: string): Promise<unknown> };
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<unknown> };
  close(): Promise<unknown>;
}

export interface OptionsDriver {
  /** Opens options.html in a new tab and resolves once it has rendered. */
  openOptions(): Promise<UiPage>;
  openWeb(url: string): Promise<UiPage>;
  select(page: UiPage, selector: string, value: string): Promise<void>;
  /** Clicks Export and returns the text of the file the browser was handed. */
  exportFile(page: UiPage): Promise<string>;
  /** Chooses a file for the (hidden) import input, as the file dialog would. */
  importFile(page: UiPage, name: string, text: string): Promise<void>;
  screenshot(page: UiPage, name: string, scheme: 'light' | 'dark'): Promise<void>;
  /** What "Change keyboard shortcuts" does here: the URL of the tab it opened, or the steps shown. */
  shortcuts(page: UiPage): Promise<{ opened?: string; steps?: string }>;
  errors(): string[];
  close(): Promise<void>;
}

export const POLL_MS = 50;
/** Generous for a loaded 2-core machine; the time each change took is printed, not asserted. */
export const APPLY_TIMEOUT_MS = 10_000;

export async function until(page: PageLike, expression: string, timeoutMs = APPLY_TIMEOUT_MS): Promise<void> {
  const started = Date.now();
  while ((await page.evaluate(expression).catch(() => false)) !== true) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

// In-page expressions (extension pages: chrome.* in Chromium, browser.* in Firefox).
export const STORAGE = '(globalThis.browser ?? globalThis.chrome).storage.sync';
export const readStorage = (page: UiPage) => page.evaluate(`${STORAGE}.get(null)`) as Promise<Record<string, unknown>>;
export const writeStorage = (page: UiPage, items: unknown) => page.evaluate(`${STORAGE}.clear().then(() => ${STORAGE}.set(${JSON.stringify(items)}))`);
export const text = (selector: string) => `document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`;

export async function waitForText(page: UiPage, selector: string, pattern: RegExp): Promise<string> {
  await until(page, `${pattern.toString()}.test(${text(selector)})`).catch(async (error: unknown) => {
    throw new Error(`${String(error)}; it says ${JSON.stringify(await page.evaluate(text(selector)))}`);
  });
  return (await page.evaluate(text(selector))) as string;
}

/** Replaces a text field's content by typing, as a user does after selecting all. */
export async function retype(page: UiPage, selector: string, value: string): Promise<void> {
  await page.focus(selector);
  await page.evaluate(`document.querySelector(${JSON.stringify(selector)}).select()`);
  if (value === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(value);
}

export type Expected = Record<string, string[]>;
export const ALL: Expected = {
  'backstory-person': ['Javad Zarif', 'Javad Zarif'],
  'backstory-place': ['Tehran', 'Tehran'],
  'backstory-organization': ['Associated Press'],
};

export function sorted(texts: HighlightTexts): Expected {
  return Object.fromEntries(Object.entries(texts).filter(([, ranges]) => ranges.length > 0).sort(([a], [b]) => a.localeCompare(b)));
}

/** What a group of cases gets from describeOptions: the browser's driver and the fixture server. */
export interface OptionsContext {
  browserName: string;
  driver(): OptionsDriver;
  origin(): string;
  /** A fresh options page over empty storage. */
  freshOptions(): Promise<UiPage>;
  /** Lines printed after the file: how long each live change took to show. */
  timings: string[];
}
