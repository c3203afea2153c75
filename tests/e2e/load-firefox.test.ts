// Firefox installs the built extension, and its content script highlights an indexed name on a local
// page. One browser for the whole file (TESTING.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_FIREFOX, readIndexedNames } from './support/dist';
import { EXTENSION_ORIGIN, launchFirefox, openExtensionPage, type FirefoxRun } from './support/firefox';
import { waitForHighlights } from './support/highlights';
import { defaultMounts, serve, type Served } from './support/server';

describe('Firefox with the built extension', () => {
  let server: Served;
  let run: FirefoxRun;

  beforeAll(async () => {
    server = await serve({ mounts: defaultMounts() });
    run = await launchFirefox();
  });

  afterAll(async () => {
    await run?.close();
    await server?.close();
  });

  it('installs at its fixed moz-extension:// origin, with a working extension context', async () => {
    const built = JSON.parse(readFileSync(path.join(DIST_FIREFOX, 'manifest.json'), 'utf8')) as { name: string; version: string };
    const page = await openExtensionPage(run, 'manifest.json');
    expect(await page.evaluate('location.href')).toBe(`${EXTENSION_ORIGIN}/manifest.json`);
    const running = await page.evaluate('(({ name, version }) => ({ name, version }))(browser.runtime.getManifest())');
    // The manifest names a message (__MSG_extensionName__); Firefox gives it in words.
    expect(built.name).toBe('__MSG_extensionName__');
    expect(running).toEqual({ name: 'Backstory', version: built.version });
    await page.close();
  });

  it('highlights indexed names on a local page, with no extension errors', async () => {
    const page = await run.newPage();
    await page.goto(`${server.origin}/fixtures/smoke.html`);
    const highlights = await waitForHighlights(page);
    const names = readIndexedNames();
    const texts = Object.values(highlights).flat();
    expect(texts.filter((text) => names.has(text))).not.toEqual([]);
    expect(run.extensionErrors).toEqual([]);
    await page.close();
  });
});
