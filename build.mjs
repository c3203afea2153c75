#!/usr/bin/env node
// Builds the extension for Chrome and Firefox from one source, in named steps:
//   derive index (seeds/ -> EntityIndex) -> compile matcher -> bundle entries -> copy pages, CSS
//   and icons -> write one manifest per browser -> check dist.
// Everything is written to a scratch folder first and moved into place at the end, so a failed
// build never leaves a partial index or dist/ behind.
//
//   node build.mjs [--seeds <dir>] [--out <dir>] [--overrides <file>] [--quiet]
import { build as esbuild } from 'esbuild';
import { tsImport } from 'tsx/esm/api';
import { gzipSync } from 'node:zlib';
import { cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOptions } from './scripts/bundle-options.mjs';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const BROWSERS = ['chrome', 'firefox'];

/** Bundled entries: source -> file name in each browser's folder. */
const ENTRIES = [
  { source: 'src/content/index.ts', out: 'content.js' },
  { source: 'src/background/index.ts', out: 'background.js' },
  { source: 'src/popup/index.tsx', out: 'popup.js', optional: true },
  { source: 'src/options/index.tsx', out: 'options.js', optional: true },
  { source: 'src/article/index.tsx', out: 'article.js', optional: true },
];

/** Static files copied as they are: source -> path in each browser's folder. */
const STATIC = [
  { source: 'src/content/content.css', out: 'content.css' },
  { source: 'icons', out: 'icons' },
  { source: 'src/popup/popup.html', out: 'popup.html', optional: true },
  { source: 'src/options/options.html', out: 'options.html', optional: true },
  { source: 'src/article/article.html', out: 'article.html', optional: true },
  { source: '_locales', out: '_locales', optional: true },
];

/** Where Firefox needs something Chrome does not; one commented function (STYLE.md "Build"). */
function firefoxManifest(source) {
  const manifest = structuredClone(source);
  // Firefox refuses a service_worker-only background; it runs the same file as an event page.
  manifest.background = { scripts: [source.background.service_worker] };
  manifest.browser_specific_settings = {
    gecko: {
      // A fixed id: storage.sync needs one, and addons-linter errors without it.
      id: 'backstory@backstory.example',
      // 142 is the first release that reads data_collection_permissions (linter quiet at >= 142).
      strict_min_version: '142.0',
      // Backstory collects nothing; new add-ons must say so.
      data_collection_permissions: { required: ['none'] },
    },
  };
  return manifest;
}

function chromeManifest(source) {
  // Chrome reads the source as it is; the Firefox-only key never appears there.
  return structuredClone(source);
}

function parseArgs(argv) {
  const options = { seeds: 'seeds', out: 'dist', overrides: undefined, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--seeds') options.seeds = value();
    else if (arg === '--out') options.out = value();
    else if (arg === '--overrides') options.overrides = value();
    else if (arg === '--quiet') options.quiet = true;
    else throw new UsageError(`unknown argument ${arg}`);
  }
  options.seeds = path.resolve(options.seeds);
  options.out = path.resolve(options.out);
  options.overrides = path.resolve(options.overrides ?? path.join(options.seeds, 'overrides.json'));
  return options;
}

class UsageError extends Error {}

async function deriveStep(options) {
  const { deriveIndexFromFolder } = await tsImport('./src/index/build-index.ts', import.meta.url);
  const overridesFile = existsSync(options.overrides) ? options.overrides : undefined;
  const result = await deriveIndexFromFolder(options.seeds, { overridesFile });
  if (result.errors.length > 0) {
    throw new BuildFailure(result.errors, result.warnings);
  }
  return result;
}

class BuildFailure extends Error {
  constructor(errors, warnings = []) {
    super(`${errors.length} error(s)`);
    this.errors = errors;
    this.warnings = warnings;
  }
}

/**
 * The articles' text for the article page (`backstory:articles`, bundled into article.js only) and
 * the opening words of each article for the background to name untitled ones in a popover.
 */
async function articlesStep(options, index) {
  const { readArticles } = await tsImport('./src/index/read-articles.ts', import.meta.url);
  const { parseArticle } = await tsImport('./src/index/parse-article.ts', import.meta.url);
  const indexed = new Set(index.articles.map((article) => article.id));
  const articles = [];
  const openings = {};
  for (const { file, text } of (await readArticles(options.seeds)).articles) {
    const parsed = parseArticle(path.basename(file), text);
    if (!indexed.has(parsed.id)) continue;
    const { id, title, byline, date } = parsed;
    articles.push({ id, title, byline, date, paragraphs: parsed.paragraphs.map((p) => p.text) });
    // More words than a label shows (OPENING_WORDS in src/popover/article-label.ts), so it can cut at a word.
    openings[id] = (parsed.paragraphs[0]?.text ?? '').split(' ').slice(0, OPENING_WORDS_SENT).join(' ');
  }
  return { articles, openings };
}

const OPENING_WORDS_SENT = 16;

/**
 * The popup's footer (`backstory:index-info`): the index's size and the day it was built. The day is
 * not the clock's, so two builds of one commit are identical (npm run package): SOURCE_DATE_EPOCH if
 * set, else the last commit's date, else the newest article's date.
 */
function indexInfo(index) {
  const newestArticle = index.articles.map((article) => article.date ?? '').sort().at(-1) || undefined;
  return { entities: index.entities.length, articles: index.articles.length, builtOn: sourceDate() ?? newestArticle };
}

function sourceDate() {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  if (Number.isInteger(epoch) && epoch > 0) return new Date(epoch * 1000).toISOString().slice(0, 10);
  try {
    const committed = execFileSync('git', ['log', '-1', '--format=%cI'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    // %cI carries the committer's offset; the day in UTC is the same for everyone who builds it.
    return committed ? new Date(committed).toISOString().slice(0, 10) : undefined;
  } catch {
    return undefined; // not a git checkout (an unpacked source package)
  }
}

async function compileStep(index) {
  const { compileMatcher } = await tsImport('./src/match/compile.ts', import.meta.url);
  return compileMatcher(index.entities);
}

async function bundleStep(scratch, data) {
  const entries = ENTRIES.filter((e) => !e.optional || existsSync(path.join(ROOT, e.source)));
  const result = await esbuild({
    entryPoints: Object.fromEntries(entries.map((e) => [e.out.replace(/\.js$/, ''), path.join(ROOT, e.source)])),
    outdir: path.join(scratch, 'bundle'),
    ...bundleOptions(data),
    metafile: true,
    // Build warnings are errors (STYLE.md "Build").
  });
  if (result.warnings.length > 0) {
    throw new BuildFailure(result.warnings.map((w) => `${w.location?.file ?? 'esbuild'}:${w.location?.line ?? 0}: ${w.text}`));
  }
  return entries;
}

async function writeBrowserFolders(scratch, entries, sourceManifest) {
  const manifests = { chrome: chromeManifest(sourceManifest), firefox: firefoxManifest(sourceManifest) };
  for (const browser of BROWSERS) {
    const dir = path.join(scratch, browser);
    await mkdir(dir, { recursive: true });
    for (const entry of entries) {
      await cp(path.join(scratch, 'bundle', entry.out), path.join(dir, entry.out));
    }
    for (const file of STATIC) {
      const from = path.join(ROOT, file.source);
      if (file.optional && !existsSync(from)) continue;
      await cp(from, path.join(dir, file.out), { recursive: true });
    }
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifests[browser], null, 2) + '\n');
  }
  return manifests;
}

/** Every file a manifest names must exist in its folder. */
async function checkStep(scratch, manifests) {
  const problems = [];
  for (const browser of BROWSERS) {
    const manifest = manifests[browser];
    const named = [
      ...Object.values(manifest.icons ?? {}),
      ...(manifest.background?.scripts ?? []),
      ...(manifest.background?.service_worker ? [manifest.background.service_worker] : []),
      ...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
      ...(manifest.action?.default_popup ? [manifest.action.default_popup] : []),
      ...Object.values(manifest.action?.default_icon ?? {}),
      ...(manifest.options_ui?.page ? [manifest.options_ui.page] : []),
    ];
    for (const file of named) {
      if (!existsSync(path.join(scratch, browser, file))) problems.push(`manifest.json:1: ${browser} names ${file}, which the build did not write`);
    }
    // Each __MSG_key__ must be in the default locale's messages, or the browser shows the raw key.
    const messagesFile = path.join(scratch, browser, '_locales', manifest.default_locale ?? '-', 'messages.json');
    const wanted = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]);
    if (wanted.length > 0 && !existsSync(messagesFile)) problems.push(`manifest.json:1: ${browser} needs ${path.relative(scratch, messagesFile)}`);
    else if (wanted.length > 0) {
      const messages = JSON.parse(await readFile(messagesFile, 'utf8'));
      for (const key of wanted) if (!(key in messages)) problems.push(`manifest.json:1: __MSG_${key}__ is not in ${path.relative(ROOT, messagesFile)}`);
    }
  }
  if (problems.length > 0) throw new BuildFailure(problems);
}

async function sizeOf(file) {
  const bytes = await readFile(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main() {
  const started = performance.now();
  const options = parseArgs(process.argv.slice(2));
  const log = options.quiet ? () => {} : (line) => console.log(line);
  const scratch = `${options.out}.tmp-${process.pid}`;
  await rm(scratch, { recursive: true, force: true });
  try {
    const derived = await deriveStep(options);
    const matcher = await compileStep(derived.index);
    const { articles, openings } = await articlesStep(options, derived.index);
    const entries = await bundleStep(scratch, {
      'matcher-data': matcher,
      'entity-index': derived.index,
      'article-openings': openings,
      'index-info': indexInfo(derived.index),
      articles,
    });
    const sourceManifest = JSON.parse(await readFile(path.join(ROOT, 'manifest.json'), 'utf8'));
    sourceManifest.version = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')).version;
    const manifests = await writeBrowserFolders(scratch, entries, sourceManifest);
    await checkStep(scratch, manifests);
    await writeFile(path.join(scratch, 'index.json'), JSON.stringify(derived.index, null, 1) + '\n');

    const indexSize = await sizeOf(path.join(scratch, 'index.json'));
    const contentSize = await sizeOf(path.join(scratch, 'chrome', 'content.js'));
    await rm(path.join(scratch, 'bundle'), { recursive: true });
    await rm(options.out, { recursive: true, force: true });
    await rename(scratch, options.out);

    const { stats, warnings } = derived;
    for (const warning of warnings) log(`warning: ${warning}`);
    const byType = Object.entries(stats.entitiesByType).map(([t, n]) => `${n} ${t}`).join(', ');
    log(`Backstory build: ${path.relative(process.cwd(), options.seeds) || '.'} -> ${path.relative(process.cwd(), options.out)}/{chrome,firefox}`);
    log(`  articles ${stats.articles}; entities ${derived.index.entities.length} (${byType}); facts ${stats.facts}`);
    log(`  index ${kb(indexSize.raw)} raw, ${kb(indexSize.gzip)} gzipped; content script ${kb(contentSize.raw)} raw, ${kb(contentSize.gzip)} gzipped`);
    log(`  ${warnings.length} warning(s); ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
}

main().catch((error) => {
  if (error instanceof BuildFailure) {
    for (const warning of error.warnings) console.error(`warning: ${warning}`);
    for (const line of error.errors) console.error(`error: ${line}`);
    console.error(`Backstory build failed: ${error.errors.length} error(s); nothing was written.`);
  } else if (error instanceof UsageError) {
    console.error(`build: ${error.message}\nusage: node build.mjs [--seeds <dir>] [--out <dir>] [--overrides <file>] [--quiet]`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
