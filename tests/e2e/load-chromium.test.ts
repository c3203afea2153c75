// Chromium loads the built extension without errors, and its content script highlights an indexed
// name on a local page. One browser for the whole file (TESTING.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumRun } from './support/chromium';
import { readIndexedNames } from './support/dist';
import { waitForHighlights } from './support/highlights';
import { defaultMounts, serve, type Served } from './support/server';

describe('Chromium with the built extension', () => {
  let server: Served;
  let run: ChromiumRun;

  beforeAll(async () => {
    server = await serve({ mounts: defaultMounts() });
    run = await launchChromium();
  });

  afterAll(async () => {
    await run?.close();
    await server?.close();
  });

  it('starts its service worker', () => {
    expect(run.extensionId).toMatch(/^[a-p]{32}$/);
    expect(run.serviceWorker.url()).toBe(`chrome-extension://${run.extensionId}/background.js`);
  });

  it('highlights indexed names on a local page, with no extension errors', async () => {
    const page = await run.context.newPage();
    await page.goto(`${server.origin}/fixtures/smoke.html`);
    const highlights = await waitForHighlights(page);
    const names = readIndexedNames();
    const texts = Object.values(highlights).flat();
    expect(texts.filter((text) => names.has(text))).not.toEqual([]);
    expect(run.extensionErrors).toEqual([]);
    expect(run.blockedRequests).toEqual([]);
    await page.close();
  });
});
