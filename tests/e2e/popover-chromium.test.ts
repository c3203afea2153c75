// The popover behaviours (popover-cases.ts) in Chromium, driven by playwright-core, on the popover
// build (seeds + the hostile seed); one browser for the whole file (TESTING.md).
import type { Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { buildPopoverDist } from './popover-build';
import { describePopover, type PopoverDriver, type PopoverPage } from './popover-cases';
import path from 'node:path';

describePopover('Chromium', async (): Promise<PopoverDriver> => {
  const run = await launchChromium({ extensionDir: path.join(buildPopoverDist(), 'chrome') });
  const wrap = (page: Page): PopoverPage => ({
    evaluate: (expression) => page.evaluate(expression),
    move: (x, y, steps) => page.mouse.move(x, y, { steps }),
    down: () => page.mouse.down(),
    up: () => page.mouse.up(),
    press: (key) => page.keyboard.press(key),
    async tap(x, y) {
      // Touch input by CDP: pointer events with pointerType "touch", as a finger gives.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await cdp.detach();
    },
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    close: () => page.close(),
  });
  const pages = new Map<PopoverPage, Page>();
  return {
    async open(url, initScript, viewport) {
      const page = await run.context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      if (initScript) await page.addInitScript(initScript);
      await page.goto(url);
      const wrapped = wrap(page);
      pages.set(wrapped, page);
      return wrapped;
    },
    async step(page, direction) {
      await pages.get(page)!.bringToFront();
      // What the background's commands.onCommand does, from the worker: the active tab gets mention/step.
      return run.serviceWorker.evaluate(
        `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => chrome.tabs.sendMessage(tab.id, { name: 'mention/step', request: { direction: ${JSON.stringify(direction)} } }))`,
      );
    },
    async setSettings(values) {
      const script = values === undefined ? 'chrome.storage.sync.clear()' : `chrome.storage.sync.clear().then(() => chrome.storage.sync.set(${JSON.stringify(values)}))`;
      await run.serviceWorker.evaluate(script);
    },
    async openedPage(action) {
      const opened = run.context.waitForEvent('page');
      await action();
      const page = await opened;
      await page.waitForLoadState();
      return { evaluate: (expression: string) => page.evaluate(expression), close: () => page.close() };
    },
    errors: () => run.extensionErrors,
    close: () => run.close(),
  };
});
