// Options-page cases about what is stored: export and import (and refused files), corrupted storage
// survived, a full sync store got past, and (Chromium) a quota error reported. The last case leaves
// Chrome refusing sync writes for a minute, so these run after every other case.
import { expect, it } from 'vitest';
import { SETTING_KEYS } from '../../src/settings/schema';
import { readHighlights } from './support/highlights';
import { readStorage, retype, sorted, STORAGE, until, waitForText, writeStorage, type OptionsContext } from './options-support';

export function storageCases(ctx: OptionsContext): void {
  it('exports to a file and imports it back; refuses malformed and hostile files, changing nothing', async () => {
    const page = await ctx.freshOptions();
    await page.click('#field-badge');
    await page.click('input[name=field-theme][value=dark]');
    await retype(page, '#field-disabledSites', 'example.com\n*.example.org');
    await waitForText(page, '#message-disabledSites', /Saved/);
    const stored = await readStorage(page);
    expect(stored).toEqual({ settingsVersion: 2, badge: false, theme: 'dark', disabledSites: ['example.com', '*.example.org'] });

    const exported = await ctx.driver().exportFile(page);
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

    await ctx.driver().importFile(page, 'backstory-settings.json', exported);
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
      await ctx.driver().importFile(page, name, content);
      const said = await waitForText(page, '#backup-message', new RegExp(`${name.replace('.', '\\.')} was not imported`));
      expect(said, name).toMatch(reason);
      expect(said, name).toMatch(/Nothing was changed\.$/);
      expect(await readStorage(page), name).toEqual(stored);
    }
    expect(await page.evaluate('document.title')).toBe('Backstory settings');
    expect(await page.evaluate(`document.querySelector('#backup-message img')`)).toBeNull();
    await ctx.driver().screenshot(page, 'options-import-refused', 'light');
    expect(ctx.driver().errors()).toEqual([]);
    await page.close();
  });

  it('survives corrupted storage: says what it found, keeps working, overwrites nothing until the user saves', async () => {
    const setup = await ctx.freshOptions();
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
    const article = await ctx.driver().openWeb(`${ctx.origin()}/fixtures/options-live.html`);
    await until(article, `(CSS.highlights.get('backstory-place')?.size ?? 0) === 3`);
    expect(sorted(await readHighlights(article))).toEqual(sorted({ 'backstory-organization': ['Associated Press'], 'backstory-place': ['Tehran', 'Tehran', 'Kerman'] }));

    const page = await ctx.driver().openOptions();
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
    await ctx.driver().screenshot(page, 'options-corrupted', 'light');
    // Reading wrote nothing.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await readStorage(page)).toEqual(corrupted);

    // The user's first change saves what the page shows, replacing the bad data.
    await page.click('#field-badge');
    await waitForText(page, '#message-badge', /Saved/);
    expect(await readStorage(page)).toEqual({ settingsVersion: 2, badge: false, scope: 'page', types: ['place', 'organization'] });
    await until(page, `document.querySelector('.report') === null`);
    expect(ctx.driver().errors()).toEqual([]);
    await article.close();
    await page.close();
  });

  it('gets past a full sync store by removing what the save replaces anyway', async () => {
    const page = await ctx.freshOptions();
    // Unknown keys (a newer version's, say) fill storage.sync to within 4 KB of its 100 KB.
    const junk = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`fromElsewhere${i}`, 'x'.repeat(8000)]));
    await writeStorage(page, junk);
    const refused = await page.evaluate(`${STORAGE}.set({ probe: 'x'.repeat(8000) }).then(() => 'stored', (e) => String(e.message ?? e))`);
    expect(refused, 'the browser enforces the sync quota').toMatch(/quota/i);
    await page.close();

    const options = await ctx.driver().openOptions();
    await waitForText(options, '.report', /does not know/);
    // A long list pasted at once (typing 7 KB key by key is slow in both drivers).
    const sites = Array.from({ length: 300 }, (_, i) => `site-${i}.example.com`);
    await options.evaluate(`(() => { const box = document.querySelector('#field-disabledSites');
      box.value = ${JSON.stringify(sites.join('\n'))}; box.dispatchEvent(new Event('input', { bubbles: true })); })()`);
    await waitForText(options, '#message-disabledSites', /Saved/);
    expect(await readStorage(options)).toEqual({ settingsVersion: 2, disabledSites: sites });
    expect(ctx.driver().errors()).toEqual([]);
    await options.close();
  });

  if (ctx.browserName === 'Chromium') {
    // Chrome also says "quota exceeded" past 120 sync writes a minute; retrying once cannot help
    // then. Last in the file: the browser refuses sync writes for the rest of the minute.
    it('reports a quota error it cannot get past, in words, and changes nothing', async () => {
      const page = await ctx.freshOptions();
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
      await ctx.driver().screenshot(page, 'options-quota', 'light');
      expect(ctx.driver().errors()).toEqual([]);
      await page.close();
    });
  }
}
