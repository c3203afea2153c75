// The extension built for the saved news pages, and which pages to open. The build is the shipped
// seed (`seeds/*.txt`, `seeds/overrides.json`) plus all 28 corpus articles, always from the copies in
// tests/fixtures/corpus, so a fresh clone and `npm run check:corpus` test the same index.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { EntityIndex } from '../../../src/shared/entity-index';
import { ROOT } from './dist';
import { CORPUS_PAGES } from './server';

export const CORPUS_FIXTURES = path.join(ROOT, 'tests/fixtures/corpus');
export const NEWS_PAGES = path.join(ROOT, 'tests/fixtures/pages/news');

export interface CorpusBuild {
  chrome: string;
  firefox: string;
  index: EntityIndex;
  remove(): Promise<void>;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`))));
  });
}

/** Builds the extension from the seed plus the corpus articles into a scratch folder (about 6 s). */
export async function buildForCorpus(): Promise<CorpusBuild> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'backstory-corpus-build-'));
  try {
    const seeds = path.join(dir, 'seeds');
    await mkdir(seeds);
    const articles = path.join(CORPUS_FIXTURES, 'articles');
    const files = [
      ...readdirSync(path.join(ROOT, 'seeds')).filter((name) => name.endsWith('.txt') || name === 'overrides.json').map((name) => path.join(ROOT, 'seeds', name)),
      ...readdirSync(articles).filter((name) => name.endsWith('.txt')).map((name) => path.join(articles, name)),
    ];
    await Promise.all(files.map((file) => copyFile(file, path.join(seeds, path.basename(file)))));
    const out = path.join(dir, 'dist');
    await run(process.execPath, ['build.mjs', '--seeds', seeds, '--out', out, '--quiet']);
    return {
      chrome: path.join(out, 'chrome'),
      firefox: path.join(out, 'firefox'),
      index: JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')) as EntityIndex,
      remove: () => rm(dir, { recursive: true, force: true }),
    };
  } catch (error: unknown) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

export interface CorpusPage {
  name: string;
  /** URL prefix the page is served under, and the folder it is served from. */
  mount: string;
  folder: string;
}

/**
 * The fixture copies by default. BACKSTORY_CORPUS=all: all 28 pages of ../shared/corpus (when it is
 * there); BACKSTORY_CORPUS=bbc-1,qq: those pages of it, to look again at a few.
 */
export function corpusPages(): CorpusPage[] {
  const wanted = process.env.BACKSTORY_CORPUS ?? '';
  const shared = wanted !== '' && existsSync(CORPUS_PAGES);
  const [mount, folder] = shared ? ['/corpus/', CORPUS_PAGES] : ['/news/', NEWS_PAGES];
  const names = new Set(wanted.split(','));
  return readdirSync(folder)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ name: file.replace(/\.html$/, ''), mount, folder }))
    .filter((page) => !shared || wanted === 'all' || names.has(page.name));
}

export interface Gold {
  /** Forms of the entities that are not optional: each must be highlighted where the page shows it. */
  forms: string[];
  mustNot: string[];
}

interface GoldFile {
  entities: { name: string; forms: string[]; optional?: boolean }[];
  must_not_be_entities?: string[];
}

/** The hand labels of a page's article; undefined for the 9 unlabelled (non-English) ones. */
export function readGold(name: string): Gold | undefined {
  const file = path.join(CORPUS_FIXTURES, 'gold', `${name}.json`);
  if (!existsSync(file)) return undefined;
  const gold = JSON.parse(readFileSync(file, 'utf8')) as GoldFile;
  const forms = new Set(gold.entities.filter((entity) => !entity.optional).flatMap((entity) => entity.forms));
  return { forms: [...forms], mustNot: gold.must_not_be_entities ?? [] };
}
