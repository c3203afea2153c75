// The highlight behaviours (highlight-cases.ts) in Chromium, driven by playwright-core; one browser
// for the whole file (TESTING.md).
import { launchChromium } from './support/chromium';
import { describeHighlights, type Driver } from './highlight-cases';

describeHighlights('Chromium', async (): Promise<Driver> => {
  const run = await launchChromium();
  return {
    async open(url, initScript) {
      const page = await run.context.newPage();
      if (initScript) await page.addInitScript(initScript);
      await page.goto(url);
      return page;
    },
    async setSettings(values) {
      const script = values === undefined ? 'chrome.storage.sync.clear()' : `chrome.storage.sync.clear().then(() => chrome.storage.sync.set(${JSON.stringify(values)}))`;
      await run.serviceWorker.evaluate(script);
    },
    errors: () => run.extensionErrors,
    close: () => run.close(),
  };
});
