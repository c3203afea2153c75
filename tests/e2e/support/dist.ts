// Where the built extension lives. Browser tests run against `dist/` by default; BACKSTORY_DIST points
// them at another build of the same layout (`chrome/`, `firefox/`, `index.json`, as `node build.mjs
// --out <dir>` writes), e.g. unzipped packages or a build from the corpus seeds.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityIndex } from '../../../src/shared/entity-index';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST = path.resolve(ROOT, process.env.BACKSTORY_DIST ?? 'dist');
export const DIST_CHROME = path.join(DIST, 'chrome');
export const DIST_FIREFOX = path.join(DIST, 'firefox');
export const INDEX_FILE = path.join(DIST, 'index.json');

/** Throws a message saying how to build when `dir` holds no extension (browsers fail obscurely). */
export function assertBuilt(dir: string): string {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`no built extension in ${dir}: run \`npm run build\` (or set BACKSTORY_DIST)`);
  }
  return dir;
}

/** Every name and alias of the build's index: the texts a highlight may carry. */
export function readIndexedNames(): Set<string> {
  const index = JSON.parse(readFileSync(INDEX_FILE, 'utf8')) as EntityIndex;
  return new Set(index.entities.flatMap((entity) => [entity.name, ...entity.aliases]));
}
