// The highlight behaviours a reader sees, run against any browser: highlight-chromium.test.ts and
// highlight-firefox.test.ts each launch their browser once and pass a driver to these cases. The
// fixtures (tests/fixtures/pages) say what each page exercises; expected texts are written by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForHighlights, type PageLike } from './support/highlights';
import { FIXTURE_PAGES, serve, type Served } from './support/server';

export interface TestPage extends PageLike {
  close(): Promise<void>;
}

export interface Driver {
  /** Opens `url`; `initScript` runs in the page's main world before its own scripts (CSP-exempt). */
  open(url: string, initScript?: string): Promise<TestPage>;
  /** Writes storage.sync from an extension context; `undefined` clears everything stored. */
  setSettings(values: Record<string, unknown> | undefined): Promise<void>;
  errors(): string[];
  close(): Promise<void>;
}

const POLL_MS = 100;

/** Polls an expression in the page until it is true. */
async function until(page: PageLike, expression: string, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while ((await page.evaluate(expression).catch(() => false)) !== true) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

// In-page helpers, sent as source text.
const RANGES = `[...['backstory-person','backstory-place','backstory-organization']].flatMap((n) => [...(CSS.highlights.get(n) ?? [])])`;
const TEXTS_IN = (selector: string) =>
  `${RANGES}.filter((r) => document.querySelector(${JSON.stringify(selector)}).contains(r.startContainer)).map((r) => r.toString())`;
const ALL_TEXTS = `${RANGES}.map((r) => r.toString())`;

export function describeHighlights(browserName: string, launch: () => Promise<Driver>): void {
  describe(`highlights in ${browserName}`, () => {
    let driver: Driver;
    let server: Served;
    let frozen: Served;
    const url = (page: string, from = server) => `${from.origin}/fixtures/${page}`;

    beforeAll(async () => {
      server = await serve({ mounts: { '/fixtures/': FIXTURE_PAGES } });
      frozen = await serve({ mounts: { '/fixtures/': FIXTURE_PAGES }, freezeScripts: true });
      driver = await launch();
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
      await frozen?.close();
    });

    it('skips scripts, form fields, editors, code, SVG, templates, frames, hidden text and our host', async () => {
      const page = await driver.open(url('skip-rules.html'));
      await waitForHighlights(page, { atLeast: 5 });
      const result = (await page.evaluate(`(() => {
        const ranges = ${RANGES};
        const inSkipped = ranges.filter((r) => r.startContainer.parentElement.closest('.skip')).map((r) => r.toString());
        const keeps = [...document.querySelectorAll('.keep')].map((k) => ranges.filter((r) => k.contains(r.startContainer)).map((r) => r.toString()));
        return { inSkipped, keeps };
      })()`)) as { inSkipped: string[]; keeps: string[][] };
      expect(result.inSkipped).toEqual([]);
      expect(result.keeps).toEqual([['Kerman'], ['Kerman'], ['Kerman'], ['Kerman'], ['Kerman']]);
      expect(driver.errors()).toEqual([]);
      await page.close();
    });

    it('matches a mention over inline elements as one range, never across blocks', async () => {
      const page = await driver.open(url('split-inline.html'));
      await waitForHighlights(page);
      expect(await page.evaluate(TEXTS_IN('#split'))).toEqual(['Qassem Soleimani']);
      expect(await page.evaluate(`${RANGES}.filter((r) => document.querySelector('#split').contains(r.startContainer)).map((r) => r.startContainer !== r.endContainer)`)).toEqual([true]);
      expect(await page.evaluate(TEXTS_IN('#deep'))).toEqual(['Javad Zarif']);
      expect(await page.evaluate(TEXTS_IN('#glued'))).toEqual([]);
      const apart = (await page.evaluate(TEXTS_IN('#apart'))) as string[];
      expect(apart.filter((text) => /\s/.test(text))).toEqual([]);
      await page.close();
    });

    it('highlights text the page adds two seconds after load', async () => {
      const page = await driver.open(url('late-text.html'));
      await waitForHighlights(page);
      await until(page, `document.querySelector('#late') !== null`);
      await until(page, `JSON.stringify(${TEXTS_IN('#late')}) === '["Javad Zarif"]'`);
      await until(page, `JSON.stringify(${TEXTS_IN('#grow')}) === '["Donald Trump"]'`);
      expect(await page.evaluate(TEXTS_IN('#first'))).toEqual(['Kerman']);
      await page.close();
    });

    it('drops the ranges of text a single-page app replaced and highlights the new text', async () => {
      const page = await driver.open(url('spa-replace.html'));
      await waitForHighlights(page);
      expect(await page.evaluate(ALL_TEXTS)).toContain('Qassem Soleimani');
      await page.evaluate('navigate("b")');
      await until(page, `${ALL_TEXTS}.includes('Donald Trump')`);
      await until(page, `${RANGES}.every((r) => r.startContainer.isConnected)`);
      expect(await page.evaluate(ALL_TEXTS)).not.toContain('Qassem Soleimani');
      await page.evaluate('replaceMain()');
      await until(page, `${ALL_TEXTS}.includes('Kerman') && !${ALL_TEXTS}.includes('Donald Trump')`);
      expect(await page.evaluate(`${RANGES}.every((r) => r.startContainer.isConnected && r.toString() !== '')`)).toBe(true);
      await page.close();
    });

    it('highlights every one of 50,000 mentions', async () => {
      const page = await driver.open(url('many-mentions.html'));
      await until(page, `${RANGES}.length >= 50000`, 110_000);
      await waitForHighlights(page, { atLeast: 50_000, stableMs: 1000 });
      expect(await page.evaluate(`${RANGES}.length`)).toBe(50_000);
      await page.close();
    });

    it('applies settings live: types, first mention only, styles, a disabled site, then everything back', async () => {
      const page = await driver.open(url('spa-replace.html'));
      await waitForHighlights(page);
      const names = `[...CSS.highlights.keys()].filter((n) => n.startsWith('backstory-')).sort().join()`;
      try {
        await driver.setSettings({ types: ['place'] });
        await until(page, `${names} === 'backstory-place' && ${ALL_TEXTS}.join() === 'Kerman,Tehran'`);
        await driver.setSettings({ firstMentionOnly: true });
        await page.evaluate(`document.querySelector('article p').append(' Kerman again, Kerman.')`);
        await until(page, `${ALL_TEXTS}.filter((t) => t === 'Kerman').length === 1 && ${ALL_TEXTS}.includes('Qassem Soleimani')`);
        const sheets = `[...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join()`;
        await driver.setSettings({ highlightStyle: { person: { kind: 'background', color: '#ffd400' }, place: { kind: 'none', color: '#15803d' }, organization: { kind: 'underline', color: '#dc2626' } } });
        await until(page, `${names} === 'backstory-organization,backstory-person' && ${sheets}.includes('background-color')`);
        await driver.setSettings({ disabledSites: ['127.0.0.1'] });
        await until(page, `${names} === '' && ${RANGES}.length === 0 && document.adoptedStyleSheets.length === 0`);
        await driver.setSettings(undefined);
        await until(page, `${ALL_TEXTS}.filter((t) => t === 'Kerman').length === 3`);
        expect(driver.errors()).toEqual([]);
      } finally {
        await driver.setSettings(undefined);
        await page.close();
      }
    });

    for (const fixture of ['skip-rules.html', 'split-inline.html', 'spa-replace.html']) {
      it(`leaves the DOM of ${fixture} exactly as it was (page scripts frozen)`, async () => {
        const snapshot = `document.addEventListener('DOMContentLoaded', () => { window.__domBefore = document.documentElement.outerHTML; });`;
        const page = await driver.open(url(fixture, frozen), snapshot);
        await waitForHighlights(page, { stableMs: 1500 });
        const [before, after] = (await page.evaluate('[window.__domBefore, document.documentElement.outerHTML]')) as [string, string];
        expect(typeof before).toBe('string');
        expect(after).toBe(before);
        await page.close();
      });
    }
  });
}
