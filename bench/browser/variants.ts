// Bench-only builds beside dist/ (dist-bench/, ignored like every dist-*): the built extension with
// its content script swapped for (a) one whose bundled matcher holds 10,000 generated entities and
// (b) an empty one, the baseline that start-up and heap are compared with. Bundled with build.mjs's
// own options (scripts/bundle-options.mjs); only the data differs.
import { build } from 'esbuild';
// @ts-expect-error -- a plain .mjs module shared with build.mjs; it has no type declarations.
import { bundleOptions } from '../../scripts/bundle-options.mjs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compileMatcher } from '../../src/match/compile';
import { generateEntities } from '../generate';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const VARIANTS_DIR = path.join(ROOT, 'dist-bench');

async function bundleContent(matcherData: unknown): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'src/content/index.ts')],
    ...bundleOptions({ 'matcher-data': matcherData }),
    write: false,
  });
  const file = result.outputFiles?.[0];
  if (!file) throw new Error('esbuild returned no bundle for the bench content script');
  return file.text;
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
