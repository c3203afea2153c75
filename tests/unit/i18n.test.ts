// Every word of the UI is a message in _locales/en/messages.json (issue: a translation is a file):
// each key the code names exists with as many substitutions as it is given, each message is used,
// and each message's placeholders are well formed, as Chrome and Firefox require. The settings
// module's phrases (src/settings/phrase.ts) are keys too: each names its own message.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHRASES } from '../../src/settings/phrases';
import { countOf, languageOf, type Translate } from '../../src/shared/i18n';
import { CATALOGUE, english } from './english';

const ROOT = path.resolve(__dirname, '../..');
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** The arguments after the key of the call whose key ends at `from`: top-level commas to the `)`. */
function argumentsAfter(code: string, from: number): number {
  let depth = 0;
  let count = 0;
  let quote: string | undefined;
  for (let i = from; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (depth === 0) return count;
      depth--;
    } else if (c === ',' && depth === 0) count++;
  }
  throw new Error('unclosed call');
}

interface Use {
  key: string;
  where: string;
  substitutions: number | undefined;
}

// The UI's code (index/ and match/ run at build time or hold no words).
const UI_FILES = sourceFiles(path.join(ROOT, 'src')).filter((file) => !/[\\/]src[\\/](index|match)[\\/]/.test(file));

function uses(): { uses: Use[]; dynamic: string[] } {
  const found: Use[] = [];
  const dynamic: string[] = [];
  for (const file of UI_FILES) {
    const code = readFileSync(file, 'utf8');
    const where = path.relative(ROOT, file);
    for (const match of code.matchAll(/(?<![\w$.])t\(\s*'([^']*)'/g)) {
      found.push({ key: match[1]!, where, substitutions: argumentsAfter(code, match.index + match[0].length) });
    }
    for (const match of code.matchAll(/\bcountOf\(\s*\w+,\s*'([^']*)'/g)) found.push({ key: `${match[1]}_other`, where, substitutions: 1 });
    // A key built at run time escapes these checks; only countOf (shared/i18n.ts) may build one.
    for (const match of code.matchAll(/(?<![\w$.])t\(\s*(?!'|\s*\.\.\.)[^)\s]/g)) {
      if (!where.endsWith(path.join('shared', 'i18n.ts'))) dynamic.push(`${where}: ${code.slice(match.index, match.index + 40)}`);
    }
  }
  return { uses: found, dynamic };
}

function manifestKeys(): string[] {
  const manifest = readFileSync(path.join(ROOT, 'manifest.json'), 'utf8');
  return [...manifest.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
}

/** $1…$n a message takes: the highest of its placeholders' contents and its own text. */
function substitutionsOf(key: string): number {
  const entry = CATALOGUE[key]!;
  const texts = [entry.message, ...Object.values(entry.placeholders ?? {}).map((p) => p.content)];
  return Math.max(0, ...texts.flatMap((text) => [...text.matchAll(/\$([1-9])/g)].map((m) => Number(m[1]))));
}

describe('messages', () => {
  const { uses: used, dynamic } = uses();

  it('holds every key the code and the manifest name, given as many substitutions as it takes', () => {
    const problems = used.flatMap(({ key, where, substitutions }) => {
      if (!(key in CATALOGUE)) return [`${where}: no message ${key}`];
      const wanted = substitutionsOf(key);
      return substitutions === wanted ? [] : [`${where}: ${key} takes ${wanted} substitution(s), given ${substitutions}`];
    });
    for (const key of manifestKeys()) if (!(key in CATALOGUE)) problems.push(`manifest.json: no message ${key}`);
    expect(problems).toEqual([]);
    expect(used.length).toBeGreaterThan(100);
  });

  it('names every key as a literal (so the checks above see it), but for countOf', () => {
    expect(dynamic).toEqual([]);
  });

  it('has no message that nothing uses', () => {
    const named = new Set([...used.map((use) => use.key), ...manifestKeys()]);
    const counted = new Set(used.filter((use) => use.key.endsWith('_other')).map((use) => use.key.slice(0, -'_other'.length)));
    const orphans = Object.keys(CATALOGUE).filter((key) => {
      if (named.has(key)) return false;
      const [, base, category] = /^(\w+)_([a-z]+)$/.exec(key) ?? [];
      return !(base && counted.has(base) && PLURAL_CATEGORIES.includes(category!));
    });
    expect(orphans).toEqual([]);
  });

  it('has well-formed keys, descriptions and placeholders', () => {
    const problems: string[] = [];
    const lower = new Set<string>();
    for (const [key, entry] of Object.entries(CATALOGUE)) {
      // Chrome: [A-Za-z0-9_@], case-insensitive, @@ reserved.
      if (!/^[A-Za-z0-9_@]+$/.test(key) || key.startsWith('@@')) problems.push(`${key}: bad name`);
      if (lower.has(key.toLowerCase())) problems.push(`${key}: differs from another key only by case`);
      lower.add(key.toLowerCase());
      if (typeof entry.message !== 'string' || entry.message === '') problems.push(`${key}: no message`);
      if (!entry.description) problems.push(`${key}: no description for translators`);
      const defined = Object.entries(entry.placeholders ?? {});
      const named = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
      for (const name of named) if (!defined.some(([n]) => n.toLowerCase() === name)) problems.push(`${key}: $${name}$ is not a placeholder`);
      for (const [name, { content }] of defined) {
        if (!named.includes(name.toLowerCase())) problems.push(`${key}: placeholder ${name} is unused`);
        if (!/^\$[1-9]$/.test(content)) problems.push(`${key}: placeholder ${name} is ${content}, not $1…$9`);
      }
      const numbers = defined.map(([, { content }]) => Number(content.slice(1))).sort((a, b) => a - b);
      if (numbers.some((n, i) => n !== i + 1)) problems.push(`${key}: substitutions ${numbers.join(',')} are not $1…$${numbers.length}`);
      // A $ not part of a placeholder or $1…$9 would vanish or mislead: write it $$.
      if (/\$(?![1-9$]|[A-Za-z0-9_@]+\$)/.test(entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, ''))) problems.push(`${key}: stray $`);
    }
    expect(problems).toEqual([]);
  });

  it('words each phrase of the settings module with the message of its key, so phrase() names messages that exist', () => {
    const problems: string[] = [];
    for (const [key, words] of Object.entries(PHRASES)) {
      const asked: string[] = [];
      const recording: Translate = (asking, ...substitutions) => (asked.push(asking), english(asking, ...substitutions));
      // ['1'] fills any slot: as text it is "1", as a number its toLocaleString, as a list it joins.
      const slots = Array.from({ length: words.length - 1 }, () => ['1']);
      (words as (t: Translate, ...args: string[][]) => string)(recording, ...slots);
      // A count's key is the base of its plural forms (countOf).
      if (!asked.some((asking) => asking === key || asking.startsWith(`${key}_`))) problems.push(`${key} asks for ${asked.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('counts in the translation’s plural forms and numbers', () => {
    expect(languageOf(english)).toBe('en');
    expect(countOf(english, 'mentionCount', 1)).toBe('1 mention');
    expect(countOf(english, 'entityCount', 1200)).toBe('1,200 entities');
    expect(countOf(english, 'articleCount', 0)).toBe('0 articles');
  });
});
