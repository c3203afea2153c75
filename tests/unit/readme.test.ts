// The README's settings table and the schema list the same keys (STYLE.md: "a test checks the README").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '../../src/settings/schema';

const README = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');

function settingsTableKeys(): string[] {
  const section = README.split(/^## Settings$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^\| `([A-Za-z]+)` \|/gm)].map((m) => m[1]!);
}

describe('README', () => {
  it('documents every setting of the schema, and no other, in its Settings table', () => {
    expect(settingsTableKeys().sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('shows the two commands', () => {
    expect(README).toContain('npm install && npm start');
    expect(README).toContain('npm install && npm test');
  });
});
