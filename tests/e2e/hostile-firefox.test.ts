// The hostile pages (hostile-cases.ts) in Firefox, driven by puppeteer-core over WebDriver BiDi:
// one browser without the extension for the reference, then one with it, for the whole file
// (TESTING.md). Every connection that tries to leave 127.0.0.1 reaches the harness's counting proxy;
// these fixture pages request nothing, so any connection at all fails the case.
import type { Page } from 'puppeteer-core';
import { launchFirefox, openExtensionPage, pollPage, type FirefoxRun } from './support/firefox';
import { describeHostile, type HostileDriver, type HostilePage, type PlainDriver } from './hostile-cases';

async function open(run: FirefoxRun, url: string, initScript: string, pages?: Map<HostilePage, Page>): Promise<HostilePage> {
  const page = await run.newPage();
  await page.evaluateOnNewDocument(initScript);
  // BiDi's navigate may reject on pages whose subresources fail, though they load (popover-firefox.test.ts).
  const navigation = page.goto(url, { waitUntil: 'load' }).then(() => undefined, (error: unknown) => error);
  // The tab's first about:blank is complete too: wait until it has left it.
  const arrived = url === 'about:blank' ? 'true' : `location.href !== 'about:blank'`;
  await pollPage(page, `${arrived} && document.readyState === 'complete'`, 60_000).catch(async (error: unknown) => {
    throw new Error(`${url} did not load: ${String(error)}; navigate said: ${String(await navigation)}`);
  });
  const wrapped: HostilePage = { evaluate: (expression) => page.evaluate(expression), close: () => page.close() };
  pages?.set(wrapped, page);
  return wrapped;
}

describeHostile(
  'Firefox',
  async (): Promise<HostileDriver> => {
    const run = await launchFirefox();
    const pages = new Map<HostilePage, Page>();
    // There is no handle on the background script: extension APIs are called from an extension page.
    let extensionPage: Page | undefined;
    return {
      open: (url, initScript) => open(run, url, initScript, pages),
      async step(page) {
        extensionPage ??= await openExtensionPage(run, 'manifest.json');
        await pages.get(page)!.bringToFront();
        return extensionPage.evaluate(
          `browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => browser.tabs.sendMessage(tab.id, { name: 'mention/step', request: { direction: 'next' } }))`,
        );
      },
      errors: () => run.extensionErrors,
      requests: () => run.proxiedRequests,
      close: () => run.close(),
    };
  },
  async (): Promise<PlainDriver> => {
    const run = await launchFirefox({ extensionDir: null });
    return { open: (url, initScript) => open(run, url, initScript), close: () => run.close() };
  },
);
