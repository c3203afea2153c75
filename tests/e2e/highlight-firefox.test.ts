// The highlight behaviours (highlight-cases.ts) in Firefox, driven by puppeteer-core over WebDriver
// BiDi; one browser for the whole file (TESTING.md).
import { launchFirefox } from './support/firefox';
import { describeHighlights, type Driver } from './highlight-cases';

describeHighlights('Firefox', async (): Promise<Driver> => {
  const run = await launchFirefox();
  return {
    async open(url, initScript) {
      const page = await run.newPage();
      if (initScript) await page.evaluateOnNewDocument(initScript);
      await page.goto(url);
      return page;
    },
    errors: () => run.extensionErrors,
    close: () => run.close(),
  };
});
