// The build's Preact has no HTML sink, and a module that names the prop fails the build.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { preactWithoutHtml } from '../../../scripts/preact-without-html.mjs';

const ROOT = path.resolve(__dirname, '../../..');

async function bundle(source: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'backstory-preact-'));
  const entry = path.join(dir, 'entry.tsx');
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    nodePaths: [path.join(ROOT, 'node_modules')],
    logLevel: 'silent',
    plugins: [preactWithoutHtml()],
  });
  return result.outputFiles[0]!.text;
}

describe('preactWithoutHtml', () => {
  it('bundles Preact with no innerHTML write, a throw in its place', async () => {
    const code = await bundle(`import { render } from 'preact'; render(<p>hi</p>, document.body);`);
    expect(code).not.toMatch(/\.innerHTML\s*=/);
    expect(code).toContain('dangerouslySetInnerHTML is not supported');
  });

  it('fails the build where a module names dangerouslySetInnerHTML', async () => {
    const source = `import { render } from 'preact';\nrender(<p dangerouslySetInnerHTML={{ __html: '<b>x</b>' }} />, document.body);`;
    await expect(bundle(source)).rejects.toThrow(/entry\.tsx:2.*dangerouslySetInnerHTML is not allowed/s);
  });
});
