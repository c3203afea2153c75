// The browser half of npm run bench, in Chromium: scan, jank, start-up and memory, popover. Two
// browsers stay open for the whole run, one with the built extension (settings: scope "page", so
// ours reads the whole body as the floor and mark.js do) and one without; the bench-only builds
// (variants.ts) get a browser each.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityIndex } from '../../src/shared/entity-index';
import { FIXTURE_PAGES } from '../../tests/e2e/support/server';
import { measureJank, type JankResult } from './jank';
import { launchBench, type BenchBrowser } from './launch';
import { scanPages, servePages } from './pages';
import { measurePopover } from './popover';
import { measureScanPage, type PageScan } from './scan';
import { measureStartup, type StartupResult } from './startup';
import { buildVariants } from './variants';
import type { Sample } from '../stats';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Adds text two seconds after load: its scan "ends" when the page changes, not when we finish. */
const NOT_SCANNED = new Set(['late-text.html']);
/** A quick run scans one saved article and watches one mutating page. */
const QUICK_PAGES = new Set(['corpus/la-nacion.html']);
const MUTATING_PAGES = ['mutate-10ms.html', 'rewrite-1ms.html'];
export const LARGE_INDEX = 10_000;

export interface BrowserOptions {
  quick: boolean;
  /** Every saved news page of ../shared/corpus, not only the six the fixtures copy. */
  allCorpus: boolean;
  runs: number;
  log(line: string): void;
  /** Measure one section alone (npm run bench -- --only jank); scan/jank skip start-up and popover. */
  only?: 'scan' | 'jank';
  /** Only pages whose name contains this (scan and jank). */
  page?: string;
}

export interface BrowserBench {
  scan: PageScan[];
  jank: JankResult[];
  startup: StartupResult[];
  /** Absent when one section ran alone (--only). */
  popover?: Sample;
}

/** Every name and alias of the built index: what mark.js is asked to mark. */
function indexForms(): string[] {
  const index = JSON.parse(readFileSync(path.join(ROOT, 'dist/index.json'), 'utf8')) as EntityIndex;
  return [...new Set(index.entities.flatMap((e) => [e.name, ...e.aliases]))];
}

async function timed<T>(log: (line: string) => void, label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  log(`bench: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

async function withBrowser<T>(launch: Promise<BenchBrowser>, use: (browser: BenchBrowser) => Promise<T>): Promise<T> {
  const browser = await launch;
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

export async function measureBrowser(options: BrowserOptions): Promise<BrowserBench> {
  const { quick, runs, log } = options;
  const servers = await servePages();
  const settings = { scope: 'page' };
  try {
    const { only, page: pageFilter } = options;
    const variants = quick || only ? undefined : buildVariants(LARGE_INDEX);
    const extension = await launchBench(path.join(ROOT, 'dist/chrome'), settings);
    const plain = await launchBench();
    try {
      const forms = indexForms();
      const pages = scanPages(servers, true)
        .filter((p) => !NOT_SCANNED.has(p.name))
        .filter((p) => (quick ? QUICK_PAGES.has(p.name) : options.allCorpus || !p.name.startsWith('corpus/') || isFixtureCopy(p.name)))
        .filter((p) => pageFilter === undefined || p.name.includes(pageFilter));
      const scan: PageScan[] = [];
      for (const page of only === 'jank' ? [] : pages) {
        scan.push(await timed(log, `scan ${page.name}`, () => measureScanPage(extension, plain.context, page, forms, runs)));
      }
      const jank: JankResult[] = [];
      const mutating = (quick ? MUTATING_PAGES.slice(0, 1) : MUTATING_PAGES).filter((name) => pageFilter === undefined || name.includes(pageFilter));
      for (const name of only === 'scan' ? [] : mutating) {
        jank.push(await timed(log, `jank ${name}`, () => measureJank(extension, plain.context, name, `${servers.live.origin}/bench/${name}${quick ? '?ms=2000' : ''}`)));
      }
      if (only) return { scan, jank, startup: [] };
      const popover = await timed(log, 'popover', () => measurePopover(extension, `${servers.live.origin}/fixtures/popover.html`, quick ? 5 : 7));
      const article = `${servers.frozen.origin}/corpus/la-nacion.html`;
      const startup = [await timed(log, 'start-up, seed index', () => measureStartup('seed index', extension, article, runs))];
      await plain.close();
      const built = await variants;
      const empty = built?.empty ?? (await buildVariants(0)).empty;
      startup.unshift(await timed(log, 'start-up, empty', () => withBrowser(launchBench(empty, settings), (b) => measureStartup('empty content script', b, article, runs))));
      if (built) {
        const name = `${LARGE_INDEX.toLocaleString('en')} entities`;
        startup.push(await timed(log, `start-up, ${name}`, () => withBrowser(launchBench(built.generated, settings), (b) => measureStartup(name, b, article, runs))));
      }
      return { scan, jank, startup, popover };
    } finally {
      await extension.close();
      await plain.close().catch(() => undefined);
    }
  } finally {
    await servers.close();
  }
}

/** The saved pages tests/fixtures/pages/news copies: a full run scans these; --corpus scans all 28. */
function isFixtureCopy(name: string): boolean {
  return existsSync(path.join(FIXTURE_PAGES, 'news', name.slice('corpus/'.length)));
}
