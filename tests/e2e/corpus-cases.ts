// Highlighting on saved real news pages (../shared/corpus), run against any browser:
// corpus-chromium.test.ts and corpus-firefox.test.ts pass a driver. The extension is built from the
// seed plus the 28 corpus articles (support/corpus-build.ts); pages come from tests/fixtures/pages/news,
// or all 28 from ../shared/corpus with BACKSTORY_CORPUS=all (`npm run check:corpus`). Per page:
//   1. the DOM with the extension equals the DOM without it (page scripts frozen by CSP in both loads);
//   2. of the gold forms the page shows as whole words, at least 95% are highlighted; no highlight is
//      part of a word, a must-not string, or inside a skipped element;
//   3. the extension logs no error, and the page throws as often as without the extension (scripts on).
// Recall is measured with the setting scope "page": the issue counts the page's visible text, and the
// default scope ("main") leaves menus and teasers unmarked on purpose (main-content.ts), so a form
// shown only in a sidebar would count as a miss that is none.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildForCorpus, corpusPages, NEWS_PAGES, readGold, type CorpusBuild, type CorpusPage } from './support/corpus-build';
import { locateForms, readDocument, readRanges, readVisibleText, settleHighlights } from './support/corpus-page';
import { formatTable, type PageRow } from './support/corpus-report';
import { coverageOf, formsShown, indexedForms, isHighlighted, rangeProblems, wholeWordPattern } from './support/corpus-score';
import { ROOT } from './support/dist';
import type { PageLike } from './support/highlights';
import { CORPUS_PAGES, serve, type Served } from './support/server';

export interface CorpusTab extends PageLike {
  /** The page's own uncaught errors so far; the extension's are left out. */
  pageErrors: string[];
  /** Console messages that start with `Backstory` and are not errors (the harness collects those). */
  backstoryLogs: string[];
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface CorpusBrowser {
  /** Opens `url` and resolves after its load event; `initScript` runs in the page's main world first. */
  open(url: string, initScript?: string): Promise<CorpusTab>;
  /** Errors of the extension's worker, pages and content scripts so far (the harness's collector). */
  extensionErrors(): string[];
  close(): Promise<void>;
}

export interface CorpusDriver {
  launchPlain(): Promise<CorpusBrowser>;
  /** With the built extension and `settings` written to storage.sync before any page opens. */
  launchWithExtension(build: CorpusBuild, settings: Record<string, unknown>): Promise<CorpusBrowser>;
}

/** What an extension page writes for scope "page": storage holds non-defaults plus the version (src/settings/stored.ts). */
const SETTINGS = { settingsVersion: 2, scope: 'page' };
const MIN_RECALL = 0.95;
/** No new page error for this long after load: the page has done what it does offline. */
const ERRORS_QUIET_MS = 2000;
/**
 * Pages that stay blank until a script of theirs shows them, which the frozen loads do not run: a
 * stylesheet adopted at document start (no DOM node, in both frozen loads) shows them as online.
 */
const REVEAL_CSS: Record<string, string> = {
  // Chartbeat's flicker control; its external script, which cannot load offline, removes the rule.
  'seattletimes-1': 'body { visibility: visible !important; }',
  // Frame-busting: `html { display: none }` until an inline script sets display: block.
  engadget: 'html { display: block !important; }',
};
const adoptAtStart = (css: string) =>
  `(() => { const sheet = new CSSStyleSheet(); sheet.replaceSync(${JSON.stringify(css)}); document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]; })()`;
// Brings the first highlight in a paragraph into view for the screenshot; scrolling changes no node.
const SCROLL_TO_FIRST = `(() => { const ranges = [...CSS.highlights].filter(([n]) => n.startsWith('backstory-')).flatMap(([, h]) => [...h]); const r = ranges.find((x) => x.startContainer.parentElement?.closest('p')) ?? ranges[0]; r?.startContainer.parentElement?.scrollIntoView({ block: 'center' }); return true; })()`;
const OUTPUT = path.join(ROOT, 'tests/output');

async function untilQuiet(tab: CorpusTab): Promise<void> {
  let count = -1;
  let since = Date.now();
  while (Date.now() - since < ERRORS_QUIET_MS) {
    if (tab.pageErrors.length !== count) [count, since] = [tab.pageErrors.length, Date.now()];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Baseline {
  dom: string;
  pageErrors: string[];
}

export function describeCorpus(browserName: string, driver: CorpusDriver): void {
  const pages = corpusPages();
  const baselines = new Map<string, Baseline>();
  const rows: PageRow[] = [];
  let build: CorpusBuild;
  let live: Served;
  let frozen: Served;
  const mounts = { '/news/': NEWS_PAGES, '/corpus/': CORPUS_PAGES };
  const url = (page: CorpusPage, server: Served) => `${server.origin}${page.mount}${page.name}.html`;

  describe(`saved news pages in ${browserName}`, () => {
    beforeAll(async () => {
      mkdirSync(OUTPUT, { recursive: true });
      [build, live, frozen] = await Promise.all([buildForCorpus(), serve({ mounts }), serve({ mounts, freezeScripts: true })]);
    });
    afterAll(async () => {
      if (rows.length > 0) console.log(formatTable(browserName, rows));
      await Promise.all([live?.close(), frozen?.close(), build?.remove()]);
    });

    describe('without the extension', () => {
      let plain: CorpusBrowser;
      beforeAll(async () => {
        plain = await driver.launchPlain();
      });
      afterAll(() => plain?.close());

      for (const page of pages) {
        it(`loads ${page.name}`, async () => {
          const css = REVEAL_CSS[page.name];
          const still = await plain.open(url(page, frozen), css && adoptAtStart(css));
          const dom = await readDocument(still);
          await still.close();
          const running = await plain.open(url(page, live));
          await untilQuiet(running);
          baselines.set(page.name, { dom, pageErrors: [...running.pageErrors] });
          await running.close();
        });
      }
    });

    describe('with the extension', () => {
      let browser: CorpusBrowser;
      beforeAll(async () => {
        browser = await driver.launchWithExtension(build, SETTINGS);
      });
      afterAll(() => browser?.close());

      for (const page of pages) {
        describe(page.name, () => {
          const gold = readGold(page.name);
          const row: PageRow = { page: page.name, ranges: 0, settledAfterMs: 0, misses: [], problems: [], extensionErrors: [] };
          let dom = '';
          let pageErrors: string[] = [];

          beforeAll(async () => {
            rows.push(row);
            const errorsBefore = browser.extensionErrors().length;
            const css = REVEAL_CSS[page.name];
            const still = await browser.open(url(page, frozen), css && adoptAtStart(css));
            const settled = await settleHighlights(still);
            Object.assign(row, { ranges: settled.ranges, settledAfterMs: settled.lastChangeMs - settled.domContentLoadedMs });
            dom = await readDocument(still);
            const ranges = await readRanges(still);
            row.problems = ranges.flatMap((range) => rangeProblems(range, new Set(gold?.mustNot ?? [])));
            if (gold) {
              const coverage = coverageOf(gold.forms, ranges);
              const shown = formsShown(gold.forms, await readVisibleText(still)).map((form) => coverage.get(form)!);
              const missed = shown.filter((result) => !isHighlighted(result));
              const places = await locateForms(still, Object.fromEntries(missed.map((m) => [m.form, wholeWordPattern(m.form)])));
              const indexed = indexedForms(build.index);
              row.shown = shown;
              row.highlighted = shown.length - missed.length;
              row.misses = missed.map((m) => {
                const why = m.coverage === 'partial' ? `only "${m.by}" inside it is` : m.coverage === 'crossing' ? `"${m.by}" overlaps it` : 'no highlight';
                const index = indexed.has(m.form) ? 'indexed' : 'NOT in the index';
                return `"${m.form}" (${index}; ${why}) at ${(places[m.form] ?? ['no single text node holds it']).join(' | ')}`;
              });
            }
            await still.evaluate(SCROLL_TO_FIRST);
            await still.screenshot(path.join(OUTPUT, `corpus-${page.name}-${browserName.toLowerCase()}.png`));
            const logs = [...still.backstoryLogs];
            await still.close();

            const running = await browser.open(url(page, live));
            await settleHighlights(running);
            await untilQuiet(running);
            pageErrors = [...running.pageErrors];
            logs.push(...running.backstoryLogs);
            await running.close();
            row.extensionErrors = [...browser.extensionErrors().slice(errorsBefore), ...logs];
            row.pageErrorsWith = pageErrors.length;
            row.pageErrorsWithout = baselines.get(page.name)?.pageErrors.length;
          });

          it('leaves the DOM exactly as it is without the extension (page scripts frozen)', () => {
            const before = baselines.get(page.name)?.dom;
            expect(before, 'no baseline: the load without the extension failed').toBeTypeOf('string');
            row.domUnchanged = dom === before;
            if (row.domUnchanged || before === undefined) return;
            let at = 0;
            while (at < dom.length && dom[at] === before[at]) at++;
            // The first difference in context: a full diff of a megabyte of markup says less.
            expect(dom.slice(Math.max(0, at - 100), at + 200)).toBe(before.slice(Math.max(0, at - 100), at + 200));
            expect(dom.length).toBe(before.length);
          });

          it.runIf(gold !== undefined)(`highlights at least ${MIN_RECALL * 100}% of the gold forms the page shows`, () => {
            const shown = row.shown?.length ?? 0;
            const recall = shown === 0 ? 1 : (row.highlighted ?? 0) / shown;
            expect(recall, row.misses.join('\n')).toBeGreaterThanOrEqual(MIN_RECALL);
          });

          it('puts no highlight on part of a word, a must-not string or text inside a skipped element', () => {
            expect(row.problems).toEqual([]);
          });

          it('logs no extension error, and the page throws as often as without the extension', () => {
            expect(row.extensionErrors).toEqual([]);
            const without = baselines.get(page.name)?.pageErrors;
            expect(pageErrors.length, `with: ${pageErrors.join('\n')}\nwithout: ${without?.join('\n')}`).toBe(without?.length);
          });
        });
      }
    });
  });
}
