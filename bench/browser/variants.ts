// Bench-only builds beside dist/ (dist-bench/, ignored like every dist-*): the built extension with
// its content script swapped for (a) one whose bundled matcher holds 10,000 generated entities and
// (b) an empty one, the baseline that start-up and heap are compared with. Bundled as build.mjs
// bundles content.js (same entry and options); build.mjs itself is not touched.
import { build } from 'esbuild';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compileMatcher } from '../../src/match/compile';
import { generateEntities } from '../generate';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const VARIANTS_DIR = path.join(ROOT, 'dist-bench');

async function bundleContent(matcherData: unknown): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'src/content/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: ['chrome105', 'firefox140'],
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
    plugins: [{
      name: 'bench-matcher-data',
      setup(b) {
        b.onResolve({ filter: /^backstory:matcher-data$/ }, (args) => ({ path: args.path, namespace: 'bench' }));
        b.onLoad({ filter: /.*/, namespace: 'bench' }, () => ({ contents: JSON.stringify(matcherData), loader: 'json' }));
      },
    }],
  });
  return result.outputFiles[0]!.text;
}

async function variant(name: string, content: string): Promise<string> {
  const dir = path.join(VARIANTS_DIR, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(VARIANTS_DIR, { recursive: true });
  await cp(path.join(ROOT, 'dist/chrome'), dir, { recursive: true });
  await writeFile(path.join(dir, 'content.js'), content);
  return dir;
}

/** Absolute folders of the unpacked variants, built from the current source. */
export async function buildVariants(entities: number): Promise<{ generated: string; empty: string }> {
  const generated = await variant(`entities-${entities}`, await bundleContent(compileMatcher(generateEntities(entities))));
  const empty = await variant('empty', '// The benchmark\'s baseline: a content script that does nothing.\n');
  return { generated, empty };
}
