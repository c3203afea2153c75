// The build as a user runs it: bad seeds fail with `file:line: what is wrong`, a non-zero exit,
// no stack trace, and nothing written; good seeds give both browsers' folders.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const SEED = path.join(ROOT, 'seeds/000_07a5059ebd8f38d8.txt');

async function runBuild(seeds: string, out: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', ['build.mjs', '--seeds', seeds, '--out', out], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'backstory-build-'));
}

describe('node build.mjs', () => {
  it('fails on a malformed seed with file:line, no stack trace, and no dist left behind', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'good.txt'), readFileSync(SEED));
    writeFileSync(path.join(dir, 'broken.txt'), Buffer.from([0x41, 0x0a, 0x42, 0xff, 0xfe, 0x43]));
    writeFileSync(path.join(dir, 'overrides.json'), '{ "version": 1, ');
    const out = path.join(dir, 'dist');
    const result = await runBuild(dir, out);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/broken\.txt:2: /);
    expect(result.stderr).toMatch(/overrides\.json:\d+:/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(path.join(dir, 'index.json'))).toBe(false);
  }, 60_000);

  it('keeps the previous dist when a later build fails', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'seed.txt'), readFileSync(SEED));
    const out = path.join(dir, 'dist');
    const first = await runBuild(dir, out);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/articles 1; entities \d+/);
    const chrome = JSON.parse(readFileSync(path.join(out, 'chrome/manifest.json'), 'utf8'));
    const firefox = JSON.parse(readFileSync(path.join(out, 'firefox/manifest.json'), 'utf8'));
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(chrome.browser_specific_settings).toBeUndefined();

    writeFileSync(path.join(dir, 'bad.txt'), Buffer.from('one\u0000two'));
    const second = await runBuild(dir, out);
    expect(second.code).not.toBe(0);
    expect(second.stderr).toMatch(/bad\.txt:1: /);
    expect(existsSync(path.join(out, 'chrome/content.js'))).toBe(true);
  }, 60_000);
});
