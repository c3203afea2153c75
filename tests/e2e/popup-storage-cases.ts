// Popup cases about what is stored: the badge setting, and a disabled-sites list far over one
// storage.sync item (8 KB), kept in parts (src/settings/list-parts.ts) and round-tripped through
// the options page and the popup's site switch.
import { expect, it } from 'vitest';
import { waitForHighlights } from './support/highlights';
import { eventually, HIGHLIGHT_COUNT, STATE, sync, until, type PopupDriver } from './popup-support';

const SITES = Array.from({ length: 999 }, (_, i) => `site-${i}.example.com`);

/** The list as stored: parts joined in their order, and the size of each stored item. */
function readParts(stored: Record<string, unknown>): { sites: unknown[]; itemBytes: number[] } {
  const count = (stored['disabledSites.parts'] as number | undefined) ?? 1;
  const keys = Array.from({ length: count }, (_, i) => (i === 0 ? 'disabledSites' : `disabledSites.${i}`));
  return {
    sites: keys.flatMap((key) => (stored[key] as unknown[] | undefined) ?? []),
    itemBytes: Object.entries(stored).map(([key, value]) => new TextEncoder().encode(key + JSON.stringify(value)).length),
  };
}

export function storageCases(driver: () => PopupDriver, url: (page: string) => string): void {
  it('the badge setting off clears the badge, on brings it back; a navigation clears it', async () => {
    const { page, tabId } = await driver().openWeb(url('popup.html'));
    await waitForHighlights(page, { atLeast: 9 });
    await eventually(() => driver().badgeText(tabId), (text) => text === '6', 'badge 6');
    await driver().extension(sync('set({ badge: false })'));
    await eventually(() => driver().badgeText(tabId), (text) => text === '', 'no badge');
    await driver().extension(sync('remove("badge")'));
    await eventually(() => driver().badgeText(tabId), (text) => text === '6', 'badge 6 again');
    await page.goto(url('popup-none.html'));
    await eventually(() => driver().badgeText(tabId), (text) => text === '', 'no badge after navigating');
    expect(driver().errors()).toEqual([]);
    await page.close();
  });

  it('a 1,000-site list round-trips: saved in parts under 8 KB each, joined on reading, switched from the popup', async () => {
    const options = await driver().openOptions();
    await options.evaluate(`(() => { const box = document.querySelector('#field-disabledSites');
      box.value = ${JSON.stringify(SITES.join('\n'))}; box.dispatchEvent(new Event('input', { bubbles: true })); return true; })()`);
    await until(options, `(document.querySelector('#message-disabledSites')?.textContent ?? '').includes('Saved')`, `document.querySelector('#message-disabledSites')?.textContent`);
    const saved = readParts((await driver().extension(sync('get(null)'))) as Record<string, unknown>);
    expect(saved.sites).toEqual(SITES);
    await options.close();

    const { page, tabId } = await driver().openWeb(url('popup.html'));
    await waitForHighlights(page, { atLeast: 9 });
    const popup = await driver().openPopup(tabId);
    await until(popup, `${STATE} === 'found'`, STATE);
    await popup.click('#site-switch');
    await until(page, `${HIGHLIGHT_COUNT} === 0`, HIGHLIGHT_COUNT);
    const stored = (await driver().extension(sync('get(null)'))) as Record<string, unknown>;
    const { sites, itemBytes } = readParts(stored);
    expect(sites).toEqual([...SITES, '127.0.0.1']);
    expect(stored['disabledSites.parts']).toBeGreaterThanOrEqual(3);
    expect(Math.max(...itemBytes)).toBeLessThanOrEqual(8192);

    // The options page reads all 1,000 back, one per line.
    const reread = await driver().openOptions();
    expect(await reread.evaluate(`document.querySelector('#field-disabledSites').value.split('\\n').length`)).toBe(1000);
    expect(await reread.evaluate(`document.querySelector('#field-disabledSites').value.split('\\n').at(-1)`)).toBe('127.0.0.1');
    await reread.close();

    await popup.click('#site-switch');
    await waitForHighlights(page, { atLeast: 9 });
    expect(readParts((await driver().extension(sync('get(null)'))) as Record<string, unknown>).sites).toEqual(SITES);
    expect(driver().errors()).toEqual([]);
    await popup.close();
    await page.close();
  });
}
