// The options page cases (options-cases.ts) in Chromium, driven by playwright-core; one browser for
// the whole file (TESTING.md). Export is a real download; import sets the file input's files.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { ROOT } from './support/dist';
import { describeOptions, until, type OptionsDriver, type UiPage } from './options-cases';

const OUTPUT = path.join(ROOT, 'tests/output');
const LOADED = `document.querySelector('main.options') !== null && document.querySelector('main[aria-busy]') === null`;

describeOptions('Chromium', async (): Promise<OptionsDriver> => {
  const run = await launchChromium();
  const asPage = (page: UiPage) => page as unknown as Page; // the driver only ever hands out playwright pages
  return {
    async openOptions() {
      const page = await run.context.newPage();
      await page.goto(`chrome-extension://${run.extensionId}/options.html`);
      await until(page, LOADED);
      return page;
    },
    async openWeb(url) {
      const page = await run.context.newPage();
      await page.goto(url);
      return page;
    },
    async select(page, selector, value) {
      await asPage(page).selectOption(selector, value);
    },
    async exportFile(page) {
      const [download] = await Promise.all([asPage(page).waitForEvent('download'), page.click('#export')]);
      if (download.suggestedFilename() !== 'backstory-settings.json') throw new Error(`download named ${download.suggestedFilename()}`);
      return readFile(await download.path(), 'utf8');
    },
    async importFile(page, name, text) {
      await asPage(page).setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
    },
    async screenshot(page, name, scheme) {
      await asPage(page).emulateMedia({ colorScheme: scheme });
      await asPage(page).screenshot({ path: path.join(OUTPUT, `${name}-chromium.png`), fullPage: true });
      await asPage(page).emulateMedia({ colorScheme: 'light' });
    },
    async shortcuts(page) {
      const [opened] = await Promise.all([run.context.waitForEvent('page'), page.click('#open-shortcuts')]);
      await opened.waitForLoadState();
      const url = opened.url();
      await opened.close();
      return { opened: url };
    },
    errors: () => run.extensionErrors,
    close: () => run.close(),
  };
});
