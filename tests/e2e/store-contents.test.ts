// What a store reviewer reads in each build (issue: least privilege, no remote code). Runs on the
// built folders, so BACKSTORY_DIST checks unzipped packages the same way.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, DIST_CHROME, DIST_FIREFOX } from './support/dist';

const BUILDS = { chrome: DIST_CHROME, firefox: DIST_FIREFOX };

/** Forbidden in any bundle: code from strings, code from elsewhere, HTML sinks. */
const FORBIDDEN_JS: [string, RegExp][] = [
  // `eval:{minArgs…}` in webextension-polyfill's API table is a key, not a call: only a call counts.
  ['eval call', /(?<![\w$])eval\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  // `Function.call.bind` (webextension-polyfill) is not code from a string; a call of Function is.
  ['Function call', /(?<![\w$.])Function\s*\(/],
  ['timer with a string', /\bset(Timeout|Interval)\s*\(\s*["'`]/],
  ['importScripts', /\bimportScripts\b/],
  ['dynamic import', /(?<![\w$.])import\s*\(/],
  ['javascript: URL', /javascript:/i],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ['HTML sink', /\.(innerHTML|outerHTML)\s*=(?!=)|\binsertAdjacentHTML\s*\(|\bcreateContextualFragment\s*\(/],
  ['wasm', /\bWebAssembly\b/],
];

// XML namespace names Preact passes to createElementNS: identifiers, never fetched.
const NAMESPACE_URLS = new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/1998/Math/MathML']);

function filesOf(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith(ext)).sort();
}

function manifestOf(dir: string): Record<string, any> { // any: the manifest is JSON we inspect key by key
  return JSON.parse(readFileSync(path.join(assertBuilt(dir), 'manifest.json'), 'utf8')) as Record<string, any>;
}

describe.each(Object.entries(BUILDS))('the %s build', (_browser, dir) => {
  it('asks for storage only: no host, tab or scripting permissions', () => {
    const manifest = manifestOf(dir);
    expect(manifest.permissions).toEqual(['storage']);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'externally_connectable', 'web_accessible_resources']) {
      expect(manifest, key).not.toHaveProperty(key);
    }
    expect(JSON.stringify(manifest)).not.toMatch(/"(tabs|scripting|<all_urls>|\*:\/\/\*\/\*)"/);
  });

  it('takes its name, description and other words from _locales (default en)', () => {
    const manifest = manifestOf(dir);
    expect(manifest.default_locale).toBe('en');
    expect([manifest.name, manifest.description, manifest.action.default_title]).toEqual(['__MSG_extensionName__', '__MSG_extensionDescription__', '__MSG_actionTitle__']);
    const messages = JSON.parse(readFileSync(path.join(dir, '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(messages.extensionName?.message).toBe('Backstory');
  });

  it('runs its content script on http and https pages only', () => {
    const scripts = manifestOf(dir).content_scripts as { matches: string[]; all_frames?: boolean }[];
    expect(scripts.map((script) => script.matches)).toEqual([['http://*/*', 'https://*/*']]);
  });

  it('has a strict extension-page CSP: scripts from the package only, no objects, no base', () => {
    const csp = manifestOf(dir).content_security_policy as Record<string, string>;
    expect(Object.keys(csp)).toEqual(['extension_pages']);
    const directives = Object.fromEntries(csp.extension_pages!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives).toEqual({ 'script-src': ["'self'"], 'object-src': ["'none'"], 'base-uri': ["'none'"] });
  });

  it('has no eval, no code from strings or remote code, no HTML sinks in its bundles', () => {
    const found: string[] = [];
    for (const file of filesOf(dir, '.js')) {
      const code = readFileSync(path.join(dir, file), 'utf8');
      for (const [what, pattern] of FORBIDDEN_JS) {
        const match = pattern.exec(code);
        if (match) found.push(`${file}: ${what}: …${code.slice(Math.max(0, match.index - 30), match.index + 40)}…`);
      }
      for (const [url] of code.matchAll(/https?:\/\/[^"'`\s)]*/g)) if (!NAMESPACE_URLS.has(url)) found.push(`${file}: URL ${url}`);
    }
    expect(found).toEqual([]);
  });

  it('loads each page\'s script from the package: no inline script, no handler attributes, no remote URLs', () => {
    const found: string[] = [];
    for (const file of filesOf(dir, '.html')) {
      const html = readFileSync(path.join(dir, file), 'utf8');
      for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
        if (!/\bsrc="[\w-]+\.js"/.test(tag)) found.push(`${file}: ${tag}`);
      }
      for (const [inline] of html.matchAll(/<script\b[^>]*>[^<]+<\/script>/gi)) found.push(`${file}: inline ${inline.slice(0, 60)}`);
      for (const [handler] of html.matchAll(/\son[a-z]+\s*=/gi)) found.push(`${file}: handler ${handler}`);
      for (const [url] of html.matchAll(/(https?:)?\/\/[\w.-]+\.[a-z]{2,}[^"'\s>]*/gi)) found.push(`${file}: URL ${url}`);
    }
    for (const file of filesOf(dir, '.css')) {
      for (const [url] of readFileSync(path.join(dir, file), 'utf8').matchAll(/url\([^)]*\)|@import[^;]*/g)) found.push(`${file}: ${url}`);
    }
    expect(found).toEqual([]);
  });
});
