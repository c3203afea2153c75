// Highlighting on saved real news pages (corpus-cases.ts) in Chromium, driven by playwright-core: one
// browser without the extension for the baselines, then one with it (TESTING.md).
import type { BrowserContext } from 'playwright-core';
import { launchChromium, launchPlainChromium } from './support/chromium';
import { describeCorpus, type CorpusTab } from './corpus-cases';

async function openTab(context: BrowserContext, url: string, initScript: string | undefined, extensionOrigin: string | undefined): Promise<CorpusTab> {
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  const pageErrors: string[] = [];
  const backstoryLogs: string[] = [];
  page.on('pageerror', (error) => {
    if (!extensionOrigin || !(error.stack ?? '').includes(extensionOrigin)) pageErrors.push(error.message);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.text().startsWith('Backstory')) backstoryLogs.push(`${message.type()}: ${message.text()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return {
    pageErrors,
    backstoryLogs,
    evaluate: (expression) => page.evaluate(expression),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    close: () => page.close(),
  };
}

describeCorpus('Chromium', {
  async launchPlain() {
    const run = await launchPlainChromium();
    return { open: (url, initScript) => openTab(run.context, url, initScript, undefined), extensionErrors: () => [], close: () => run.close() };
  },
  async launchWithExtension(build, settings) {
    const run = await launchChromium({ extensionDir: build.chrome });
    await run.serviceWorker.evaluate(`chrome.storage.sync.set(${JSON.stringify(settings)})`);
    const origin = `chrome-extension://${run.extensionId}/`;
    return { open: (url, initScript) => openTab(run.context, url, initScript, origin), extensionErrors: () => run.extensionErrors, close: () => run.close() };
  },
});
