// Chromium's developer mode, where a reader loads the unpacked build, shows no manifest warning or
// error for it (issue: ready for both stores). A copy with an unknown manifest key must show one,
// so the check is seen to read what chrome://extensions shows.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { assertBuilt, DIST_CHROME } from './support/dist';

interface ExtensionReport {
  name: string;
  state: string;
  installWarnings: string[];
  /** Manifest warnings too: "Unrecognized manifest key …", "Permission … is unknown". */
  manifestErrors: { message: string }[];
  runtimeErrors: { message: string }[];
  runtimeWarnings: { message: string }[];
}

/** What chrome://extensions in developer mode shows for the one unpacked extension in `dir`. */
async function developerModeReport(dir: string): Promise<ExtensionReport> {
  const run = await launchChromium({ extensionDir: dir });
  try {
    const page = await run.context.newPage();
    await page.goto('chrome://extensions');
    // Chromium records manifest warnings only for a load in developer mode: turn it on, reload, and
    // read once the reloaded worker runs (its load, warnings included, is done by then).
    const reloaded = run.context.waitForEvent('serviceworker');
    await page.evaluate(async (id) => {
      // any: chrome.developerPrivate exists on chrome://extensions only and has no published types.
      const developer = (globalThis as any).chrome.developerPrivate;
      await developer.updateProfileConfiguration({ inDeveloperMode: true });
      await developer.reload(id, { failQuietly: true });
    }, run.extensionId);
    await reloaded;
    return await page.evaluate(async (id) => {
      const developer = (globalThis as any).chrome.developerPrivate;
      if (!(await developer.getProfileConfiguration()).inDeveloperMode) throw new Error('developer mode did not turn on');
      const { name, state, installWarnings, manifestErrors, runtimeErrors, runtimeWarnings } = await developer.getExtensionInfo(id);
      return { name, state, installWarnings, manifestErrors, runtimeErrors, runtimeWarnings };
    }, run.extensionId);
  } finally {
    await run.close();
  }
}

describe('Chromium developer mode', () => {
  const scratch: string[] = [];
  afterAll(() => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('shows the unpacked build with no manifest warnings or errors', async () => {
    const report = await developerModeReport(assertBuilt(DIST_CHROME));
    console.log(`chrome://extensions (developer mode) for ${DIST_CHROME}: ${JSON.stringify(report)}`);
    expect(report).toEqual({ name: 'Backstory', state: 'ENABLED', installWarnings: [], manifestErrors: [], runtimeErrors: [], runtimeWarnings: [] });
  });

  it('does show a warning for a manifest key Chromium does not know (the check can fail)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'backstory-devmode-'));
    scratch.push(dir);
    await cp(DIST_CHROME, dir, { recursive: true });
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, backstory_unknown_key: true }));
    const report = await developerModeReport(dir);
    expect(report.manifestErrors.map((error) => error.message)).toEqual(["Unrecognized manifest key 'backstory_unknown_key'."]);
  });
});
