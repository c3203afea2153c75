// The options page cases (options-cases.ts) in Firefox ESR, driven by puppeteer-core over WebDriver
// BiDi; one browser for the whole file (TESTING.md). Extension pages load through openExtensionPage
// and are polled, never awaited with goto or waitForFunction (TESTING.md, "Firefox").
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { ROOT } from './support/dist';
import { launchFirefox, openExtensionPage } from './support/firefox';
import { describeOptions, until, type OptionsDriver, type UiPage } from './options-cases';

const OUTPUT = path.join(ROOT, 'tests/output');
const LOADED = `document.querySelector('main.options') !== null && document.querySelector('main[aria-busy]') === null`;

// Runs in the options page: the next download link's blob is read instead of saved, as no download
// event reaches puppeteer over BiDi.
const CAPTURE_DOWNLOAD = `window.exportedText = new Promise((resolve) => {
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    HTMLAnchorElement.prototype.click = click;
    fetch(this.href).then((response) => response.text()).then((text) => resolve({ name: this.download, text }));
  };
}), true`; // evaluate awaits a returned promise: return something else

describeOptions('Firefox', async (): Promise<OptionsDriver> => {
  const run = await launchFirefox();
  const files = await mkdtemp(path.join(os.tmpdir(), 'backstory-import-'));
  const asPage = (page: UiPage) => page as unknown as Page; // the driver only ever hands out puppeteer pages
  return {
    async openOptions() {
      const page = await openExtensionPage(run, 'options.html');
      await until(page, LOADED);
      return page;
    },
    async openWeb(url) {
      const page = await run.newPage();
      await page.goto(url);
      return page;
    },
    async select(page, selector, value) {
      await asPage(page).select(selector, value);
    },
    async exportFile(page) {
      await page.evaluate(CAPTURE_DOWNLOAD);
      await page.click('#export');
      const { name, text } = (await page.evaluate('window.exportedText')) as { name: string; text: string };
      if (name !== 'backstory-settings.json') throw new Error(`download named ${name}`);
      return text;
    },
    async importFile(page, name, text) {
      const file = path.join(files, name);
      await writeFile(file, text);
      const input = (await asPage(page).$('#import-file')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(file);
    },
    async screenshot(page, name, scheme) {
      // Media emulation needs CDP, which puppeteer lacks over BiDi; the harness sets no theme pref.
      if (scheme === 'dark') return console.log(`Firefox: no dark screenshot of ${name}: prefers-color-scheme cannot be emulated over BiDi`);
      await asPage(page).screenshot({ path: path.join(OUTPUT, `${name}-firefox.png`) as `${string}.png`, fullPage: true });
    },
    async shortcuts(page) {
      const steps = (await page.evaluate(`document.querySelector('#shortcut-steps')?.textContent`)) as string | undefined;
      // The button exists where Firefox offers commands.openShortcutSettings (the manifest has commands).
      if (!(await page.evaluate(`document.querySelector('#open-shortcuts') !== null`))) return steps ? { steps } : {};
      const before = new Set(await run.browser.pages());
      await page.click('#open-shortcuts');
      for (let tries = 0; tries < 100; tries++) {
        const opened = (await run.browser.pages()).find((p) => !before.has(p));
        if (opened) {
          await until(opened, `location.href.startsWith('about:addons')`);
          const url = (await opened.evaluate('location.href')) as string;
          await opened.close();
          return steps ? { opened: url, steps } : { opened: url };
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('Change keyboard shortcuts opened no tab');
    },
    errors: () => run.extensionErrors,
    close: async () => {
      await run.close();
      await rm(files, { recursive: true, force: true });
    },
  };
});
