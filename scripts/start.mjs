#!/usr/bin/env node
// npm start: builds the extension, serves demo/ on 127.0.0.1, opens Chromium with dist/chrome loaded
// (a window when DISPLAY is set, headless otherwise), waits for the highlights to settle, hovers a
// name until its popover opens, saves a screenshot to .cache/demo-screenshot.png and says what it
// saw. With a window it stays open until the window is closed or Ctrl-C. The browser launch is the
// browser tests' own (tests/e2e/support).
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCREENSHOT = path.join(ROOT, '.cache', 'demo-screenshot.png');
const support = (file) => tsImport(`../tests/e2e/support/${file}`, import.meta.url);

const built = spawnSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const { serve } = await support('server.ts');
const { launchChromium } = await support('chromium.ts');
const { HIGHLIGHT_NAMES, waitForHighlights } = await support('highlights.ts');

const visible = Boolean(process.env.DISPLAY);
const server = await serve({ mounts: { '/': path.join(ROOT, 'demo') } });
const run = await launchChromium({
  extensionDir: path.join(ROOT, 'dist', 'chrome'),
  headless: !visible,
  viewport: visible ? null : { width: 1280, height: 900 },
  handleSIGINT: false,
});
let closing;
const shutDown = () => (closing ??= Promise.all([run.close(), server.close()]));

const url = `${server.origin}/index.html`;
const page = run.context.pages()[0] ?? (await run.context.newPage());
await page.goto(url);
console.log(`Demo: ${url} in Chromium ${visible ? 'window' : '(headless)'} with dist/chrome (extension ${run.extensionId})`);

let found = true;
try {
  const highlights = await waitForHighlights(page);
  for (const name of HIGHLIGHT_NAMES) {
    const texts = highlights[name] ?? [];
    console.log(`  ${name}: ${texts.length}${texts.length ? ` (${[...new Set(texts)].join(', ')})` : ''}`);
  }
} catch (error) {
  found = false;
  console.log(`  no highlights: ${error instanceof Error ? error.message : String(error)}`);
}
if (found) {
  // Open a card the way a reader does: rest the pointer on a name in the article body past the dwell.
  try {
    console.log(`  popover: ${await showPopover(page)}`);
  } catch (error) {
    console.log(`  no popover: ${error instanceof Error ? error.message : String(error)}`);
  }
}
for (const line of run.extensionErrors) console.log(`  extension error: ${line}`);
await mkdir(path.dirname(SCREENSHOT), { recursive: true });
// The viewport, not the full page: the card is fixed to the viewport, beside its name.
await page.screenshot({ path: SCREENSHOT });
console.log(`  screenshot: ${path.relative(process.cwd(), SCREENSHOT)}`);

/** Scrolls a person's name in the article body into view, hovers it, waits for its card; says what it shows. */
async function showPopover(page) {
  const point = await page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('backstory-person') ?? [])].filter((range) => range.startContainer.parentElement?.closest('.body'));
    const range = ranges.find((candidate) => candidate.toString().includes(' ')) ?? ranges[0];
    if (!range) return null;
    range.startContainer.parentElement.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -120);
    const box = range.getClientRects()[0];
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  if (!point) throw new Error('no person named in the article body');
  await page.mouse.move(point.x, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const card = "document.querySelector('backstory-host')?.shadowRoot?.querySelector('.frame:not([hidden]) .popover')";
  await page.waitForFunction(`${card}?.getAnimations().every((a) => a.playState === 'finished')`, null, { timeout: 5000 });
  return page.evaluate(`(() => {
    const card = ${card};
    const paint = card.parentElement.dataset.paintMs;
    return card.getAttribute('aria-label') + ', ' + card.querySelectorAll('.fact').length + ' facts shown' + (paint ? ', painted ' + paint + ' ms after the dwell' : '');
  })()`);
}

if (visible) {
  console.log('Close the window or press Ctrl-C to stop.');
  process.once('SIGINT', () => void shutDown().then(() => process.exit(130)));
  run.context.once('close', () => void shutDown().then(() => process.exit(0)));
} else {
  await shutDown();
  process.exit(found ? 0 : 1);
}
