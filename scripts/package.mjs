#!/usr/bin/env node
// npm run package: the store uploads, built from this checkout and byte-identical every time.
//   artifacts/backstory-chrome-<version>.zip    dist/chrome
//   artifacts/backstory-firefox-<version>.zip   dist/firefox
//   artifacts/backstory-source-<version>.zip    the tracked source (what Firefox reviewers ask for)
// Reproducible: entries sorted by path, one fixed timestamp, fixed permissions, same compression.
//
//   node scripts/package.mjs [--out <dir>] [--dist <dir>]   (builds first unless --no-build)
import yazl from 'yazl';
import { execFileSync } from 'node:child_process';
import { createWriteStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The zip format's earliest date, so the archive says nothing about when it was made.
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);
const FILE_MODE = 0o100644;

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]) : fallback;
}

function walk(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** The files git tracks; the source package is exactly what a clone of this commit holds. */
function trackedFiles() {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
  return out.split('\0').filter((file) => file && statSync(path.join(ROOT, file), { throwIfNoEntry: false })?.isFile());
}

async function writeZip(target, base, files) {
  const zip = new yazl.ZipFile();
  for (const file of [...files].sort()) {
    zip.addBuffer(readFileSync(path.join(base, file)), file, { mtime: FIXED_TIME, mode: FILE_MODE, compress: true });
  }
  zip.end({ forceZip64Format: false });
  const scratch = `${target}.tmp-${process.pid}`;
  await new Promise((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(scratch)).on('close', resolve).on('error', reject);
  });
  await rename(scratch, target);
  return statSync(target).size;
}

async function main() {
  const out = option('--out', path.join(ROOT, 'artifacts'));
  const dist = option('--dist', path.join(ROOT, 'dist'));
  if (!process.argv.includes('--no-build')) {
    execFileSync(process.execPath, [path.join(ROOT, 'build.mjs'), '--out', dist, '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  }
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  await mkdir(out, { recursive: true });
  const made = [
    [`backstory-chrome-${version}.zip`, path.join(dist, 'chrome'), walk(path.join(dist, 'chrome'))],
    [`backstory-firefox-${version}.zip`, path.join(dist, 'firefox'), walk(path.join(dist, 'firefox'))],
    [`backstory-source-${version}.zip`, ROOT, trackedFiles()],
  ];
  for (const [name, base, files] of made) {
    const bytes = await writeZip(path.join(out, name), base, files);
    console.log(`${path.relative(process.cwd(), path.join(out, name))}  ${(bytes / 1024).toFixed(1)} KB  (${files.length} files)`);
  }
}

main().catch((error) => {
  console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
