// The pages the browser half measures: every fixture page (served live: their scripts are what they
// exercise) and every saved news page (frozen: their scripts fail offline and would rewrite the
// page while we measure; TESTING.md "Freezing a page"). The six news copies under fixtures are the
// corpus's own pages, so they are measured once, from ../shared/corpus when it is there.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_PAGES, FIXTURE_PAGES, serve, type Served } from '../../tests/e2e/support/server';

export const BENCH_PAGES = path.resolve(import.meta.dirname, '../pages');

export interface BenchPage {
  name: string;
  url: string;
}

export interface PageServers {
  live: Served;
  frozen: Served;
  close(): Promise<void>;
}

export async function servePages(): Promise<PageServers> {
  const mounts = { '/fixtures/': FIXTURE_PAGES, '/corpus/': existsSync(CORPUS_PAGES) ? CORPUS_PAGES : path.join(FIXTURE_PAGES, 'news'), '/bench/': BENCH_PAGES };
  const live = await serve({ mounts });
  const frozen = await serve({ mounts, freezeScripts: true });
  return { live, frozen, close: async () => void (await Promise.all([live.close(), frozen.close()])) };
}

const html = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.html')).sort();

/** Fixture pages, then the news pages (all 28 with ../shared/corpus, else the six copies). */
export function scanPages(servers: PageServers, withCorpus: boolean): BenchPage[] {
  const pages = html(FIXTURE_PAGES).map((name) => ({ name, url: `${servers.live.origin}/fixtures/${name}` }));
  if (withCorpus) {
    const dir = existsSync(CORPUS_PAGES) ? CORPUS_PAGES : path.join(FIXTURE_PAGES, 'news');
    pages.push(...html(dir).map((name) => ({ name: `corpus/${name}`, url: `${servers.frozen.origin}/corpus/${name}` })));
  }
  return pages;
}
