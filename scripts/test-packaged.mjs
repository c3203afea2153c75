#!/usr/bin/env node
// npm run test:packaged: the browser suite against the store packages as a reader installs them.
//   1. npm run package into a scratch folder (its own build; dist/ is left alone)
//   2. unzip the Chrome and Firefox packages into <scratch>/unpacked/{chrome,firefox}
//   3. vitest run --project browser with BACKSTORY_DIST=<scratch>/unpacked
// The packages hold no index.json (the tests' list of indexed names, not part of the extension): it
// is copied from the very build the packages were made from.
//
//   node scripts/test-packaged.mjs [vitest arguments, e.g. a test file]
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'backstory-packaged-'));
const run = (command, args, options = {}) => execFileSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });

let status = 1;
try {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const artifacts = path.join(scratch, 'artifacts');
  const dist = path.join(scratch, 'dist');
  run(process.execPath, [path.join(ROOT, 'scripts/package.mjs'), '--out', artifacts, '--dist', dist]);
  const unpacked = path.join(scratch, 'unpacked');
  for (const browser of ['chrome', 'firefox']) {
    const into = path.join(unpacked, browser);
    mkdirSync(into, { recursive: true });
    // Info-ZIP's unzip (Debian's `unzip`), as a reader or a store would open the package.
    run('unzip', ['-q', path.join(artifacts, `backstory-${browser}-${version}.zip`), '-d', into]);
  }
  copyFileSync(path.join(dist, 'index.json'), path.join(unpacked, 'index.json'));
  console.log(`test:packaged: browser suite against ${unpacked}`);
  const vitest = spawnSync('npx', ['vitest', 'run', '--project', 'browser', ...process.argv.slice(2)], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, BACKSTORY_DIST: unpacked },
  });
  status = vitest.status ?? 1;
} catch (error) {
  console.error(`test:packaged: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(status);
