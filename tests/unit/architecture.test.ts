// Guards the import table of STYLE.md "Our layout": which src/ folder may import which.
// A failure names the file and the import that breaks the rule.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../../src');

/** folder -> the src folders and packages it may import (itself is always allowed). */
const ALLOWED: Record<string, { folders: string[]; packages: RegExp[] }> = {
  shared: { folders: [], packages: [] },
  match: { folders: ['shared'], packages: [] },
  settings: { folders: ['shared'], packages: [] },
  index: { folders: ['shared', 'match'], packages: [/^node:/, /^[a-z@]/] },
  popover: { folders: ['shared', 'settings'], packages: [/^preact(\/|$)/, /^@floating-ui\//] },
  platform: { folders: ['shared', 'settings'], packages: [/^webextension-polyfill$/] },
  content: { folders: ['match', 'settings', 'popover', 'platform', 'shared'], packages: [/^backstory:/, /^preact(\/|$)/] },
  background: { folders: ['settings', 'platform', 'shared'], packages: [/^backstory:/] },
  popup: { folders: ['settings', 'platform', 'shared'], packages: [/^preact(\/|$)/, /^backstory:index-info$/] },
  options: { folders: ['settings', 'platform', 'shared'], packages: [/^preact(\/|$)/] },
  article: { folders: ['settings', 'platform', 'shared'], packages: [/^preact(\/|$)/, /^backstory:/] },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  const pattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of text.matchAll(pattern)) found.push((match[1] ?? match[2] ?? match[3])!);
  return found;
}

function violations(): string[] {
  const problems: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const folder = path.relative(SRC, file).split(path.sep)[0]!;
    const rule = ALLOWED[folder];
    const where = path.relative(path.resolve(SRC, '..'), file);
    if (!rule) {
      problems.push(`${where}: folder src/${folder} is not in the import table`);
      continue;
    }
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('.')) {
        const target = path.relative(SRC, path.resolve(path.dirname(file), specifier)).split(path.sep)[0]!;
        if (target !== folder && !rule.folders.includes(target)) problems.push(`${where}: imports ${specifier} (src/${target})`);
      } else if (!rule.packages.some((allowed) => allowed.test(specifier))) {
        problems.push(`${where}: imports package ${specifier}`);
      }
    }
  }
  return problems;
}

describe('architecture', () => {
  it('every src/ file imports only what STYLE.md allows its folder', () => {
    expect(violations()).toEqual([]);
  });

  it('the checker sees imports at all (it cannot pass by reading nothing)', () => {
    const background = importsOf(path.join(SRC, 'background/index.ts'));
    expect(background).toContain('../platform/runtime');
    expect(background).toContain('backstory:entity-index');
  });
});
