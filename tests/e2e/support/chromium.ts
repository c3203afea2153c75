// Launches the system Chromium with the built extension (the recipe in TESTING.md): a persistent
// context on a scratch profile, every request not to 127.0.0.1 blocked, and the errors of the
// extension's worker, pages and content scripts collected.
import { chromium, type BrowserContext, type ConsoleMessage, type Worker } from 'playwright-core';
import { assertBuilt, DIST_CHROME } from './dist';
import { auditChromiumNetwork, logAudit, type NetworkAudit } from './network-audit';
import { makeScratch } from './scratch';

export const CHROMIUM = '/usr/bin/chromium';

const WORKER_TIMEOUT_MS = 10_000;

// Runs in the service worker (as source text): uncaught errors and rejections become console errors.
const REPORT_UNCAUGHT = `
  self.addEventListener('error', (event) => console.error('uncaught: ' + event.message));
  self.addEventListener('unhandledrejection', (event) => console.error('unhandled rejection: ' + String(event.reason)));
`;

export interface ChromiumOptions {
  /** The unpacked extension; default the build's `chrome/` folder. */
  extensionDir?: string;
  /** Default true; a visible window needs DISPLAY. */
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /** Default true: Playwright closes the browser and exits on Ctrl-C; false leaves Ctrl-C to the caller. */
  handleSIGINT?: boolean;
}

export interface ChromiumRun {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Errors of the extension so far: its worker, its pages, its content scripts (`Backstory:` logs). */
  extensionErrors: string[];
  /** Requests refused because they left 127.0.0.1. */
  blockedRequests: string[];
  /** Network requests the extension caused (network-audit.ts); close() fails the file when there are any. */
  extensionRequests: readonly string[];
  close(): Promise<void>;
}

/** Flags of every launch here (TESTING.md), with or without the extension; the benchmark uses them too. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Belt and braces beside route(): no host but 127.0.0.1 even resolves, whoever asks.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'ws:' && protocol !== 'wss:') return true;
  return hostname === '127.0.0.1';
}

/** Aborts every request that leaves 127.0.0.1, noting its URL in `blocked`. */
async function blockNonLocal(context: BrowserContext, blocked: string[]): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
}

export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumRun> {
  const extensionDir = assertBuilt(options.extensionDir ?? DIST_CHROME);
  const scratch = await makeScratch('chromium');
  const context = await chromium.launchPersistentContext(scratch.profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    env: scratch.env,
    handleSIGINT: options.handleSIGINT ?? true,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    // The port is for network-audit.ts's second CDP client; Playwright keeps its pipe.
    args: ['--disable-extensions-except=' + extensionDir, '--load-extension=' + extensionDir, '--remote-debugging-port=0', ...CHROMIUM_ARGS],
  }).catch(async (error: unknown) => {
    await scratch.remove();
    throw error;
  });
  const extensionErrors: string[] = [];
  const blockedRequests: string[] = [];
  let audit: NetworkAudit | undefined;
  try {
    await blockNonLocal(context, blockedRequests);
    // A worker that throws at top level never registers: fail here rather than at the hook timeout.
    const serviceWorker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: WORKER_TIMEOUT_MS }).catch(() => {
        throw new Error(`no service worker within ${WORKER_TIMEOUT_MS} ms: does background.js throw at top level?`);
      }));
    const extensionId = new URL(serviceWorker.url()).host;
    const origin = `chrome-extension://${extensionId}/`;
    audit = await auditChromiumNetwork(scratch.profile, extensionId);
    const extensionRequests = audit.requests;
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() !== 'error') return;
      const where = message.worker() ? 'worker' : 'page';
      const ours = message.location().url.startsWith(origin) || message.page()?.url().startsWith(origin) || message.text().startsWith('Backstory');
      if (where === 'worker' || ours) extensionErrors.push(`${where}: ${message.text()}`);
    };
    // Workers' messages reach the context's console only in part: listen to each worker, which comes
    // back as a new Worker after stopping idle. Uncaught errors in a worker reach no Playwright event,
    // so each worker reports its own as console errors.
    const watchWorker = async (worker: Worker) => {
      worker.on('console', onConsole);
      await worker.evaluate(REPORT_UNCAUGHT).catch((error: unknown) => extensionErrors.push(`worker: cannot watch: ${String(error)}`));
    };
    context.on('console', (message) => message.worker() || onConsole(message));
    context.on('serviceworker', (worker) => void watchWorker(worker));
    await watchWorker(serviceWorker);
    context.on('weberror', (webError) => {
      const { stack = '', message } = webError.error();
      const page = webError.page()?.url() ?? '';
      if (page.startsWith(origin) || stack.includes(origin)) extensionErrors.push(`pageerror: ${message}`);
    });
    return {
      context,
      extensionId,
      serviceWorker,
      extensionErrors,
      blockedRequests,
      extensionRequests,
      close: async () => {
        await audit?.stop();
        await context.close();
        await scratch.remove();
        logAudit('chromium', extensionRequests);
        if (extensionRequests.length > 0) throw new Error(`Backstory made ${extensionRequests.length} network request(s): ${extensionRequests.join(', ')}`);
      },
    };
  } catch (error: unknown) {
    await audit?.stop();
    await context.close();
    await scratch.remove();
    throw error;
  }
}

export interface PlainChromiumRun {
  context: BrowserContext;
  blockedRequests: string[];
  close(): Promise<void>;
}

/** The same Chromium without any extension, for pages as a reader without Backstory gets them. */
export async function launchPlainChromium(): Promise<PlainChromiumRun> {
  const scratch = await makeScratch('chromium-plain');
  const context = await chromium
    .launchPersistentContext(scratch.profile, { executablePath: CHROMIUM, headless: true, env: scratch.env, viewport: { width: 1280, height: 900 }, args: CHROMIUM_ARGS })
    .catch(async (error: unknown) => {
      await scratch.remove();
      throw error;
    });
  const blockedRequests: string[] = [];
  await blockNonLocal(context, blockedRequests);
  return {
    context,
    blockedRequests,
    close: async () => {
      await context.close();
      await scratch.remove();
    },
  };
}
