// The toolbar popup as a reader uses it, run against any browser: popup-chromium.test.ts and
// popup-firefox.test.ts each launch their browser once and pass a driver to these cases. Pages:
// tests/fixtures/pages/popup.html (expected list written by hand in its comment), popup-none.html,
// options-live.html (a second page of the same site, 127.0.0.1).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from './support/dist';
import { readHighlights, waitForHighlights } from './support/highlights';
import { FIXTURE_PAGES, serve, type Served } from './support/server';
import {
  ANNOUNCED,
  eventually,
  FOCUSED,
  HIGHLIGHT_COUNT,
  HOST_PRESENT,
  LISTED,
  MARK,
  MARKED,
  STATE,
  STATE_TEXT,
  SWITCH_FACTS,
  sync,
  until,
  type ListedGroups,
  type PopupDriver,
} from './popup-support';
import { storageCases } from './popup-storage-cases';

export type { PopupDriver, PopupTestPage } from './popup-support';

export const OUTPUT = path.join(ROOT, 'tests/output');

const EXPECTED: ListedGroups = [
  { type: 'person', entities: [['Javad Zarif', 2], ['Donald Trump', 1]] },
  { type: 'place', entities: [['Qom', 2], ['Tehran', 2], ['Washington', 1]] },
  { type: 'organization', entities: [['Associated Press', 1]] },
];
const CARD_NAME = `document.querySelector('backstory-host')?.shadowRoot?.querySelector('.frame:not([hidden]) .popover .name')?.textContent`;
const CURRENT = `[...(CSS.highlights.get('backstory-current') ?? [])].map((r) => r.toString() + '@' + Math.round(r.getBoundingClientRect().top))`;

export function describePopup(browserName: string, launch: () => Promise<PopupDriver>): void {
  describe(`toolbar popup in ${browserName}`, () => {
    let driver: PopupDriver;
    let server: Served;
    const url = (page: string) => `${server.origin}/fixtures/${page}`;

    beforeAll(async () => {
      mkdirSync(OUTPUT, { recursive: true });
      server = await serve({ mounts: { '/fixtures/': FIXTURE_PAGES } });
      driver = await launch();
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });
    beforeEach(async () => {
      await driver.extension(sync('clear()'));
    });

    it('lists what the page highlights, by type, most mentioned first, following page changes; the badge counts the entities', async () => {
      const { page, tabId } = await driver.openWeb(url('popup.html'));
      const highlights = await waitForHighlights(page, { atLeast: 9 });
      const popup = await driver.openPopup(tabId);
      await until(popup, `${STATE} === 'found'`, STATE);
      expect(await popup.evaluate(LISTED)).toEqual(EXPECTED);
      // The counts are the page's own highlights, type by type.
      for (const group of EXPECTED) {
        expect(group.entities.reduce((sum, [, count]) => sum + count, 0)).toBe(highlights[`backstory-${group.type}`]?.length);
      }
      expect(await eventually(() => driver.badgeText(tabId), (text) => text === '6', 'badge 6')).toBe('6');
      expect(await popup.evaluate(`document.querySelector('.summary').textContent`)).toBe('6 entities, 9 mentions. Choose one to see it on the page.');

      // The page changes under the open popup: one more Tehran, one new place.
      await page.evaluate(`document.querySelector('article').insertAdjacentHTML('beforeend', '<p>Ahvaz mourned, and Tehran again.</p>'), true`);
      await until(popup, `JSON.stringify(${LISTED}[1]) === ${JSON.stringify(JSON.stringify({ type: 'place', entities: [['Tehran', 3], ['Qom', 2], ['Ahvaz', 1], ['Washington', 1]] }))}`, LISTED);
      expect(await eventually(() => driver.badgeText(tabId), (text) => text === '7', 'badge 7')).toBe('7');
      expect((await readHighlights(page))['backstory-place']).toHaveLength(7);

      await popup.bringToFront();
      await popup.press('Tab');
      await driver.screenshot(popup, 'popup-found-light', 'light');
      await driver.screenshot(popup, 'popup-found-dark', 'dark');
      expect(driver.errors()).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('is usable by keyboard alone: entities, then the switches, then settings; roles and labels', async () => {
      const { page, tabId } = await driver.openWeb(url('popup.html'));
      await waitForHighlights(page, { atLeast: 9 });
      const popup = await driver.openPopup(tabId);
      await until(popup, `${STATE} === 'found'`, STATE);
      await popup.bringToFront();
      const order: unknown[] = [];
      for (let i = 0; i < 9; i++) {
        await popup.press('Tab');
        order.push(await popup.evaluate(FOCUSED));
      }
      expect(order).toEqual([
        'person:javad-zarif', 'person:donald-trump', 'place:qom', 'place:tehran', 'place:washington', 'organization:associated-press',
        'site-switch', 'pause-switch', 'open-settings',
      ]);
      expect(await popup.evaluate(SWITCH_FACTS)).toEqual([
        { id: 'site-switch', role: 'switch', checked: true, label: 'Highlight on 127.0.0.1' },
        { id: 'pause-switch', role: 'switch', checked: false, label: 'Pause on every site' },
      ]);
      expect(await popup.evaluate(`document.documentElement.lang`)).toBe('en');
      expect(await popup.evaluate(`[...document.querySelectorAll('h1, h2, h3')].map((h) => h.tagName + ' ' + h.textContent)`)).toEqual([
        'H1 Backstory', 'H2 Found on this page', 'H3 People (2)', 'H3 Places (3)', 'H3 Organisations (1)', 'H2 On this site',
      ]);
      expect(await popup.evaluate(`document.querySelector('[data-entity="place:qom"] .count').getAttribute('aria-label')`)).toBe('2 mentions');
      expect(driver.errors()).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('choosing an entity (Enter) scrolls the tab to its first mention and marks it current', async () => {
      const { page, tabId } = await driver.openWeb(url('popup.html'));
      await waitForHighlights(page, { atLeast: 9 });
      expect(await page.evaluate('scrollY')).toBe(0);
      const popup = await driver.openPopup(tabId);
      await until(popup, `${STATE} === 'found'`, STATE);
      await popup.bringToFront();
      for (let i = 0; i < 3; i++) await popup.press('Tab');
      expect(await popup.evaluate(FOCUSED)).toBe('place:qom');
      await popup.press('Enter');
      await until(popup, `${ANNOUNCED} === 'Showing Qom on the page.'`, ANNOUNCED);
      await until(page, `scrollY > 1000`, 'scrollY');
      const current = (await page.evaluate(CURRENT)) as string[];
      expect(current).toHaveLength(1);
      const [text, top] = current[0]!.split('@');
      expect(text).toBe('Qom');
      // The first Qom, in the viewport now.
      const firstQom = (await page.evaluate(`(() => { const r = [...CSS.highlights.get('backstory-place')].filter((r) => r.toString() === 'Qom').sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[0]; return Math.round(r.getBoundingClientRect().top); })()`)) as number;
      expect(Number(top)).toBe(firstQom);
      expect(firstQom).toBeGreaterThanOrEqual(0);
      expect(firstQom).toBeLessThan((await page.evaluate('innerHeight')) as number);
      expect(driver.errors()).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('choosing an entity opens its popover on that mention', async () => {
      const { page, tabId } = await driver.openWeb(url('popup.html'));
      await waitForHighlights(page, { atLeast: 9 });
      const popup = await driver.openPopup(tabId);
      await until(popup, `${STATE} === 'found'`, STATE);
      await popup.click('[data-entity="person:donald-trump"]');
      await until(page, `${CARD_NAME} === 'Donald Trump'`, CARD_NAME);
      expect(driver.errors()).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('the site switch removes and restores highlights and the popover host in two open tabs of the site, without reloading', async () => {
      const a = await driver.openWeb(url('popup.html'));
      const b = await driver.openWeb(url('options-live.html'));
      await waitForHighlights(a.page, { atLeast: 9 });
      await waitForHighlights(b.page, { atLeast: 5 });
      for (const { page } of [a, b]) await page.evaluate(MARK);
      // A keyboard step opens a card in tab B: its host now exists and must go too.
      await driver.extension(`api.tabs.sendMessage(${b.tabId}, { name: 'mention/step', request: { direction: 'next' } })`);
      await until(b.page, HOST_PRESENT);
      await eventually(() => driver.badgeText(b.tabId), (text) => text === '3', 'badge 3 on B');

      const popup = await driver.openPopup(a.tabId);
      await until(popup, `${STATE} === 'found'`, STATE);
      await popup.bringToFront();
      await popup.evaluate(`document.querySelector('#site-switch').focus(), true`);
      await popup.press(' ');
      for (const { page } of [a, b]) await until(page, `${HIGHLIGHT_COUNT} === 0 && !(${HOST_PRESENT})`, HIGHLIGHT_COUNT);
      expect(await driver.extension(sync('get(null)'))).toEqual({ settingsVersion: 2, disabledSites: ['127.0.0.1'] });
      await until(popup, `${STATE} === 'site-off'`, STATE);
      expect(await popup.evaluate(STATE_TEXT)).toBe('Backstory is off on 127.0.0.1. Turn it back on below.');
      expect(await popup.evaluate(`document.querySelector('#site-switch').checked`)).toBe(false);
      for (const { tabId } of [a, b]) await eventually(() => driver.badgeText(tabId), (text) => text === '', 'no badge');
      await driver.screenshot(popup, 'popup-site-off', 'light');

      await popup.click('#site-switch');
      await waitForHighlights(a.page, { atLeast: 9 });
      expect(await readHighlights(b.page)).toMatchObject({ 'backstory-person': ['Javad Zarif', 'Javad Zarif'] });
      await until(b.page, `${HIGHLIGHT_COUNT} === 5`, HIGHLIGHT_COUNT);
      for (const { page } of [a, b]) expect(await page.evaluate(MARKED)).toBe(true);
      expect(await driver.extension(sync('get(null)'))).toEqual({ settingsVersion: 2 });
      await until(popup, `${STATE} === 'found'`, STATE);
      await eventually(() => driver.badgeText(a.tabId), (text) => text === '6', 'badge 6 on A');
      await eventually(() => driver.badgeText(b.tabId), (text) => text === '3', 'badge 3 on B');
      expect(driver.errors()).toEqual([]);
      for (const page of [popup, a.page, b.page]) await page.close();
    });

    it('pause stops Backstory on every site and resumes it', async () => {
      const { page, tabId } = await driver.openWeb(url('popup.html'));
      await waitForHighlights(page, { atLeast: 9 });
      await page.evaluate(MARK);
      const popup = await driver.openPopup(tabId);
      await until(popup, `${STATE} === 'found'`, STATE);
      await popup.click('#pause-switch');
      await until(page, `${HIGHLIGHT_COUNT} === 0`, HIGHLIGHT_COUNT);
      expect(await driver.extension(sync('get(null)'))).toEqual({ settingsVersion: 2, enabled: false });
      await until(popup, `${STATE} === 'paused'`, STATE);
      expect(await popup.evaluate(ANNOUNCED)).toBe('Backstory is paused on every site.');
      await eventually(() => driver.badgeText(tabId), (text) => text === '', 'no badge');
      await popup.click('#pause-switch');
      await waitForHighlights(page, { atLeast: 9 });
      expect(await page.evaluate(MARKED)).toBe(true);
      await until(popup, `${STATE} === 'found'`, STATE);
      expect(driver.errors()).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('says so where it cannot run, and where nothing is mentioned', async () => {
      const blank = await driver.openWeb('about:blank');
      const popup = await driver.openPopup(blank.tabId);
      await until(popup, `${STATE} === 'unsupported'`, STATE);
      expect(await popup.evaluate(STATE_TEXT)).toBe('Backstory cannot run on this page.');
      expect(await popup.evaluate(`[document.querySelector('#site-switch'), document.querySelector('#pause-switch') !== null]`)).toEqual([null, true]);
      await driver.screenshot(popup, 'popup-unsupported', 'light');
      await popup.close();
      await blank.page.close();

      const none = await driver.openWeb(url('popup-none.html'));
      const described = await driver.openPopup(none.tabId);
      await until(described, `${STATE} === 'empty'`, STATE);
      expect(await described.evaluate(STATE_TEXT)).toBe("No one and nothing from Backstory's articles is mentioned on this page.");
      expect(await driver.badgeText(none.tabId)).toBe('');
      expect(await described.evaluate(`document.querySelector('#index-info').textContent`)).toMatch(/^Index: \d+ entities from \d+ articles?, built \d{1,2} [A-Z][a-z]{2} \d{4}\.$/);
      expect(driver.errors()).toEqual([]);
      await described.close();
      await none.page.close();
    });

    storageCases(() => driver, url);
  });
}
