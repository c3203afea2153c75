// Bad input: every problem is collected as `file:line: what`; nothing throws.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveIndex, deriveIndexFromFolder } from '../../../src/index/build-index.js';
import { MAX_ARTICLE_BYTES } from '../../../src/index/read-articles.js';

const article = 'A headline\nby Someone Else\ndate 2021-02-03\n\nThe Red Cross said Maria Lopez arrived in Madrid.\n';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-index-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('bad input', () => {
  it('skips an empty or whitespace-only article with a warning', () => {
    const r = deriveIndex([{ file: 'empty.txt', text: '' }, { file: 'blank.txt', text: ' \n\t\n' }]);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual(['blank.txt:1: article is empty; skipped', 'empty.txt:1: article is empty; skipped']);
    expect(r.index.articles).toEqual([]);
  });
  it('rejects a binary file with NUL bytes, naming its line', async () => {
    const r = await deriveIndexFromFolder(folder({ 'bin.txt': Buffer.from('line one\nline\u0000two\n'), 'ok.txt': article }));
    expect(r.errors).toEqual([expect.stringMatching(/^bin\.txt:2: contains NUL bytes/)]);
    expect(r.index.articles.map((a) => a.id)).toEqual(['ok']);
  });
  it('rejects invalid UTF-8 with the line of the first bad byte, and collects every error', async () => {
    const bad = Buffer.concat([Buffer.from('title\n\nfine line\nbad '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]);
    const r = await deriveIndexFromFolder(folder({ 'latin1.txt': bad, 'bin.txt': Buffer.from([0, 1, 2]) }));
    expect(r.errors).toHaveLength(2);
    expect(r.errors).toContainEqual(expect.stringMatching(/^latin1\.txt:4: invalid UTF-8/));
  });
  it('rejects an article over the size limit with a clear message', async () => {
    const big = 'Maria Lopez went to Madrid. '.repeat(Math.ceil((MAX_ARTICLE_BYTES + 1) / 28));
    const r = await deriveIndexFromFolder(folder({ 'huge.txt': big }));
    expect(r.errors).toEqual([expect.stringMatching(/^huge\.txt:1: article is [\d.]+ MB, over the 2 MB limit/)]);
  });
  it('strips a byte-order mark and handles CRLF line ends', () => {
    const r = deriveIndex([{ file: 'crlf.txt', text: `\uFEFF${article.replace(/\n/g, '\r\n')}` }]);
    expect(r.errors).toEqual([]);
    expect(r.index.articles[0]).toMatchObject({ title: 'A headline', byline: 'Someone Else', date: '2021-02-03' });
    expect(r.index.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Red Cross', 'Maria Lopez', 'Madrid']));
    for (const e of r.index.entities) for (const f of e.facts) expect(f.text).not.toMatch(/\r/);
  });
  it('accepts an article that names nobody', () => {
    const r = deriveIndex([{ file: 'plain.txt', text: 'it rained all day and nobody went out.\n' }]);
    expect(r.errors).toEqual([]);
    expect(r.index.articles).toEqual([{ id: 'plain', file: 'plain.txt', entities: [] }]);
    expect(r.stats.entitiesByType).toEqual({ person: 0, place: 0, organization: 0 });
  });
  it('rejects two files that would get the same article id', () => {
    const r = deriveIndex([{ file: 'a.txt', text: article }, { file: 'a.TXT', text: article }]);
    expect(r.errors).toEqual(['a.txt:1: article id "a" is also the id of a.TXT; rename one file']);
  });
  it('reports an unreadable folder instead of throwing', async () => {
    const r = await deriveIndexFromFolder(join(tmpdir(), 'backstory-no-such-folder'));
    expect(r.errors).toEqual([expect.stringMatching(/backstory-no-such-folder:1: cannot read the articles folder/)]);
  });
});
