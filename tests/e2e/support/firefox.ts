// Launches Firefox ESR through puppeteer-core over WebDriver BiDi with the built extension installed
// as a temporary add-on (the recipe in TESTING.md). The add-on gets a fixed UUID, so its pages have a
// known moz-extension:// origin; every host but 127.0.0.1 goes to a proxy that counts and refuses it.
import puppeteer, { type Browser, type ConsoleMessage, type Page } from 'puppeteer-core';
import { assertBuilt, DIST_FIREFOX } from './dist';
import { countingProxy, logAudit } from './network-audit';
import { makeScratch } from './scratch';

export const FIREFOX = '/usr/bin/firefox-esr';
/** `browser_specific_settings.gecko.id`, set by firefoxManifest() in build.mjs. */
export const GECKO_ID = 'backstory@backstory.example';
export const EXTENSION_UUID = '0b6a43e4-5a1e-4c1b-9d4f-6f3b8e2b7a10';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const POLL_INTERVAL_MS = 100;

export interface FirefoxOptions {
  /** The unpacked extension; default the build's `firefox/` folder; null: none (a page as users without it see it). */
  extensionDir?: string | null;
}

export interface FirefoxRun {
  browser: Browser;
  /** Errors logged by the extension's pages and content scripts (`Backstory:` logs) on watched pages. */
  extensionErrors: string[];
  /**
   * Opens a page whose extension errors land in `extensionErrors`; `extension` marks one that will
   * show an extension page, all of whose errors count (page.url() stays about:blank there).
   */
  newPage(kind?: 'web' | 'extension'): Promise<Page>;
  /**
   * Every connection that tried to leave 127.0.0.1 (its request line), from anyone: the extension or
   * a page's own resources (network-audit.ts). Fixture pages request nothing, so there it must stay empty.
   */
  proxiedRequests: readonly string[];
  close(): Promise<void>;
}

/**
 * Firefox's own services (remote settings at firefox.settings.services.mozilla.com, retried all run
 * long whatever the prefs say): the browser's traffic, not the extension's, which bundles everything.
 */
const BROWSER_SERVICES = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)$/;

function isBrowserService(host: string): boolean {
  return BROWSER_SERVICES.test(host);
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxRun> {
  const extensionDir = options.extensionDir === null ? undefined : assertBuilt(options.extensionDir ?? DIST_FIREFOX);
  const scratch = await makeScratch('firefox');
  const proxy = await countingProxy(isBrowserService);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: scratch.profile,
    env: scratch.env,
    // Without it Firefox 153 refuses to navigate to moz-extension:// (TESTING.md).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'extensions.webextensions.fileSchemeAccess.requireOptIn': false,
      // Only 127.0.0.1 is reachable: everything else goes to a proxy that counts and refuses it.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
    },
  }).catch(async (error: unknown) => {
    await proxy.close();
    await scratch.remove();
    throw error;
  });
  try {
    const installed = extensionDir && (await browser.installExtension(extensionDir));
    if (extensionDir && installed !== GECKO_ID) throw new Error(`installed add-on ${installed}, expected ${GECKO_ID}`);
  } catch (error: unknown) {
    await browser.close();
    await proxy.close();
    await scratch.remove();
    throw error;
  }
  const extensionErrors: string[] = [];
  const watch = (page: Page, kind: 'web' | 'extension') => {
    page.on('console', (message: ConsoleMessage) => {
      const ours =
        kind === 'extension' || message.location().url?.startsWith(EXTENSION_ORIGIN) || message.text().startsWith('Backstory');
      if (ours && message.type() === 'error') extensionErrors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error: unknown) => {
      const stack = error instanceof Error ? (error.stack ?? '') : String(error);
      if (kind === 'extension' || stack.includes(EXTENSION_ORIGIN)) extensionErrors.push(`pageerror: ${stack}`);
    });
    return page;
  };
  return {
    browser,
    extensionErrors,
    newPage: async (kind = 'web') => watch(await browser.newPage(), kind),
    proxiedRequests: proxy.requests,
    close: async () => {
      await browser.close();
      await proxy.close();
      await scratch.remove();
      if (extensionDir) logAudit('firefox', proxy.requests, proxy.ignored);
    },
  };
}

/** Polls `page` until `check` (an expression) is true, by evaluate: waitForFunction fails on extension pages. */
export async function pollPage(page: Page, check: string, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    const done = await page.evaluate(check).catch(() => false); // throws while the page navigates
    if (done === true) return;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${check} on ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

/**
 * Opens `moz-extension://<uuid>/<path>` in a fresh page and resolves once it has loaded. Check where
 * it is with `page.evaluate('location.href')`: puppeteer's page.url() does not follow it.
 */
export async function openExtensionPage(run: FirefoxRun, pagePath: string): Promise<Page> {
  const url = `${EXTENSION_ORIGIN}/${pagePath.replace(/^\//, '')}`;
  const page = await run.newPage('extension');
  // page.goto never resolves for moz-extension:// although the page loads (TESTING.md): start it and
  // poll instead; its rejection when the page closes says nothing the poll has not.
  page.goto(url).catch(() => undefined);
  await pollPage(page, `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`);
  return page;
}
