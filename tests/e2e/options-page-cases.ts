// Options-page cases a user sees on the page itself: every setting shown and reachable by keyboard,
// each content-script setting applied live to an open article (tests/fixtures/pages/options-live.html,
// expected texts by hand), another tab following, invalid input refused, the shortcuts offer.
import { expect, it } from 'vitest';
import { SETTING_KEYS } from '../../src/settings/schema';
import { readHighlights } from './support/highlights';
import { ALL, APPLY_TIMEOUT_MS, POLL_MS, readStorage, retype, sorted, until, waitForText, type Expected, type OptionsContext } from './options-support';

/** Longer than the idle timeout (250 ms) and a background tab's one-a-second timers: a rescan would show by then. */
const HOLD_EMPTY_MS = 1500;

export function pageCases(ctx: OptionsContext): void {
  it('shows every setting with its label, reachable by keyboard with a visible focus, in light and dark', async () => {
    const page = await ctx.freshOptions();
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
    await ctx.driver().screenshot(page, 'options-light', 'light');
    await ctx.driver().screenshot(page, 'options-dark', 'dark');
    expect(ctx.driver().errors()).toEqual([]);
    await page.close();
  });

  it('applies each setting the content script reads to an open article within moments, without a reload', async () => {
    const options = await ctx.freshOptions();
    const article = await ctx.driver().openWeb(`${ctx.origin()}/fixtures/options-live.html`);
    const opened = Date.now();
    await until(article, `(CSS.highlights.get('backstory-organization')?.size ?? 0) === 1`);
    ctx.timings.push(`first highlights after opening the article: ${Date.now() - opened} ms`);
    await article.evaluate('window.notReloaded = true');
    expect(sorted(await readHighlights(article))).toEqual(sorted(ALL));
    // As a user has it: the options tab in front, the article in a tab behind it.
    await options.bringToFront();
    ctx.timings.push(`visibility: options ${await options.evaluate('document.visibilityState')}, article ${await article.evaluate('document.visibilityState')}`);

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
      ctx.timings.push(`${what}: ${Date.now() - started} ms`);
      // Every settings change clears the highlights before the rescan, so "none" must also last; a
      // set of ranges cannot be a passing state here, as this small article is rescanned in one slice.
      if (want === '{}') {
        const reached = Date.now();
        while (Date.now() - reached < HOLD_EMPTY_MS) {
          expect(JSON.stringify(sorted(await readHighlights(article))), `${what}: highlights came back`).toBe('{}');
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      }
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
    await change('places not drawn', () => ctx.driver().select(options, '#style-place-kind', 'none'), { ...ALL, 'backstory-place': [] });
    await change('places drawn', () => ctx.driver().select(options, '#style-place-kind', 'underline'), ALL);
    // Styles reach the article as one adopted stylesheet built by settings/highlight-css.ts.
    const sheets = `[...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join(' ')`;
    const styled = Date.now();
    await ctx.driver().select(options, '#style-person-kind', 'background');
    await until(article, `${sheets}.includes('background-color')`);
    ctx.timings.push(`people drawn as a background: ${Date.now() - styled} ms`);
    // The highlights were ALL before this change too: wait for the sheet, then for the rescan.
    await ctx.driver().select(options, '#style-person-kind', 'underline');
    await until(article, `!${sheets}.includes('background-color')`);
    await change('people underlined again', async () => {}, ALL);
    // Typed fields save once typing pauses (400 ms), which these timings include.
    await change('site disabled (typed)', () => options.focus('#field-disabledSites').then(() => options.keyboard.type('example.com\n127.0.0.1')), {});
    await change('site enabled again (typed)', () => retype(options, '#field-disabledSites', 'example.com'), ALL);

    expect(await readStorage(options)).toEqual({ settingsVersion: 2, disabledSites: ['example.com'] });
    expect(ctx.driver().errors()).toEqual([]);
    await article.close();
    await options.close();
  });

  it('turns the toolbar badge of an open article off and on again', async () => {
    const options = await ctx.freshOptions();
    const article = await ctx.driver().openWeb(`${ctx.origin()}/fixtures/options-live.html`);
    await article.evaluate('window.notReloaded = true');
    // Every tab's badge, read from the options page (an extension page may ask the action API).
    const badges = `(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const tabs = await api.tabs.query({});
      const texts = await Promise.all(tabs.map((tab) => api.action.getBadgeText({ tabId: tab.id })));
      return JSON.stringify(texts.filter(Boolean));
    })()`;
    // Three entities in the article: Javad Zarif, Tehran, the Associated Press.
    await until(options, `${badges}.then((texts) => texts === '["3"]')`);
    const off = Date.now();
    await options.click('#field-badge');
    await until(options, `${badges}.then((texts) => texts === '[]')`);
    ctx.timings.push(`badge off: ${Date.now() - off} ms`);
    const on = Date.now();
    await options.click('#field-badge');
    await until(options, `${badges}.then((texts) => texts === '["3"]')`);
    ctx.timings.push(`badge on: ${Date.now() - on} ms`);
    expect(await article.evaluate('window.notReloaded')).toBe(true);
    expect(ctx.driver().errors()).toEqual([]);
    await article.close();
    await options.close();
  });

  it('follows a change made in another options tab', async () => {
    const first = await ctx.freshOptions();
    const second = await ctx.driver().openOptions();
    await retype(first, '#field-maxFacts', '12');
    await waitForText(first, '#message-maxFacts', /Saved/);
    await until(second, `document.querySelector('#field-maxFacts').value === '12'`);
    await first.close();
    await second.close();
  });

  it('refuses invalid input with its reason next to the field, and never saves it', async () => {
    const page = await ctx.freshOptions();
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
    await ctx.driver().screenshot(page, 'options-invalid', 'light');
    expect(ctx.driver().errors()).toEqual([]);
    await page.close();
  });

  it('offers the keyboard shortcut settings the browser allows', async () => {
    const page = await ctx.freshOptions();
    const result = await ctx.driver().shortcuts(page);
    if (ctx.browserName === 'Chromium') expect(result.opened).toBe('chrome://extensions/shortcuts');
    else {
      expect(result.steps).toMatch(/Manage Extension Shortcuts/);
      // Firefox's commands.openShortcutSettings exists once the manifest declares commands.
      if (result.opened !== undefined) expect(result.opened).toMatch(/^about:addons/);
    }
    expect(ctx.driver().errors()).toEqual([]);
    await page.close();
  });
}
