// Highlighting on saved real news pages (corpus-cases.ts) in Firefox ESR, driven by puppeteer-core over
// WebDriver BiDi: one browser without the extension for the baselines, then one with it (TESTING.md).
import { EXTENSION_ORIGIN, launchFirefox, openExtensionPage, pollPage, type FirefoxRun } from './support/firefox';
import { describeCorpus, type CorpusTab } from './corpus-cases';

async function openTab(run: FirefoxRun, url: string, initScript: string | undefined): Promise<CorpusTab> {
  const page = await run.newPage();
  await page.setViewport({ width: 1280, height: 900 }); // as Chromium's, so the screenshots compare
  if (initScript) await page.evaluateOnNewDocument(initScript);
  const pageErrors: string[] = [];
  const backstoryLogs: string[] = [];
  page.on('pageerror', (error: unknown) => {
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    if (!stack.includes(EXTENSION_ORIGIN)) pageErrors.push(error instanceof Error ? error.message : stack);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.text().startsWith('Backstory')) backstoryLogs.push(`${message.type()}: ${message.text()}`);
  });
  // With page scripts on, a saved page's ad frames fail on the closed proxy and BiDi's navigate then
  // rejects ("Address rejected") though the page itself loads: wait for the page, not for goto.
  const navigation = page.goto(url, { waitUntil: 'load' }).then(
    () => undefined,
    (error: unknown) => error,
  );
  await pollPage(page, `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`).catch(async (error: unknown) => {
    throw new Error(`${url} did not load: ${String(error)}; navigate said: ${String(await navigation)}`);
  });
  return {
    pageErrors,
    backstoryLogs,
    evaluate: (expression) => page.evaluate(expression),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    close: () => page.close(),
  };
}

describeCorpus('Firefox', {
  async launchPlain() {
    const run = await launchFirefox({ extensionDir: null });
    return { open: (url, initScript) => openTab(run, url, initScript), extensionErrors: () => run.extensionErrors, close: () => run.close() };
  },
  async launchWithExtension(build, settings) {
    const run = await launchFirefox({ extensionDir: build.firefox });
    // No handle on the background script: storage is written from an extension page (TESTING.md).
    const extensionPage = await openExtensionPage(run, 'manifest.json');
    await extensionPage.evaluate(`browser.storage.sync.set(${JSON.stringify(settings)})`);
    await extensionPage.close();
    return { open: (url, initScript) => openTab(run, url, initScript), extensionErrors: () => run.extensionErrors, close: () => run.close() };
  },
});
