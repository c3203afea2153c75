// Two builds of the same commit give byte-identical store packages (issue: ready for both stores).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

async function packageInto(dir: string): Promise<Record<string, string>> {
  await promisify(execFile)('node', ['scripts/package.mjs', '--out', path.join(dir, 'artifacts'), '--dist', path.join(dir, 'dist')], { cwd: ROOT });
  const hashes: Record<string, string> = {};
  for (const name of readdirSync(path.join(dir, 'artifacts'))) {
    hashes[name] = createHash('sha256').update(readFileSync(path.join(dir, 'artifacts', name))).digest('hex');
  }
  return hashes;
}

describe('npm run package', () => {
  it('writes the three packages, byte-identical across two builds', async () => {
    const first = await packageInto(mkdtempSync(path.join(tmpdir(), 'backstory-pkg-')));
    const second = await packageInto(mkdtempSync(path.join(tmpdir(), 'backstory-pkg-')));
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(Object.keys(first).sort()).toEqual(
      [`backstory-chrome-${version}.zip`, `backstory-firefox-${version}.zip`, `backstory-source-${version}.zip`],
    );
    expect(second).toEqual(first);
  }, 120_000);
});
