// Bad input where it enters, in Chromium: a damaged bundle (matcher or index) gives one clear error
// and a quietly disabled part, never a stream of exceptions; fuzzed messages from an extension page
// leave the background answering; and the network audit itself catches a build that leaks. Each
// variant is the normal build with one file post-processed in a temporary copy (build.mjs untouched).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumRun } from './support/chromium';
import { DIST_CHROME } from './support/dist';
import { countHighlights, readHighlights, waitForHighlights } from './support/highlights';
import { FIXTURE_PAGES, serve, type Served } from './support/server';

const temporary: string[] = [];

/** A copy of the Chrome build with `file` rewritten by `change`; removed after the file's tests. */
function variant(file: string, change: (source: string) => string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'backstory-variant-'));
  temporary.push(dir);
  cpSync(DIST_CHROME, dir, { recursive: true });
  const source = readFileSync(path.join(dir, file), 'utf8');
  const changed = change(source);
  if (changed === source) throw new Error(`the variant left ${file} as it was: the bundle's layout changed`);
  writeFileSync(path.join(dir, file), changed);
  return dir;
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('bad input in Chromium', () => {
  let server: Served;
  const page = (name: string) => `${server.origin}/fixtures/${name}`;

  beforeAll(async () => {
    server = await serve({ mounts: { '/fixtures/': FIXTURE_PAGES } });
  });
  afterAll(async () => {
    await server?.close();
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  it('a truncated matcher: one clear error per page, no highlights, nothing more on changes', async () => {
    const dir = variant('content.js', (source) =>
      source.replace(/childCounts:"([^"]*)"/, (_all, packed: string) => `childCounts:"${packed.slice(0, Math.floor(packed.length / 8) * 4)}"`),
    );
    const run = await launchChromium({ extensionDir: dir });
    try {
      const tab = await run.context.newPage();
      await tab.goto(page('smoke.html'));
      await waitFor(() => run.extensionErrors.length > 0, 'the content script to say the matcher is broken');
      // A settings change and page mutations run the content script's paths again.
      await run.serviceWorker.evaluate(`chrome.storage.sync.set({ types: ['person'] })`);
      await tab.evaluate(`document.querySelector('article').append(Object.assign(document.createElement('p'), { textContent: 'Later in Kerman and Tehran.' }))`);
      await waitForHighlights(tab, { atLeast: 0, stableMs: 1500 });
      expect(run.extensionErrors).toHaveLength(1);
      expect(run.extensionErrors[0]).toMatch(/Backstory:.*matcher data is broken/);
      expect(countHighlights(await readHighlights(tab))).toBe(0);
      // The popup still gets an answer from the page (the content script is off, not dead).
      await tab.bringToFront();
      const described = await run.serviceWorker.evaluate(
        `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([t]) => chrome.tabs.sendMessage(t.id, { name: 'page/describe', request: {} }))`,
      );
      expect(described).toMatchObject({ host: '127.0.0.1', found: [] });
    } finally {
      await run.close();
    }
  });

  it('a corrupted index: the worker starts, entity/get answers one clear error, pages still highlight', async () => {
    const dir = variant('background.js', (source) => source.replace(/\]\}\],entities:\[\{id:"/, ']}],entities:0,dropped:[{id:"'));
    const run = await launchChromium({ extensionDir: dir });
    try {
      const extensionPage = await run.context.newPage();
      await extensionPage.goto(`chrome-extension://${run.extensionId}/options.html`);
      const ask = `chrome.runtime.sendMessage({ name: 'entity/get', request: { id: 'place:tehran' } })`;
      const answers = [await extensionPage.evaluate(ask), await extensionPage.evaluate(ask)];
      for (const answer of answers) expect(answer).toEqual({ ok: false, error: expect.stringMatching(/^Backstory: the bundled index is unreadable/) });
      const tab = await run.context.newPage();
      await tab.goto(page('smoke.html'));
      await waitForHighlights(tab);
      expect(run.extensionErrors.filter((error) => !/bundled index is unreadable/.test(error))).toEqual([]);
      expect(run.extensionErrors).toHaveLength(1);
    } finally {
      await run.close();
    }
  });

  it('malformed messages from an extension page: none is acted on, and the extension keeps working', async () => {
    const run: ChromiumRun = await launchChromium();
    try {
      const extensionPage = await run.context.newPage();
      await extensionPage.goto(`chrome-extension://${run.extensionId}/options.html`);
      const name = fc.constantFrom('entity/get', 'article/open', 'found/changed', 'mention/step', 'page/describe', 'mention/reveal', '__proto__', 'constructor', 'toString', '');
      const message = fc.oneof(
        fc.jsonValue(),
        fc.record({ name, request: fc.jsonValue() }),
        fc.record({ name, request: fc.record({ id: fc.oneof(fc.string(), fc.integer()), entityId: fc.string({ maxLength: 300 }), factIndex: fc.oneof(fc.integer(), fc.double()), entities: fc.oneof(fc.integer(), fc.string()) }, { requiredKeys: [] }) }),
      );
      const messages = fc.sample(message, { numRuns: 300, seed: 20260101 });
      const answers = (await extensionPage.evaluate(
        `Promise.all(${JSON.stringify(messages)}.map((m) => chrome.runtime.sendMessage(m).then((answer) => ({ answer }), (error) => ({ rejected: String(error) }))))`,
      )) as { answer?: unknown; rejected?: string }[];
      expect(answers).toHaveLength(messages.length);
      for (const [i, reply] of answers.entries()) {
        // Unanswered (not ours or malformed), void (found/changed from a page without a tab does
        // nothing), or a failed Result: a random id is in no index.
        const acted = reply.answer !== undefined && reply.answer !== null && (reply.answer as { ok?: unknown }).ok !== false;
        expect(acted, JSON.stringify(messages[i])).toBe(false);
      }
      expect(await extensionPage.evaluate(`chrome.runtime.sendMessage({ name: 'entity/get', request: { id: 'place:tehran' } }).then((r) => r.ok && r.value.entity.name)`)).toBe('Tehran');
      expect(run.context.pages().filter((p) => p.url().includes('article.html'))).toEqual([]);
      const tab = await run.context.newPage();
      await tab.goto(page('smoke.html'));
      await waitForHighlights(tab);
      expect(run.extensionErrors).toEqual([]);
    } finally {
      await run.close();
    }
  });

  it('the network audit catches a build that leaks, from the content script and from the worker', async () => {
    const leak = (where: string) => `;fetch("http://leak.example/${where}").catch(() => undefined);`;
    const dir = variant('content.js', (source) => source + leak('content'));
    writeFileSync(path.join(dir, 'background.js'), readFileSync(path.join(dir, 'background.js'), 'utf8') + leak('worker'));
    const run = await launchChromium({ extensionDir: dir });
    const tab = await run.context.newPage();
    await tab.goto(page('smoke.html'));
    await waitFor(() => run.extensionRequests.some((request) => request.endsWith('/content')), 'the content script leak to be seen');
    // The worker's leak ran at its start, before the audit attached: wake it with a new fetch instead.
    await run.serviceWorker.evaluate(`fetch("http://leak.example/worker-again").catch(() => undefined)`);
    await waitFor(() => run.extensionRequests.some((request) => request.endsWith('/worker-again')), 'the worker leak to be seen');
    await expect(run.close()).rejects.toThrow(/Backstory made \d+ network request/);
  });
});
