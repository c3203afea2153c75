// Options-page cases about the card in an article that is already open: the show and hide delays,
// the facts shown per card and the theme, each changed on the options page as a user does and seen
// in the article without a reload. Page: tests/fixtures/pages/options-live.html; Tehran has four
// facts in the seed index (seeds/), which is what the facts-per-card step counts on.
import { expect, it } from 'vitest';
import { POLL_MS, retype, until, waitForText, type OptionsContext, type UiPage } from './options-support';

const CARD = `document.querySelector('backstory-host')?.shadowRoot?.querySelector('.frame:not([hidden]) .popover')`;
const SHOWN = `(${CARD} != null)`;
const PLACES = `CSS.highlights.get('backstory-place')`;

/** Timers never fire early, so a card may not show (or hide) sooner than this before its delay. */
const CLOCK_SLACK_MS = 100;
const LONG_DELAY_MS = 2500;

/** Waits for `expression`, returning how long it took from `since`. */
async function timeUntil(page: UiPage, expression: string, since: number): Promise<number> {
  await until(page, expression);
  return Date.now() - since;
}

/** Centre of the first highlighted "Tehran" in the article. */
async function tehran(article: UiPage): Promise<{ x: number; y: number }> {
  await until(article, `[...(${PLACES} ?? [])].some((r) => r.toString() === 'Tehran')`);
  return (await article.evaluate(`(() => {
    const b = [...${PLACES}].find((r) => r.toString() === 'Tehran').getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  })()`)) as { x: number; y: number };
}

export function cardCases(ctx: OptionsContext): void {
  it('applies the card settings (show and hide delays, facts per card, theme) to an open article without a reload', async () => {
    const options = await ctx.freshOptions();
    const article = await ctx.driver().openWeb(`${ctx.origin()}/fixtures/options-live.html`);
    await until(article, `(${PLACES}?.size ?? 0) === 2`);
    await article.evaluate('window.notReloaded = true');

    /**
     * Changes a setting on the options page and waits until the article has started over with it:
     * every settings change replaces the highlight ranges, so a range seen before must be gone.
     */
    const change = async (what: string, action: () => Promise<unknown>, key: string) => {
      await article.evaluate(`window.rangeBefore = ${PLACES}.values().next().value, true`);
      await options.bringToFront();
      const started = Date.now();
      await action();
      await waitForText(options, `#message-${key}`, /Saved/);
      const applied = await timeUntil(article, `${PLACES}?.size === 2 && !${PLACES}.has(window.rangeBefore)`, started);
      ctx.timings.push(`${what}: ${applied} ms`);
    };
    /** Points at Tehran from the page's corner in one move; returns ms from the move to the card. */
    const hover = async () => {
      await article.bringToFront();
      const { x, y } = await tehran(article);
      await article.mouse.move(5, 5);
      await until(article, `!${SHOWN}`);
      const before = Date.now();
      await article.mouse.move(x, y);
      return timeUntil(article, `${SHOWN} && ${CARD}.querySelector('.name')?.textContent === 'Tehran'`, before);
    };
    const leave = async () => {
      const before = Date.now();
      await article.mouse.move(5, 5);
      return timeUntil(article, `!${SHOWN}`, before);
    };

    await change(`show delay ${LONG_DELAY_MS} ms`, () => retype(options, '#field-showDelayMs', String(LONG_DELAY_MS)), 'showDelayMs');
    const slowShow = await hover();
    ctx.timings.push(`card shown ${slowShow} ms after pointing (show delay ${LONG_DELAY_MS} ms)`);
    expect(slowShow).toBeGreaterThanOrEqual(LONG_DELAY_MS - CLOCK_SLACK_MS);
    await leave();

    await change(`hide delay ${LONG_DELAY_MS} ms`, () => retype(options, '#field-hideDelayMs', String(LONG_DELAY_MS)), 'hideDelayMs');
    await change('show delay 0 ms', () => retype(options, '#field-showDelayMs', '0'), 'showDelayMs');
    const quickShow = await hover();
    const slowHide = await leave();
    ctx.timings.push(`card shown ${quickShow} ms after pointing (show delay 0), hidden ${slowHide} ms after leaving (hide delay ${LONG_DELAY_MS} ms)`);
    // Shown sooner than the delay before the change allows: the new value replaced the old one.
    expect(quickShow).toBeLessThan(LONG_DELAY_MS - CLOCK_SLACK_MS);
    expect(slowHide).toBeGreaterThanOrEqual(LONG_DELAY_MS - CLOCK_SLACK_MS);

    await change('hide delay 0 ms', () => retype(options, '#field-hideDelayMs', '0'), 'hideDelayMs');
    await hover();
    const quickHide = await leave();
    ctx.timings.push(`card hidden ${quickHide} ms after leaving (hide delay 0)`);
    expect(quickHide).toBeLessThan(LONG_DELAY_MS - CLOCK_SLACK_MS);

    // Facts per card: one, with "Show all" for the other three; then all four, with no button.
    const facts = `[${CARD}.querySelectorAll('.fact').length, ${CARD}.querySelector('.show-all') !== null]`;
    await change('one fact per card', () => retype(options, '#field-maxFacts', '1'), 'maxFacts');
    await hover();
    expect(await article.evaluate(facts)).toEqual([1, true]);
    await leave();
    await change('twenty facts per card', () => retype(options, '#field-maxFacts', '20'), 'maxFacts');
    await hover();
    expect(await article.evaluate(facts)).toEqual([4, false]);
    await leave();

    // Theme: the card follows the setting, whatever the page's colour scheme (light here).
    const background = `getComputedStyle(${CARD}).backgroundColor`;
    await change('dark theme', () => options.click('input[name=field-theme][value=dark]'), 'theme');
    await hover();
    expect(await article.evaluate(background)).toBe('rgb(32, 33, 36)');
    await until(article, `${CARD}.getAnimations().every((a) => a.playState === 'finished')`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    await ctx.driver().screenshot(article, 'options-card-dark-theme', 'light');
    await leave();
    await change('light theme', () => options.click('input[name=field-theme][value=light]'), 'theme');
    await hover();
    expect(await article.evaluate(background)).toBe('rgb(255, 255, 255)');

    expect(await article.evaluate('window.notReloaded')).toBe(true);
    expect(ctx.driver().errors()).toEqual([]);
    await article.close();
    await options.close();
  });
}
