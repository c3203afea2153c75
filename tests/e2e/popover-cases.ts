// The popover behaviours a reader sees, run against any browser: popover-chromium.test.ts and
// popover-firefox.test.ts each launch their browser once on the popover build (popover-build.ts:
// the seeds plus a hostile one) and pass a driver to these cases. Pages: tests/fixtures/pages/popover*.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/dist';
import { waitForHighlights, type PageLike } from './support/highlights';
import { FIXTURE_PAGES, serve, type Served } from './support/server';

export const OUTPUT = path.join(ROOT, 'tests/output');

export interface PopoverPage extends PageLike {
  move(x: number, y: number, steps?: number): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
  press(key: string): Promise<void>;
  tap(x: number, y: number): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface PopoverDriver {
  /** Opens `url`; `initScript` runs in the page's main world before its own scripts. */
  open(url: string, initScript?: string, viewport?: { width: number; height: number }): Promise<PopoverPage>;
  /** What a keyboard command does: mention/step to the page's tab, through the extension. */
  step(page: PopoverPage, direction: 'next' | 'previous'): Promise<unknown>;
  setSettings(values: Record<string, unknown> | undefined): Promise<void>;
  /** Runs `action` and resolves with the extension page it opened in a new tab. */
  openedPage(action: () => Promise<void>): Promise<PageLike & { close(): Promise<void> }>;
  errors(): string[];
  close(): Promise<void>;
}

const POLL_MS = 50;

async function until(page: PageLike, expression: string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while ((await page.evaluate(expression).catch(() => false)) !== true) {
    if (Date.now() - started > timeoutMs) {
      const seen = await page.evaluate(`[[...(CSS.highlights.get('backstory-current') ?? [])].map((r) => r.toString()).join(), ${CARD_NAME} ?? null, location.href]`).catch(() => undefined);
      throw new Error(`timed out waiting for ${expression} (current mention, card, page: ${JSON.stringify(seen)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** A negative can only be seen by waiting: used where a card must stay (or stay away) past a delay. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// In-page helpers, sent as source text.
const ROOT_EXPR = `document.querySelector('backstory-host')?.shadowRoot`;
const CARD = `${ROOT_EXPR}?.querySelector('.frame:not([hidden]) .popover')`;
const SHOWN = `(${CARD} != null)`;
/** Shown, and its fade-in over: what a screenshot must wait for. */
const SETTLED = `(${SHOWN} && ${CARD}.getAnimations().every((a) => a.playState === 'finished'))`;
const HIDDEN = `(${CARD} == null)`;
const CARD_NAME = `${CARD}?.querySelector('.name')?.textContent`;
const RANGES = `['backstory-person','backstory-place','backstory-organization'].flatMap((n) => [...(CSS.highlights.get(n) ?? [])])`;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Client rects of the highlighted mention `text` inside `selector` (nth match). */
async function mentionRects(page: PageLike, selector: string, text: string, nth = 0): Promise<Rect[]> {
  const rects = (await page.evaluate(`(() => {
    const within = document.querySelector(${JSON.stringify(selector)});
    const ranges = ${RANGES}.filter((r) => within.contains(r.startContainer) && r.toString() === ${JSON.stringify(text)});
    const range = ranges[${nth}];
    return range ? [...range.getClientRects()].map((b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom })) : null;
  })()`)) as Rect[] | null;
  if (!rects || rects.length === 0) throw new Error(`no highlighted "${text}" in ${selector}`);
  return rects;
}

const centre = (rect: Rect) => ({ x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 });

async function cardRect(page: PageLike): Promise<Rect & { side: string }> {
  return (await page.evaluate(`(() => {
    const frame = ${ROOT_EXPR}.querySelector('.frame');
    const b = frame.querySelector('.popover').getBoundingClientRect();
    return { left: b.left, top: b.top, right: b.right, bottom: b.bottom, side: frame.dataset.side };
  })()`)) as Rect & { side: string };
}

const intersects = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Hovers the mention and waits for its card; returns the mention's rects. */
async function hoverMention(page: PopoverPage, selector: string, text: string): Promise<Rect[]> {
  const rects = await mentionRects(page, selector, text);
  const { x, y } = centre(rects[0]!);
  // From just off the name (below it at the top edge: Firefox refuses moves outside the viewport).
  await page.move(x, y > 60 ? y - 40 : y + 40);
  await page.move(x, y, 4);
  await until(page, `${CARD_NAME} === ${JSON.stringify(text)}`);
  return rects;
}

async function moveAway(page: PopoverPage): Promise<void> {
  await page.move(5, 5, 3);
}

export function describePopover(browserName: string, launch: () => Promise<PopoverDriver>): void {
  describe(`popover in ${browserName}`, () => {
    let driver: PopoverDriver;
    let server: Served;
    let frozen: Served;
    const url = (page: string, from = server) => `${from.origin}/fixtures/${page}`;
    const shot = (name: string) => path.join(OUTPUT, `popover-${name}-${browserName.toLowerCase()}.png`);

    beforeAll(async () => {
      mkdirSync(OUTPUT, { recursive: true });
      // Saved news pages from the fixture copies, so a fresh clone without ../shared runs these too.
      const mounts = { '/fixtures/': FIXTURE_PAGES, '/corpus/': path.join(FIXTURE_PAGES, 'news') };
      server = await serve({ mounts });
      frozen = await serve({ mounts, freezeScripts: true });
      driver = await launch();
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
      await frozen?.close();
    });

    it('adds nothing to the page until used; hover shows the right entity after the dwell; leaving hides it', async () => {
      const page = await driver.open(url('popover.html'));
      await waitForHighlights(page, { atLeast: 5 });
      expect(await page.evaluate(`document.querySelector('backstory-host') === null`)).toBe(true);
      const rects = await mentionRects(page, '#first', 'Tehran');
      const { x, y } = centre(rects[0]!);
      await page.move(x, y - 40);
      await page.move(x, y, 4);
      // Within the 500 ms dwell nothing is shown yet.
      expect(await page.evaluate(SHOWN)).toBe(false);
      await until(page, `${CARD_NAME} === 'Tehran'`);
      const text = (await page.evaluate(`${CARD}.textContent`)) as string;
      expect(text).toContain('Place');
      expect(text).toMatch(/streets of Tehran/);
      expect(await page.evaluate(`${CARD}.getAttribute('role') + '|' + ${CARD}.getAttribute('aria-label')`)).toBe('dialog|Tehran, place');
      const card = await cardRect(page);
      for (const rect of rects) expect(intersects(card, rect)).toBe(false);
      await until(page, SETTLED);
      await page.screenshot(shot('hover'));
      await moveAway(page);
      await until(page, HIDDEN);
      expect(driver.errors()).toEqual([]);
      await page.close();
    });

    it('leaving before the dwell cancels it; one card at a time', async () => {
      const page = await driver.open(url('popover.html'));
      await waitForHighlights(page, { atLeast: 5 });
      const [tehran] = await mentionRects(page, '#first', 'Tehran');
      await page.move(centre(tehran!).x, centre(tehran!).y, 2);
      await moveAway(page);
      await pause(900);
      expect(await page.evaluate(SHOWN)).toBe(false);
      await hoverMention(page, '#first', 'Qom');
      await hoverMention(page, '#first', 'Tehran');
      await until(page, `${CARD_NAME} === 'Tehran'`);
      expect(await page.evaluate(`${ROOT_EXPR}.querySelectorAll('.popover').length`)).toBe(1);
      expect(await page.evaluate(`document.querySelectorAll('backstory-host').length`)).toBe(1);
      await page.close();
    });

    it('keeps the card while the pointer is on it: text can be selected, Show all clicked', async () => {
      await driver.setSettings({ maxFacts: 1 });
      const page = await driver.open(url('popover.html'));
      try {
        await waitForHighlights(page, { atLeast: 5 });
        await hoverMention(page, '#first', 'Tehran');
        const card = await cardRect(page);
        // Across the gap, onto the card, and rest there longer than the hide delay.
        await page.move(card.left + 40, card.top + 30, 6);
        await pause(800);
        expect(await page.evaluate(SHOWN)).toBe(true);
        const fact = (await page.evaluate(`(() => { const b = ${CARD}.querySelector('.fact-text').getBoundingClientRect(); return { left: b.left, top: b.top, right: b.right, bottom: b.bottom }; })()`)) as Rect;
        await page.move(fact.left + 2, fact.top + 8);
        await page.down();
        await page.move(fact.right - 10, fact.top + 8, 5);
        await page.up();
        const selected = (await page.evaluate(`(${ROOT_EXPR}.getSelection?.() ?? document.getSelection()).toString()`)) as string;
        expect(selected.length).toBeGreaterThan(5);
        const before = (await page.evaluate(`${CARD}.querySelectorAll('.fact').length`)) as number;
        const showAll = (await page.evaluate(`(() => { const b = ${CARD}.querySelector('.show-all').getBoundingClientRect(); return { x: b.left + b.width / 2, y: b.top + b.height / 2 }; })()`)) as { x: number; y: number };
        await page.move(showAll.x, showAll.y, 3);
        await page.down();
        await page.up();
        await until(page, `${CARD}.querySelectorAll('.fact').length > ${before}`);
        await moveAway(page);
        await until(page, HIDDEN);
      } finally {
        await driver.setSettings(undefined);
        await page.close();
      }
    });

    it('does not flicker along a name that wraps over two lines', async () => {
      const page = await driver.open(url('popover.html'));
      await waitForHighlights(page, { atLeast: 5 });
      const rects = await mentionRects(page, '#wrap', 'Qassem Soleimani');
      expect(rects.length).toBe(2);
      await hoverMention(page, '#wrap', 'Qassem Soleimani');
      // Count every time the card leaves the screen while the pointer goes from line one to line two.
      await page.evaluate(`(() => {
        window.__hides = 0;
        new MutationObserver(() => { if (${HIDDEN}) window.__hides++; }).observe(${ROOT_EXPR}, { subtree: true, childList: true, attributes: true });
      })()`);
      const from = centre(rects[0]!);
      const to = centre(rects[1]!);
      await page.move(from.x, from.y);
      await page.move(to.x, to.y, 8);
      await page.move(from.x, from.y, 8);
      await pause(500);
      expect(await page.evaluate(`window.__hides`)).toBe(0);
      expect(await page.evaluate(CARD_NAME)).toBe('Qassem Soleimani');
      await page.close();
    });

    it('reads right to left beside a name in a right-to-left paragraph', async () => {
      const page = await driver.open(url('popover.html'));
      await waitForHighlights(page, { atLeast: 5 });
      const [ahvaz] = await hoverMention(page, '#rtl', 'Ahvaz');
      const card = await cardRect(page);
      expect(await page.evaluate(`${ROOT_EXPR}.querySelector('.frame').dir + '|' + getComputedStyle(${CARD}).direction`)).toBe('rtl|rtl');
      // Lined up with the end of the line it belongs to (its right edge), not covering it.
      expect(Math.abs(card.right - ahvaz!.right)).toBeLessThan(2);
      expect(intersects(card, ahvaz!)).toBe(false);
      await until(page, SETTLED);
      await page.screenshot(shot('rtl'));
      await page.close();
    });

    it('Escape closes the card, and the pointer resting on the name does not reopen it', async () => {
      const page = await driver.open(url('popover.html'));
      await waitForHighlights(page, { atLeast: 5 });
      await hoverMention(page, '#first', 'Qom');
      await page.press('Escape');
      await until(page, HIDDEN);
      await pause(800);
      expect(await page.evaluate(SHOWN)).toBe(false);
      await page.close();
    });

    it('moves to the next and previous mention from the keyboard command: marks it, opens it, announces it; Tab enters, Escape returns focus', async () => {
      const page = await driver.open(url('popover.html'));
      await waitForHighlights(page, { atLeast: 5 });
      await page.evaluate(`document.querySelector('#before').focus()`);
      const current = `[...(CSS.highlights.get('backstory-current') ?? [])].map((r) => r.toString()).join()`;
      const live = `${ROOT_EXPR}?.querySelector('[role=status]')?.textContent`;
      expect(await driver.step(page, 'next')).toBe(true);
      await until(page, `${current} === 'Tehran' && ${CARD_NAME} === 'Tehran'`);
      await until(page, `/^Tehran, place, name 1 of \\d+\\.$/.test(${live})`);
      await driver.step(page, 'next');
      await until(page, `${current} === 'Qom' && ${CARD_NAME} === 'Qom'`);
      await driver.step(page, 'previous');
      await until(page, `${current} === 'Tehran' && ${CARD_NAME} === 'Tehran'`);
      // Focus stayed where it was; Tab enters the card, Escape closes it and gives focus back.
      expect(await page.evaluate(`document.activeElement.id`)).toBe('before');
      await page.press('Tab');
      expect(await page.evaluate(`document.activeElement.tagName + '|' + ${ROOT_EXPR}.activeElement?.className`)).toBe('BACKSTORY-HOST|close');
      await page.press('Escape');
      await until(page, HIDDEN);
      expect(await page.evaluate(`document.activeElement.id`)).toBe('before');
      // Escape took the mark away but the place is kept: backwards from the first wraps to the last,
      // far below, which is scrolled into view.
      await driver.step(page, 'previous');
      await until(page, `${current} === 'Baghdad' && ${CARD_NAME} === 'Baghdad'`);
      await until(page, `/^Back to the last name\\. Baghdad/.test(${live})`);
      const [far] = await mentionRects(page, '#far', 'Baghdad');
      const height = (await page.evaluate('document.documentElement.clientHeight')) as number;
      expect(far!.top).toBeGreaterThanOrEqual(0);
      expect(far!.bottom).toBeLessThanOrEqual(height);
      const card = await cardRect(page);
      expect(intersects(card, far!)).toBe(false);
      await until(page, SETTLED);
      await page.screenshot(shot('keyboard'));
      await page.press('Escape');
      await until(page, `${HIDDEN} && ${current} === ''`);
      expect(driver.errors()).toEqual([]);
      await page.close();
    });

    it('a tap on a name opens its card, a tap elsewhere closes it; a tapped name in a link opens the card first', async () => {
      const page = await driver.open(url('popover.html'));
      await waitForHighlights(page, { atLeast: 5 });
      const [qom] = await mentionRects(page, '#first', 'Qom');
      await page.tap(centre(qom!).x, centre(qom!).y);
      await until(page, `${CARD_NAME} === 'Qom'`);
      await page.tap(700, 600);
      await until(page, HIDDEN);
      const [kerman] = await mentionRects(page, '#linked', 'Kerman');
      await page.tap(centre(kerman!).x, centre(kerman!).y);
      await until(page, `${CARD_NAME} === 'Kerman'`);
      expect(await page.evaluate('location.hash')).toBe('');
      await page.close();
    });

    it('is placed inside the viewport near each of its four edges, never over the name', async () => {
      const page = await driver.open(url('popover-edges.html'), undefined, { width: 800, height: 600 });
      await waitForHighlights(page, { atLeast: 4 });
      const viewport = (await page.evaluate(`({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight })`)) as { width: number; height: number };
      for (const [id, name, side] of [['#tl', 'Tehran', 'below'], ['#tr', 'Kerman', 'below'], ['#bl', 'Qom', 'above'], ['#br', 'Baghdad', 'above']] as const) {
        const rects = await hoverMention(page, id, name);
        await until(page, `${CARD_NAME} === ${JSON.stringify(name)}`);
        const card = await cardRect(page);
        expect(card.side, name).toBe(side);
        expect(card.left).toBeGreaterThanOrEqual(0);
        expect(card.top).toBeGreaterThanOrEqual(0);
        expect(card.right).toBeLessThanOrEqual(viewport.width);
        expect(card.bottom).toBeLessThanOrEqual(viewport.height);
        for (const rect of rects) expect(intersects(card, rect), name).toBe(false);
        await until(page, SETTLED);
        await page.screenshot(shot(`edge-${id.slice(1)}`));
        await page.press('Escape');
        await until(page, HIDDEN);
        await moveAway(page);
      }
      await page.close();
    });

    it('looks the same on a page styling * { all: unset !important } and div { display: none !important }', async () => {
      const page = await driver.open(url('popover-hostile-css.html'));
      await waitForHighlights(page, { atLeast: 1 });
      await hoverMention(page, '#target', 'Tehran');
      const styles = (await page.evaluate(`(() => {
        const card = ${CARD};
        const host = document.querySelector('backstory-host');
        const s = getComputedStyle(card);
        const close = getComputedStyle(card.querySelector('.close'));
        return { display: s.display, background: s.backgroundColor, fontSize: s.fontSize, color: s.color, width: card.getBoundingClientRect().width,
          hostPosition: getComputedStyle(host).position, hostZ: getComputedStyle(host).zIndex, closeDisplay: close.display };
      })()`)) as Record<string, string | number>;
      expect(styles).toMatchObject({ display: 'block', background: 'rgb(255, 255, 255)', fontSize: '14px', color: 'rgb(27, 28, 31)', hostPosition: 'fixed', hostZ: '2147483647', closeDisplay: 'block' });
      expect(styles.width).toBeGreaterThanOrEqual(240);
      await until(page, SETTLED);
      await page.screenshot(shot('hostile-css'));
      await page.close();
    });

    it('leaves the page DOM as it was, apart from the one host element (page scripts frozen)', async () => {
      const snapshot = `document.addEventListener('DOMContentLoaded', () => { window.__domBefore = document.documentElement.outerHTML; });`;
      const page = await driver.open(url('popover.html', frozen), snapshot);
      await waitForHighlights(page, { atLeast: 5, stableMs: 1000 });
      await hoverMention(page, '#first', 'Tehran');
      // The first step goes to the first name in view, here the hovered one: the card stays, marked.
      await driver.step(page, 'next');
      await until(page, `[...CSS.highlights.get('backstory-current')].map((r) => r.toString()).join() === 'Tehran' && ${CARD_NAME} === 'Tehran'`);
      const [before, after] = (await page.evaluate(`[window.__domBefore, document.documentElement.outerHTML]`)) as [string, string];
      expect(after.match(/<backstory-host>/g)).toHaveLength(1);
      expect(after.replace('<backstory-host></backstory-host>', '')).toBe(before);
      await page.close();
    });

    it('shows a hostile seed fact’s markup and javascript: link as text', async () => {
      await driver.setSettings({ maxFacts: 5 });
      const page = await driver.open(url('popover.html'));
      try {
        await waitForHighlights(page, { atLeast: 5 });
        const title = await page.evaluate('document.title');
        await hoverMention(page, '#hostile', 'Orla Quennell');
        const card = (await page.evaluate(`(() => {
          const card = ${CARD};
          return { text: card.textContent, imgs: card.querySelectorAll('img, script, iframe').length, links: [...card.querySelectorAll('a')].map((a) => a.href) };
        })()`)) as { text: string; imgs: number; links: string[] };
        expect(card.text).toContain(`<img src=x onerror="document.title='pwned'">`);
        expect(card.text).toContain('javascript:alert(document.domain)');
        expect(card.imgs).toBe(0);
        expect(card.links).toEqual([]);
        expect(await page.evaluate('document.title')).toBe(title);
      } finally {
        await driver.setSettings(undefined);
        await page.close();
      }
    });

    it('Open article opens the whole article with the sentence marked and in view (the hostile title as text)', async () => {
      const page = await driver.open(url('popover.html'));
      await waitForHighlights(page, { atLeast: 5 });
      await hoverMention(page, '#hostile', 'Orla Quennell');
      const [fact, button] = (await page.evaluate(`(() => {
        const fact = ${CARD}.querySelector('.fact');
        const b = fact.querySelector('.open-article').getBoundingClientRect();
        return [fact.querySelector('.fact-text').textContent, { x: b.left + b.width / 2, y: b.top + b.height / 2 }];
      })()`)) as [string, { x: number; y: number }];
      const article = await driver.openedPage(async () => {
        await page.move(button.x, button.y, 5);
        await page.down();
        await page.up();
      });
      await until(article, `document.documentElement.dataset.ready === 'true'`);
      const shown = (await article.evaluate(`(() => {
        const mark = document.getElementById('fact');
        const b = mark.getBoundingClientRect();
        return { mark: mark.textContent, inView: b.top >= 0 && b.bottom <= innerHeight, h1: document.querySelector('h1').textContent,
          scripts: document.querySelectorAll('script').length, title: document.title };
      })()`)) as { mark: string; inView: boolean; h1: string; scripts: number; title: string };
      expect(shown.mark).toBe(fact);
      expect(shown.inView).toBe(true);
      expect(shown.h1).toBe(`Harbour council <b>vote</b> <script>document.title='pwned-title'</script>`);
      expect(shown.scripts).toBe(1); // article.js only
      // The title's markup is text in the title too: had the script run, the title would be 'pwned-title'.
      expect(shown.title).toBe(`${shown.h1} — Backstory`);
      await article.close();
      await page.close();
    });

    it('follows the page into fullscreen', async () => {
      const page = await driver.open(url('popover.html'));
      await waitForHighlights(page, { atLeast: 5 });
      await hoverMention(page, '#first', 'Tehran');
      // requestFullscreen needs a user gesture: a click on the page's body starts it.
      await page.evaluate(`document.body.addEventListener('click', () => document.body.requestFullscreen(), { once: true })`);
      // On the body (our host is a child of <html>), away from the card below Tehran.
      await page.move(100, 850, 2);
      await page.down();
      await page.up();
      await until(page, `document.fullscreenElement === document.body`);
      await until(page, `document.querySelector('backstory-host')?.parentNode === document.body`).catch(async () => {
        // The card may have closed on the click elsewhere: a new one must open inside the fullscreen body.
        await driver.step(page, 'next');
        await until(page, `document.querySelector('backstory-host')?.parentNode === document.body`);
      });
      await page.evaluate('document.exitFullscreen()');
      await until(page, `document.fullscreenElement === null && document.querySelector('backstory-host')?.parentNode === document.documentElement`);
      await page.close();
    });

    it('measures dwell end -> card painted over several hovers', async () => {
      const page = await driver.open(url('popover.html'));
      await waitForHighlights(page, { atLeast: 5 });
      const samples: number[] = [];
      for (const [selector, name] of [['#first', 'Tehran'], ['#first', 'Qom'], ['#linked', 'Kerman'], ['#hostile', 'Orla Quennell'], ['#hostile', 'Kestrel Gazette'], ['#first', 'Tehran'], ['#first', 'Qom']] as const) {
        await moveAway(page);
        await until(page, HIDDEN);
        await hoverMention(page, selector, name);
        await until(page, `${ROOT_EXPR}.querySelector('.frame').dataset.paintMs !== undefined`);
        samples.push(Number(await page.evaluate(`${ROOT_EXPR}.querySelector('.frame').dataset.paintMs`)));
        await page.evaluate(`delete ${ROOT_EXPR}.querySelector('.frame').dataset.paintMs`);
      }
      const sorted = [...samples].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      writeFileSync(path.join(OUTPUT, `popover-timing-${browserName.toLowerCase()}.json`), JSON.stringify({ samplesMs: samples, medianMs: median }, null, 2) + '\n');
      console.log(`${browserName}: dwell end -> card painted, ms: ${samples.join(', ')} (median ${median})`);
      expect(samples.every((ms) => Number.isFinite(ms) && ms >= 0)).toBe(true);
      await page.close();
    });

    for (const corpus of ['bbc-1.html', 'nytimes-1.html', 'telegraph.html']) {
      it(`screenshots a card in light and dark on ${corpus}`, async () => {
        for (const theme of ['light', 'dark']) {
          await driver.setSettings({ theme });
          const page = await driver.open(`${frozen.origin}/corpus/${corpus}`);
          try {
            await waitForHighlights(page, { atLeast: 1, stableMs: 1500 });
            // The first mention the keyboard reaches from the top: scrolled into view, marked, its card open.
            await driver.step(page, 'next');
            await until(page, SHOWN);
            // Beside its name, inside the viewport (quirks-mode pages measure the viewport differently).
            const placed = (await page.evaluate(`(() => {
              const range = [...CSS.highlights.get('backstory-current')][0];
              const box = (b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom });
              return { mention: [...range.getClientRects()].map(box), card: box(${CARD}.getBoundingClientRect()), width: innerWidth, height: innerHeight };
            })()`)) as { mention: Rect[]; card: Rect; width: number; height: number };
            expect(placed.card.top).toBeGreaterThanOrEqual(0);
            expect(placed.card.bottom).toBeLessThanOrEqual(placed.height);
            expect(placed.card.right).toBeLessThanOrEqual(placed.width);
            for (const rect of placed.mention) {
              expect(intersects(placed.card, rect)).toBe(false);
              expect(rect.top).toBeGreaterThanOrEqual(0);
              expect(rect.bottom).toBeLessThanOrEqual(placed.height);
            }
            const colours = (await page.evaluate(`getComputedStyle(${CARD}).backgroundColor`)) as string;
            expect(colours).toBe(theme === 'dark' ? 'rgb(32, 33, 36)' : 'rgb(255, 255, 255)');
            await until(page, SETTLED);
            await page.screenshot(shot(`${corpus.replace(/\.html$/, '')}-${theme}`));
          } finally {
            await page.close();
          }
        }
        await driver.setSettings(undefined);
      });
    }
  });
}
