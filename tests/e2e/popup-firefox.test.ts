// The toolbar popup cases (popup-cases.ts) in Firefox ESR, driven by puppeteer-core over WebDriver
// BiDi; one browser for the whole file (TESTING.md). There is no handle on the background script:
// extension APIs (tabs, storage, action.getBadgeText) run in an extension page of our own.
import path from 'node:path';
import type { KeyInput, Page } from 'puppeteer-core';
import { launchFirefox, openExtensionPage, pollPage } from './support/firefox';
import { describePopup, OUTPUT, type PopupDriver, type PopupTestPage } from './popup-cases';

const LOADED = `document.querySelector('main.options') !== null && document.querySelector('main[aria-busy]') === null`;

describePopup('Firefox', async (): Promise<PopupDriver> => {
  const run = await launchFirefox();
  let extensionPage: Page | undefined;
  const extension = async (expression: string) => {
    extensionPage ??= await openExtensionPage(run, 'manifest.json');
    return extensionPage.evaluate(`(() => { const api = browser; return ${expression}; })()`);
  };
  const pages = new Map<PopupTestPage, Page>();
  const load = async (page: Page, url: string) => {
    // BiDi's navigate may reject though the page loads (popover-firefox.test.ts): wait for the page.
    const navigation = page.goto(url, { waitUntil: 'load' }).then(() => undefined, (error: unknown) => error);
    await pollPage(page, `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`).catch(async (error: unknown) => {
      throw new Error(`${url} did not load: ${String(error)}; navigate said: ${String(await navigation)}`);
    });
  };
  const wrap = (page: Page): PopupTestPage => {
    const wrapped: PopupTestPage = {
      evaluate: (expression) => page.evaluate(expression),
      click: (selector) => page.click(selector),
      press: (key) => page.keyboard.press(key as KeyInput),
      bringToFront: () => page.bringToFront(),
      goto: (url) => load(page, url),
      close: () => page.close(),
    };
    pages.set(wrapped, page);
    return wrapped;
  };
  return {
    async openWeb(url) {
      const page = await run.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      if (url === 'about:blank') await page.evaluate('true');
      else await load(page, url);
      await page.bringToFront();
      const tabId = (await extension(`api.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab.id)`)) as number;
      return { page: wrap(page), tabId };
    },
    async openPopup(tabId) {
      const page = await openExtensionPage(run, `popup.html?tab=${tabId}`);
      await page.setViewport({ width: 360, height: 640 });
      return wrap(page);
    },
    async openOptions() {
      const page = await openExtensionPage(run, 'options.html');
      await pollPage(page, LOADED);
      return wrap(page);
    },
    extension,
    badgeText: async (tabId) => (await extension(`api.action.getBadgeText({ tabId: ${tabId} })`)) as string,
    async screenshot(wrapped, name, scheme) {
      const page = pages.get(wrapped)!;
      // prefers-color-scheme cannot be emulated over BiDi (options-firefox.test.ts): dark is the
      // `theme` setting instead, which the popup follows live.
      if (scheme === 'dark') {
        await extension(`api.storage.sync.set({ theme: 'dark' })`);
        await pollPage(page, `document.documentElement.dataset.theme === 'dark'`);
      }
      await page.screenshot({ path: path.join(OUTPUT, `${name}-firefox.png`) as `${string}.png`, fullPage: true });
      if (scheme === 'dark') {
        await extension(`api.storage.sync.remove('theme')`);
        await pollPage(page, `document.documentElement.dataset.theme === undefined`);
      }
    },
    errors: () => run.extensionErrors,
    close: () => run.close(),
  };
});
