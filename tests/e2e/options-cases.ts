// The options page as a user meets it, run against any browser: options-chromium.test.ts and
// options-firefox.test.ts each launch their browser once and pass a driver to these cases. Each
// setting the content script reads is changed on the page and its effect checked in an article that
// was already open (tests/fixtures/pages/options-live.html, expected texts by hand), without reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '../../src/settings/schema';
import { readHighlights, type HighlightTexts, type PageLike } from './support/highlights';
import { FIXTURE_PAGES, serve, type Served } from './support/server';

/** What both playwright-core and puppeteer-core pages offer, as far as these cases use it. */
export interface UiPage extends PageLike {
  click(selector: string): Promise<unknown>;
  bringToFront(): Promise<unknown>;
  focus(selector: string): Promise<unknown>;
  keyboard: { type(text: string): Promise<unknown>; press(key: string): Promise<unknown> };
  close(): Promise<unknown>;
}

export interface OptionsDriver {
  /** Opens options.html in a new tab and resolves once it has rendered. */
  openOptions(): Promise<UiPage>;
  openWeb(url: string): Promise<UiPage>;
  select(page: UiPage, selector: string, value: string): Promise<void>;
  /** Clicks Export and returns the text of the file the browser was handed. */
  exportFile(page: UiPage): Promise<string>;
  /** Chooses a file for the (hidden) import input, as the file dialog would. */
  importFile(page: UiPage, name: string, text: string): Promise<void>;
  screenshot(page: UiPage, name: string, scheme: 'light' | 'dark'): Promise<void>;
  /** What "Change keyboard shortcuts" does here: the URL of the tab it opened, or the steps shown. */
  shortcuts(page: UiPage): Promise<{ opened?: string; steps?: string }>;
  errors(): string[];
  close(): Promise<void>;
}

const POLL_MS = 50;
/** Generous for a loaded 2-core machine; the time each change took is printed, not asserted. */
const APPLY_TIMEOUT_MS = 10_000;

export async function until(page: PageLike, expression: string, timeoutMs = APPLY_TIMEOUT_MS): Promise<void> {
  const started = Date.now();
  while ((await page.evaluate(expression).catch(() => false)) !== true) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

// In-page expressions (extension pages: chrome.* in Chromium, browser.* in Firefox).
const STORAGE = '(globalThis.browser ?? globalThis.chrome).storage.sync';
const readStorage = (page: UiPage) => page.evaluate(`${STORAGE}.get(null)`) as Promise<Record<string, unknown>>;
const writeStorage = (page: UiPage, items: unknown) => page.evaluate(`${STORAGE}.clear().then(() => ${STORAGE}.set(${JSON.stringify(items)}))`);
const text = (selector: string) => `document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`;
const message = (key: string) => text(`#message-${key}`);

async function waitForText(page: UiPage, selector: string, pattern: RegExp): Promise<string> {
  await until(page, `${pattern.toString()}.test(${text(selector)})`).catch(async (error: unknown) => {
    throw new Error(`${String(error)}; it says ${JSON.stringify(await page.evaluate(text(selector)))}`);
  });
  return (await page.evaluate(text(selector))) as string;
}

/** Replaces a text field's content by typing, as a user does after selecting all. */
async function retype(page: UiPage, selector: string, value: string): Promise<void> {
  await page.focus(selector);
  await page.evaluate(`document.querySelector(${JSON.stringify(selector)}).select()`);
  if (value === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(value);
}

type Expected = Record<string, string[]>;
const ALL: Expected = {
  'backstory-person': ['Javad Zarif', 'Javad Zarif'],
  'backstory-place': ['Tehran', 'Tehran'],
  'backstory-organization': ['Associated Press'],
};

function sorted(texts: HighlightTexts): Expected {
  return Object.fromEntries(Object.entries(texts).filter(([, ranges]) => ranges.length > 0).sort(([a], [b]) => a.localeCompare(b)));
}

export function describeOptions(browserName: string, launch: () => Promise<OptionsDriver>): void {
  describe(`options page in ${browserName}`, () => {
    let driver: OptionsDriver;
    let server: Served;
    const timings: string[] = [];

    beforeAll(async () => {
      server = await serve({ mounts: { '/fixtures/': FIXTURE_PAGES } });
      driver = await launch();
    });
    afterAll(async () => {
      if (timings.length > 0) console.log(`${browserName}: time from the click to the open tab showing it:\n  ${timings.join('\n  ')}`);
      await driver?.close();
      await server?.close();
    });

    /** A fresh options page over empty storage. */
    async function freshOptions(): Promise<UiPage> {
      const options = await driver.openOptions();
      await writeStorage(options, {});
      await options.close();
      return driver.openOptions();
    }

    it('shows every setting with its label, reachable by keyboard with a visible focus, in light and dark', async () => {
      const page = await freshOptions();
      const shown = (await page.evaluate(`[...document.querySelectorAll('[data-setting]')].map((e) => e.dataset.setting)`)) as string[];
      expect([...shown].sort()).toEqual([...SETTING_KEYS].sort());
      // Every control has a name a screen reader can read.
      const unnamed = await page.evaluate(`[...document.querySelectorAll('input:not([type=file]), select, textarea, button')]
        .filter((c) => !(c.labels?.length || c.getAttribute('aria-label') || c.textContent.trim())).map((c) => c.outerHTML)`);
      expect(unnamed).toEqual([]);
      // Tab order from the top reaches the controls in reading order, each with a 3px outline.
      await page.evaluate('document.activeElement?.blur()');
      const reached: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const focus = (await page.evaluate(`(() => { const e = document.activeElement; const s = getComputedStyle(e);
          return { id: e.id || e.name, outline: s.outlineStyle + ' ' + s.outlineWidth }; })()`)) as { id: string; outline: string };
        reached.push(focus.id);
        expect(focus.outline, focus.id).toBe('solid 3px');
        if (focus.id === 'reset') break;
      }
      const order = ['field-enabled', 'field-badge', 'type-person', 'field-firstMentionOnly', 'style-person-kind', 'style-person-code', 'field-showDelayMs', 'field-disabledSites', 'export', 'import', 'reset'];
      expect(reached.filter((id) => order.includes(id))).toEqual(order);
      await driver.screenshot(page, 'options-light', 'light');
      await driver.screenshot(page, 'options-dark', 'dark');
      expect(driver.errors()).toEqual([]);
      await page.close();
    });

    it('applies each setting the content script reads to an open article within moments, without a reload', async () => {
      const options = await freshOptions();
      const article = await driver.openWeb(`${server.origin}/fixtures/options-live.html`);
      const opened = Date.now();
      await until(article, `(CSS.highlights.get('backstory-organization')?.size ?? 0) === 1`);
      timings.push(`first highlights after opening the article: ${Date.now() - opened} ms`);
      await article.evaluate('window.notReloaded = true');
      expect(sorted(await readHighlights(article))).toEqual(sorted(ALL));
      // As a user has it: the options tab in front, the article in a tab behind it.
      await options.bringToFront();
      timings.push(`visibility: options ${await options.evaluate('document.visibilityState')}, article ${await article.evaluate('document.visibilityState')}`);

      /** Does what the user does, then waits until the article shows `expected`; times from the action. */
      const change = async (what: string, action: () => Promise<unknown>, expected: Expected) => {
        const started = Date.now();
        await action();
        const want = JSON.stringify(sorted(expected));
        let seen = '';
        for (;;) {
          seen = JSON.stringify(sorted(await readHighlights(article)));
          if (seen === want) break;
          if (Date.now() - started > APPLY_TIMEOUT_MS) throw new Error(`${what}: the article shows ${seen}, expected ${want}`);
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
        timings.push(`${what}: ${Date.now() - started} ms`);
        expect(await article.evaluate('window.notReloaded')).toBe(true);
      };
      const click = (selector: string) => () => options.click(selector);

      await change('enabled off', click('#field-enabled'), {});
      await change('enabled on', click('#field-enabled'), ALL);
      await change('people not highlighted', click('input[name=type-person]'), { ...ALL, 'backstory-person': [] });
      await change('people highlighted again', click('input[name=type-person]'), ALL);
      await change('scope whole page', click('input[name=field-scope][value=page]'), { ...ALL, 'backstory-place': ['Tehran', 'Tehran', 'Kerman'] });
      await change('scope main article', click('input[name=field-scope][value=main]'), ALL);
      await change('first mention only', click('#field-firstMentionOnly'), { ...ALL, 'backstory-person': ['Javad Zarif'], 'backstory-place': ['Tehran'] });
      await change('every mention', click('#field-firstMentionOnly'), ALL);
      await change('places not drawn', () => driver.select(options, '#style-place-kind', 'none'), { ...ALL, 'backstory-place': [] });
      await change('places drawn', () => driver.select(options, '#style-place-kind', 'underline'), ALL);
      // Typed fields save once typing pauses (400 ms), which these timings include.
      await change('site disabled (typed)', () => options.focus('#field-disabledSites').then(() => options.keyboard.type('example.com\n127.0.0.1')), {});
      await change('site enabled again (typed)', () => retype(options, '#field-disabledSites', 'example.com'), ALL);

      expect(await readStorage(options)).toEqual({ settingsVersion: 2, disabledSites: ['example.com'] });
      expect(driver.errors()).toEqual([]);
      await article.close();
      await options.close();
    });

    it('follows a change made in another options tab', async () => {
      const first = await freshOptions();
      const second = await driver.openOptions();
      await retype(first, '#field-maxFacts', '12');
      await waitForText(first, '#message-maxFacts', /Saved/);
      await until(second, `document.querySelector('#field-maxFacts').value === '12'`);
      await first.close();
      await second.close();
    });

    it('refuses invalid input with its reason next to the field, and never saves it', async () => {
      const page = await freshOptions();
      await retype(page, '#field-showDelayMs', '5000');
      expect(await waitForText(page, '#message-showDelayMs', /5000/)).toBe('Must be a whole number from 0 to 3000, not 5000. Not saved.');
      expect(await page.evaluate(`document.querySelector('#field-showDelayMs').getAttribute('aria-invalid')`)).toBe('true');
      await retype(page, '#field-showDelayMs', '');
      expect(await waitForText(page, '#message-showDelayMs', /Enter/)).toBe('Enter a whole number from 0 to 3000. Not saved.');
      await retype(page, '#field-maxFacts', 'ten');
      expect(await waitForText(page, '#message-maxFacts', /ten/)).toBe('Must be a whole number from 1 to 20, not "ten". Not saved.');
      await retype(page, '#field-disabledSites', 'ok.example\nhttps://news.example.com/world');
      expect(await waitForText(page, '#message-disabledSites', /Line 2/)).toBe(
        'Line 2: write just the site name (news.example.com), without "https://". Not saved.',
      );
      await retype(page, '#style-person-code', '#12');
      expect(await waitForText(page, '#style-person-note', /#rrggbb/)).toBe('People: Write the colour as #rrggbb, for example #2563eb. Not saved.');
      // Give a wrongly queued write time to land before checking that none did.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await readStorage(page)).toEqual({});

      // Valid values save and say so; a faint colour saves with a warning.
      await retype(page, '#field-showDelayMs', '1200');
      expect(await waitForText(page, '#message-showDelayMs', /Saved/)).toBe('✓ Saved');
      await retype(page, '#style-person-code', '#ffff00');
      expect(await waitForText(page, '#style-person-note', /hard to see/)).toBe('The underline is hard to see on light pages (1.1:1); at least 3:1 is needed.');
      await waitForText(page, '#message-highlightStyle', /Saved/);
      expect(await readStorage(page)).toMatchObject({ showDelayMs: 1200, highlightStyle: { person: { kind: 'underline', color: '#ffff00' } } });
      await driver.screenshot(page, 'options-invalid', 'light');
      expect(driver.errors()).toEqual([]);
      await page.close();
    });

    it('exports to a file and imports it back; refuses malformed and hostile files, changing nothing', async () => {
      const page = await freshOptions();
      await page.click('#field-badge');
      await page.click('input[name=field-theme][value=dark]');
      await retype(page, '#field-disabledSites', 'example.com\n*.example.org');
      await waitForText(page, '#message-disabledSites', /Saved/);
      const stored = await readStorage(page);
      expect(stored).toEqual({ settingsVersion: 2, badge: false, theme: 'dark', disabledSites: ['example.com', '*.example.org'] });

      const exported = await driver.exportFile(page);
      const file = JSON.parse(exported) as { format: string; version: number; settings: Record<string, unknown> };
      expect(file).toMatchObject({ format: 'backstory-settings', version: 2, settings: { badge: false, theme: 'dark', enabled: true } });
      expect(Object.keys(file.settings).sort()).toEqual([...SETTING_KEYS].sort());

      // Reset asks first: Escape and Cancel change nothing.
      await page.click('#reset');
      await until(page, `document.querySelector('#reset-dialog').open && document.activeElement.id === 'reset-cancel'`);
      await page.keyboard.press('Escape');
      await until(page, `!document.querySelector('#reset-dialog').open`);
      expect(await readStorage(page)).toEqual(stored);
      await page.click('#reset');
      await until(page, `document.querySelector('#reset-dialog').open`);
      await page.click('#reset-confirm');
      await waitForText(page, '#backup-message', /back to its default/);
      expect(await readStorage(page)).toEqual({});
      expect(await page.evaluate(`document.querySelector('#field-badge').checked`)).toBe(true);

      await driver.importFile(page, 'backstory-settings.json', exported);
      await waitForText(page, '#backup-message', /Imported backstory-settings\.json/);
      expect(await readStorage(page)).toEqual(stored);
      expect(await page.evaluate(`document.querySelector('#field-disabledSites').value`)).toBe('example.com\n*.example.org');

      const refusals: [string, string, RegExp][] = [
        ['truncated.json', exported.slice(0, 40), /not valid JSON/],
        ['other.json', JSON.stringify({ enabled: false }), /not a Backstory settings file/],
        ['newer.json', JSON.stringify({ ...file, version: 99 }), /newer version of Backstory/],
        ['bad-field.json', JSON.stringify({ ...file, settings: { ...file.settings, maxFacts: 500 } }), /Facts shown per card: must be a whole number from 1 to 20, not 500\./],
        ['proto.json', `{"format":"backstory-settings","version":2,"settings":{"__proto__":{"enabled":false}}}`, /"__proto__" is not a Backstory setting/],
        ['markup.json', JSON.stringify({ ...file, settings: { scope: '<img src=x onerror="document.title=1">' } }), /not "<img src=x onerror/],
        ['huge.json', JSON.stringify({ ...file, padding: 'x'.repeat(200_000) }), /larger than 100 KB/],
      ];
      for (const [name, content, reason] of refusals) {
        await driver.importFile(page, name, content);
        const said = await waitForText(page, '#backup-message', new RegExp(`${name.replace('.', '\\.')} was not imported`));
        expect(said, name).toMatch(reason);
        expect(said, name).toMatch(/Nothing was changed\.$/);
        expect(await readStorage(page), name).toEqual(stored);
      }
      expect(await page.evaluate('document.title')).toBe('Backstory settings');
      expect(await page.evaluate(`document.querySelector('#backup-message img')`)).toBeNull();
      await driver.screenshot(page, 'options-import-refused', 'light');
      expect(driver.errors()).toEqual([]);
      await page.close();
    });

    it('survives corrupted storage: says what it found, keeps working, overwrites nothing until the user saves', async () => {
      const setup = await freshOptions();
      const corrupted = {
        settingsVersion: 1,
        enabled: 'yes',
        types: ['organisation', 'place', 42],
        scope: 'page',
        maxFacts: 1e9,
        theme: { dark: true },
        highlightStyle: 'blue',
        disabledSites: ['x'.repeat(7000)],
        colour: 'red',
      };
      await writeStorage(setup, corrupted);
      await setup.close();

      // The content script keeps working with what was valid: scope page, organisations and places.
      const article = await driver.openWeb(`${server.origin}/fixtures/options-live.html`);
      await until(article, `(CSS.highlights.get('backstory-place')?.size ?? 0) === 3`);
      expect(sorted(await readHighlights(article))).toEqual(sorted({ 'backstory-organization': ['Associated Press'], 'backstory-place': ['Tehran', 'Tehran', 'Kerman'] }));

      const page = await driver.openOptions();
      const report = await waitForText(page, '.report', /found problems/);
      for (const part of [
        'Highlight mentions on pages: must be on or off (true or false), not "yes"; using the default.',
        'Which kinds of entity to highlight: may only hold person, place, organization, not 42; keeping the rest.',
        'Facts shown per card: must be a whole number from 1 to 20, not 1000000000; using the default.',
        'Card colours: must be one of auto, light, dark, not an object; using the default.',
        'How each kind of mention is drawn: must give a value for each of person, place, organization, not "blue"; using the default.',
        'Sites where Backstory does nothing (example.com, *.example.com): holds "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…"',
        'the entity type "organisation" is now spelled "organization"',
        'Storage holds a setting this version does not know: "colour"; ignored.',
        'What is stored stays as it is until you change a setting here',
      ]) {
        expect(report).toContain(part);
      }
      expect(await page.evaluate(`document.querySelector('input[name=field-scope][value=page]').checked`)).toBe(true);
      expect(await page.evaluate(`document.querySelector('input[name=type-organization]').checked`)).toBe(true);
      await driver.screenshot(page, 'options-corrupted', 'light');
      // Reading wrote nothing.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await readStorage(page)).toEqual(corrupted);

      // The user's first change saves what the page shows, replacing the bad data.
      await page.click('#field-badge');
      await waitForText(page, '#message-badge', /Saved/);
      expect(await readStorage(page)).toEqual({ settingsVersion: 2, badge: false, scope: 'page', types: ['place', 'organization'] });
      await until(page, `document.querySelector('.report') === null`);
      expect(driver.errors()).toEqual([]);
      await article.close();
      await page.close();
    });

    it('offers the keyboard shortcut settings the browser allows', async () => {
      const page = await freshOptions();
      const result = await driver.shortcuts(page);
      if (browserName === 'Chromium') expect(result.opened).toBe('chrome://extensions/shortcuts');
      else expect(result.steps).toMatch(/Manage Extension Shortcuts/);
      expect(driver.errors()).toEqual([]);
      await page.close();
    });

    it('gets past a full sync store by removing what the save replaces anyway', async () => {
      const page = await freshOptions();
      // Unknown keys (a newer version's, say) fill storage.sync to within 4 KB of its 100 KB.
      const junk = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`fromElsewhere${i}`, 'x'.repeat(8000)]));
      await writeStorage(page, junk);
      const refused = await page.evaluate(`${STORAGE}.set({ probe: 'x'.repeat(8000) }).then(() => 'stored', (e) => String(e.message ?? e))`);
      expect(refused, 'the browser enforces the sync quota').toMatch(/quota/i);
      await page.close();

      const options = await driver.openOptions();
      await waitForText(options, '.report', /does not know/);
      // A long list pasted at once (typing 7 KB key by key is slow in both drivers).
      const sites = Array.from({ length: 300 }, (_, i) => `site-${i}.example.com`);
      await options.evaluate(`(() => { const box = document.querySelector('#field-disabledSites');
        box.value = ${JSON.stringify(sites.join('\n'))}; box.dispatchEvent(new Event('input', { bubbles: true })); })()`);
      await waitForText(options, '#message-disabledSites', /Saved/);
      expect(await readStorage(options)).toEqual({ settingsVersion: 2, disabledSites: sites });
      expect(driver.errors()).toEqual([]);
      await options.close();
    });

    if (browserName === 'Chromium') {
      // Chrome also says "quota exceeded" past 120 sync writes a minute; retrying once cannot help
      // then. Last in the file: the browser refuses sync writes for the rest of the minute.
      it('reports a quota error it cannot get past, in words, and changes nothing', async () => {
        const page = await freshOptions();
        const writes = await page.evaluate(`(async () => {
          for (let i = 1; i <= 300; i++) {
            try { await ${STORAGE}.set({ theme: i % 2 ? 'dark' : 'light' }); } catch { return i; }
          }
          return 0;
        })()`);
        expect(writes, 'Chrome stops sync writes within a minute').toBeGreaterThan(0);
        const stored = await readStorage(page);
        await page.click('#field-badge');
        expect(await waitForText(page, '#message-badge', /Not saved/)).toMatch(
          /^Not saved: the browser's sync storage refused it \(.*quota.*\)\. Settings may be too large, or changed too often; try again in a minute\.$/i,
        );
        expect(await readStorage(page)).toEqual(stored);
        await driver.screenshot(page, 'options-quota', 'light');
        expect(driver.errors()).toEqual([]);
        await page.close();
      });
    }
  });
}
