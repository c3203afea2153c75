// INDEX-FORMAT.md invariants on the seed plus small fixture articles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveIndex } from '../../../src/index/build-index.js';

const seed = readFileSync(join(import.meta.dirname, '../../fixtures/seeds/000_07a5059ebd8f38d8.txt'), 'utf8');
const other = [
  'Obama meets Kenyan leaders',
  'by Jon Sopel',
  'date 2015-07-24',
  '',
  'NAIROBI — President Barack Obama arrived in Nairobi on Friday. Mr Obama said the trip mattered.',
  '',
  'The White House said Mr Obama would meet Uhuru Kenyatta, according to the Associated Press (AP).',
].join('\n');
const { index, errors } = deriveIndex([{ file: '000_07a5059ebd8f38d8.txt', text: seed }, { file: 'kenya.txt', text: other }]);
const apostrophes = (s: string): string => s.replace(/[’‘]/g, "'");
const textOf = new Map([['000_07a5059ebd8f38d8', seed], ['kenya', other]].map(([k, v]) => [k!, apostrophes(v!)]));
const occurs = (form: string, text: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${apostrophes(form).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);

describe('index invariants', () => {
  it('has no errors and unique ids', () => {
    expect(errors).toEqual([]);
    const ids = index.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(person|place|organization):[a-z0-9-]+$/);
  });
  it('links articles and entities both ways', () => {
    const ids = new Set(index.entities.map((e) => e.id));
    const listed = new Set(index.articles.flatMap((a) => a.entities));
    for (const a of index.articles) for (const id of a.entities) expect(ids.has(id)).toBe(true);
    for (const e of index.entities) {
      expect(listed.has(e.id)).toBe(true);
      for (const f of e.facts) expect(index.articles.find((a) => a.id === f.article)?.entities).toContain(e.id);
    }
  });
  it('writes each name and alias as it occurs, once, never a possessive', () => {
    for (const e of index.entities) {
      const texts = index.articles.filter((a) => a.entities.includes(e.id)).map((a) => textOf.get(a.id)!);
      for (const form of [e.name, ...e.aliases]) {
        expect(texts.some((t) => occurs(form, t)), `${e.id}: ${form}`).toBe(true);
        expect(form).not.toMatch(/['’]s$/);
      }
      expect(new Set(e.aliases).size).toBe(e.aliases.length);
      expect(e.aliases).not.toContain(e.name);
    }
  });
  it('merges one person across articles and keeps forms apart between entities', () => {
    const obama = index.entities.filter((e) => e.name.endsWith('Obama'));
    expect(obama).toHaveLength(1);
    expect(obama[0]!.aliases).toEqual(expect.arrayContaining(['Obama', 'Mr Obama', 'President Barack Obama']));
    const owners = new Map<string, string>();
    for (const e of index.entities) for (const f of [e.name, ...e.aliases]) {
      expect(owners.get(f), f).toBeUndefined();
      owners.set(f, e.id);
    }
  });
  it('maps an all-caps dateline to the place and a defined acronym to its body', () => {
    const nairobi = index.entities.find((e) => e.name === 'Nairobi')!;
    expect(nairobi.type).toBe('place');
    expect(nairobi.aliases).toContain('NAIROBI');
    const ap = index.entities.find((e) => e.name === 'Associated Press')!;
    expect(ap.aliases).toContain('AP');
    expect(index.articles.find((a) => a.id === 'kenya')).toMatchObject({ title: 'Obama meets Kenyan leaders', byline: 'Jon Sopel', date: '2015-07-24' });
  });
  it('is stable across builds', () => {
    const again = deriveIndex([{ file: 'kenya.txt', text: other }, { file: '000_07a5059ebd8f38d8.txt', text: seed }]);
    expect(again.index).toEqual(index);
  });
});
