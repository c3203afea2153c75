// The popover tests' own build: the real seeds plus tests/fixtures/seeds/hostile-markup.txt, whose
// facts carry markup and a javascript: URL, into dist-popover-e2e/ (git-ignored). The hostile seed
// must never ship, so it is not in seeds/; everything else is the build npm test makes.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './support/dist';

export const POPOVER_DIST = path.join(ROOT, 'dist-popover-e2e');
export const HOSTILE_SEED = path.join(ROOT, 'tests/fixtures/seeds/hostile-markup.txt');

/** Builds once per call (about 3 s); returns the folder with chrome/, firefox/ and index.json. */
export function buildPopoverDist(): string {
  const seeds = mkdtempSync(path.join(os.tmpdir(), 'backstory-popover-seeds-'));
  try {
    for (const file of readdirSync(path.join(ROOT, 'seeds'))) cpSync(path.join(ROOT, 'seeds', file), path.join(seeds, file));
    cpSync(HOSTILE_SEED, path.join(seeds, path.basename(HOSTILE_SEED)));
    execFileSync(process.execPath, ['build.mjs', '--seeds', seeds, '--out', POPOVER_DIST, '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    rmSync(seeds, { recursive: true, force: true });
  }
  return POPOVER_DIST;
}
