// The highlight behaviours (highlight-cases.ts) in Firefox, driven by puppeteer-core over WebDriver
// BiDi; one browser for the whole file (TESTING.md).
import type { Page } from 'puppeteer-core';
import { launchFirefox, openExtensionPage } from './support/firefox';
import { describeHighlights, type Driver } from './highlight-cases';

describeHighlights('Firefox', async (): Promise<Driver> => {
  const run = await launchFirefox();
  // There is no handle on the background script: storage is written from an extension page (TESTING.md).
  let extensionPage: Page | undefined;
  return {
    async open(url, initScript) {
      const page = await run.newPage();
      if (initScript) await page.evaluateOnNewDocument(initScript);
      await page.goto(url);
      return page;
    },
    async setSettings(values) {
      extensionPage ??= await openExtensionPage(run, 'manifest.json');
      const script = values === undefined ? 'browser.storage.sync.clear()' : `browser.storage.sync.clear().then(() => browser.storage.sync.set(${JSON.stringify(values)}))`;
      await extensionPage.evaluate(script);
    },
    errors: () => run.extensionErrors,
    close: () => run.close(),
  };
});
