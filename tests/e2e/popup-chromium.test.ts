// The toolbar popup cases (popup-cases.ts) in Chromium, driven by playwright-core; one browser for
// the whole file (TESTING.md). Extension APIs run in the service worker; badges come from
// chrome.action.getBadgeText there.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { describePopup, OUTPUT, type PopupDriver, type PopupTestPage } from './popup-cases';

const LOADED = `document.querySelector('main.options') !== null && document.querySelector('main[aria-busy]') === null`;

describePopup('Chromium', async (): Promise<PopupDriver> => {
  const run = await launchChromium();
  const pages = new Map<PopupTestPage, Page>();
  const wrap = (page: Page): PopupTestPage => {
    const wrapped: PopupTestPage = {
      evaluate: (expression) => page.evaluate(expression),
      click: (selector) => page.click(selector),
      press: (key) => page.keyboard.press(key === ' ' ? 'Space' : key),
      bringToFront: () => page.bringToFront(),
      goto: async (url) => void (await page.goto(url)),
      close: () => page.close(),
    };
    pages.set(wrapped, page);
    return wrapped;
  };
  // The worker comes back as a new Worker after stopping idle: always use the current one.
  const worker = () => run.context.serviceWorkers().at(-1) ?? run.serviceWorker;
  const extension = (expression: string) => worker().evaluate(`(() => { const api = chrome; return ${expression}; })()`);
  const until = async (page: Page, expression: string) => {
    const started = Date.now();
    while ((await page.evaluate(expression).catch(() => false)) !== true) {
      if (Date.now() - started > 10_000) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return {
    async openWeb(url) {
      const page = await run.context.newPage();
      await page.goto(url);
      await page.bringToFront();
      const tabId = (await extension(`api.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => tab.id)`)) as number;
      return { page: wrap(page), tabId };
    },
    async openPopup(tabId) {
      const page = await run.context.newPage();
      await page.setViewportSize({ width: 360, height: 640 });
      await page.goto(`chrome-extension://${run.extensionId}/popup.html?tab=${tabId}`);
      return wrap(page);
    },
    async openOptions() {
      const page = await run.context.newPage();
      await page.goto(`chrome-extension://${run.extensionId}/options.html`);
      await until(page, LOADED);
      return wrap(page);
    },
    extension,
    badgeText: async (tabId) => (await extension(`api.action.getBadgeText({ tabId: ${tabId} })`)) as string,
    async screenshot(wrapped, name, scheme) {
      const page = pages.get(wrapped)!;
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: path.join(OUTPUT, `${name}-chromium.png`), fullPage: true });
      await page.emulateMedia({ colorScheme: 'light' });
    },
    errors: () => run.extensionErrors,
    close: () => run.close(),
  };
});
