// Popover: dwell end -> card painted, as the popover tests measure it (tests/e2e/popover-cases.ts):
// the content script writes the time from the end of the dwell to the frame after the card was
// shown into the card's `data-paint-ms`. Hovers names of tests/fixtures/pages/popover.html in turn.
import type { Page } from 'playwright-core';
import { summarize, type Sample } from '../stats';
import type { BenchBrowser } from './launch';

const ROOT = `document.querySelector('backstory-host')?.shadowRoot`;
const CARD = `${ROOT}?.querySelector('.frame:not([hidden]) .popover')`;
const PAINT = `${ROOT}?.querySelector('.frame')?.dataset.paintMs`;
const MENTIONS: [string, string][] = [['#first', 'Tehran'], ['#first', 'Qom'], ['#linked', 'Kerman'], ['#first', 'Tehran'], ['#first', 'Qom'], ['#linked', 'Kerman'], ['#first', 'Tehran']];

async function until(page: Page, expression: string): Promise<void> {
  await page.waitForFunction(expression, undefined, { timeout: 10_000, polling: 20 });
}

async function hover(page: Page, selector: string, text: string): Promise<void> {
  const box = (await page.evaluate(`(() => {
    const within = document.querySelector(${JSON.stringify(selector)});
    const ranges = ['backstory-person', 'backstory-place', 'backstory-organization'].flatMap((n) => [...(CSS.highlights.get(n) ?? [])]);
    const range = ranges.find((r) => within.contains(r.startContainer) && r.toString() === ${JSON.stringify(text)});
    const b = range?.getClientRects()[0];
    return b ? { x: b.left + b.width / 2, y: b.top + b.height / 2 } : null;
  })()`)) as { x: number; y: number } | null;
  if (!box) throw new Error(`no highlighted ${text} in ${selector}`);
  await page.mouse.move(box.x, box.y > 60 ? box.y - 40 : box.y + 40);
  await page.mouse.move(box.x, box.y, { steps: 4 });
}

export async function measurePopover(extension: BenchBrowser, url: string, hovers: number): Promise<Sample> {
  const page = await extension.context.newPage();
  try {
    await page.goto(url);
    await until(page, `(CSS.highlights.get('backstory-place')?.size ?? 0) >= 3`);
    const samples: number[] = [];
    for (const [selector, name] of MENTIONS.slice(0, hovers)) {
      await page.mouse.move(5, 5, { steps: 3 });
      await until(page, `${CARD} == null`);
      await hover(page, selector, name);
      await until(page, `${PAINT} !== undefined`);
      samples.push(Number(await page.evaluate(PAINT)));
      await page.evaluate(`delete ${ROOT}.querySelector('.frame').dataset.paintMs`);
    }
    return summarize(samples);
  } finally {
    await page.close();
  }
}
