// The popover behaviours (popover-cases.ts) in Firefox, driven by puppeteer-core over WebDriver BiDi,
// on the popover build (seeds + the hostile seed); one browser for the whole file (TESTING.md).
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchFirefox, openExtensionPage, pollPage } from './support/firefox';
import { buildPopoverDist } from './popover-build';
import { describePopover, type PopoverDriver, type PopoverPage } from './popover-cases';

describePopover('Firefox', async (): Promise<PopoverDriver> => {
  const run = await launchFirefox({ extensionDir: path.join(buildPopoverDist(), 'firefox') });
  // There is no handle on the background script: extension APIs are called from an extension page.
  let extensionPage: Page | undefined;
  const extension = async () => (extensionPage ??= await openExtensionPage(run, 'manifest.json'));
  const pages = new Map<PopoverPage, Page>();
  const wrap = (page: Page): PopoverPage => ({
    evaluate: (expression) => page.evaluate(expression),
    move: (x, y, steps) => page.mouse.move(x, y, { steps }),
    down: () => page.mouse.down(),
    up: () => page.mouse.up(),
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    tap: (x, y) => page.touchscreen.tap(x, y),
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
    close: () => page.close(),
  });
  return {
    async open(url, initScript, viewport) {
      const page = await run.newPage();
      await page.setViewport(viewport ?? { width: 1280, height: 900 });
      if (initScript) await page.evaluateOnNewDocument(initScript);
      // A saved page's frames fail on the closed proxy and BiDi's navigate may then reject ("Address
      // rejected") though the page loads (as corpus-firefox.test.ts found): wait for the page instead.
      const navigation = page.goto(url, { waitUntil: 'load' }).then(() => undefined, (error: unknown) => error);
      await pollPage(page, `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`).catch(async (error: unknown) => {
        throw new Error(`${url} did not load: ${String(error)}; navigate said: ${String(await navigation)}`);
      });
      const wrapped = wrap(page);
      pages.set(wrapped, page);
      return wrapped;
    },
    async step(page, direction) {
      const from = await extension();
      await pages.get(page)!.bringToFront();
      // What the background's commands.onCommand does: the active tab gets mention/step.
      return from.evaluate(
        `browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => browser.tabs.sendMessage(tab.id, { name: 'mention/step', request: { direction: ${JSON.stringify(direction)} } }))`,
      );
    },
    async setSettings(values) {
      const from = await extension();
      const script = values === undefined ? 'browser.storage.sync.clear()' : `browser.storage.sync.clear().then(() => browser.storage.sync.set(${JSON.stringify(values)}))`;
      await from.evaluate(script);
    },
    async openedPage(action) {
      const known = new Set(await run.browser.pages());
      await action();
      const started = Date.now();
      for (;;) {
        const fresh = (await run.browser.pages()).find((candidate) => !known.has(candidate));
        if (fresh) {
          await pollPage(fresh, `location.href.includes('article.html') && document.readyState === 'complete'`);
          return { evaluate: (expression: string) => fresh.evaluate(expression), close: () => fresh.close() };
        }
        if (Date.now() - started > 15_000) throw new Error('no page opened');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    errors: () => run.extensionErrors,
    close: () => run.close(),
  };
});
