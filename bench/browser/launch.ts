// Chromium for the benchmark: the test harness's flags (TESTING.md), with or without an unpacked
// extension. No request interception: playwright's route() sends every request through Node and
// made saved pages load 2-3x slower; --host-resolver-rules alone keeps every host but 127.0.0.1
// unreachable.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS as ARGS } from '../../tests/e2e/support/chromium';
import { makeScratch } from '../../tests/e2e/support/scratch';


export interface BenchBrowser {
  context: BrowserContext;
  /** `chrome-extension://<id>/`, the origin of our scripts in traces; undefined without one. */
  origin?: string;
  serviceWorker?: Worker;
  close(): Promise<void>;
}

/** `extensionDir` absolute; the settings are written to storage.sync before any page opens. */
export async function launchBench(extensionDir?: string, settings?: Record<string, unknown>): Promise<BenchBrowser> {
  const scratch = await makeScratch('bench');
  const extensionArgs = extensionDir ? ['--disable-extensions-except=' + extensionDir, '--load-extension=' + extensionDir] : [];
  const context = await chromium.launchPersistentContext(scratch.profile, {
    executablePath: CHROMIUM,
    headless: true,
    env: scratch.env,
    viewport: { width: 1280, height: 900 },
    args: [...extensionArgs, ...ARGS],
  });
  const close = async () => {
    await context.close();
    await scratch.remove();
  };
  if (!extensionDir) return { context, close };
  try {
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    if (settings) await serviceWorker.evaluate(`chrome.storage.sync.set(${JSON.stringify(settings)})`);
    return { context, origin: `chrome-extension://${new URL(serviceWorker.url()).host}/`, serviceWorker, close };
  } catch (error: unknown) {
    await close();
    throw error;
  }
}
