import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScanner, findMentions, type Matcher, type Mention } from '../../../src/match/find-mentions';
import { matcherFor, type TestEntity } from './helpers';
import { referenceFold, referenceMentions, referenceVariants } from './reference';

// Pieces chosen to collide: shared prefixes, case pairs, both normalizations of é, dashes and
// apostrophes in both spellings, a combining mark, CJK, Cyrillic, digits, `_` and an astral letter.
const PIECES = ['a', 'b', 'ab', 'A', 'B', 'é', 'e\u0301', 'ß', '-', '–', "'", '’', ' ', '北', '京', 'ж', 'Ж', '_', '1', '\u0301', '\u{1D400}'];
const FILLER = [' ', ' ', '.', ', ', '\u00A0', 'x', 'X', 'Ab', '北', '\n', '\uD800', '\uDC00', '—', 'ʼs'];

const form = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }).map((p) => p.join(''));
const entities = fc.array(
  fc.record({ name: form, aliases: fc.array(form, { maxLength: 2 }) }),
  { minLength: 1, maxLength: 6 },
);

/** Text made mostly of the entities' own forms, sometimes in capitals or NFD, between filler. */
function textFrom(list: Array<{ name: string; aliases: string[] }>): fc.Arbitrary<string> {
  const forms = list.flatMap((e) => [e.name, ...e.aliases]);
  const spelled = fc
    .tuple(fc.constantFrom(...forms), fc.constantFrom('as is', 'upper', 'NFD', 'NFC'))
    .map(([f, how]) => (how === 'upper' ? f.toUpperCase() : how === 'as is' ? f : f.normalize(how)));
  return fc
    .array(fc.oneof(spelled, fc.constantFrom(...FILLER), fc.constantFrom(...PIECES)), { maxLength: 14 })
    .map((parts) => parts.join(''));
}

const CJK = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]$/u;
/** A neighbour that would make a mention part of a longer word; CJK never does. */
const isWordNeighbour = (ch: string): boolean => /^[\p{L}\p{N}\p{M}\p{Pc}]$/u.test(ch) && !CJK.test(ch);

const withIds = (list: Array<{ name: string; aliases: string[] }>): TestEntity[] =>
  list.map((e, i) => ({ id: `e${i}`, ...e }));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

function scanInChunks(matcher: Matcher, text: string, cuts: number[]): Mention[] {
  const scanner = createScanner(matcher);
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((x, y) => x - y);
  const out: Mention[] = [];
  let from = 0;
  for (const point of points) {
    out.push(...scanner.push(text.slice(from, point)));
    from = point;
  }
  out.push(...scanner.push(text.slice(from)), ...scanner.end());
  return out;
}

const FIXED = matcherFor([
  { id: 'tehran', name: 'Tehran' },
  { id: 'tehran-university', name: 'Tehran University' },
  { id: 'al-qaeda', name: 'al-Qaeda' },
  { id: 'jose', name: 'José' },
  { id: 'beijing', name: '北京' },
  { id: 'astral', name: '\u{1D400}bc' },
]);

describe('findMentions properties', () => {
  it('never throws on any string, whole or chunked', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.nat(), { maxLength: 5 }), (text, cuts) => {
        const whole = findMentions(FIXED, text);
        expect(scanInChunks(FIXED, text, cuts)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('equals the naive reference on texts built from the forms', () => {
    fc.assert(
      fc.property(entities.chain((list) => fc.tuple(fc.constant(list), textFrom(list))), ([list, text]) => {
        expect(findMentions(matcherFor(withIds(list)), text)).toEqual(referenceMentions(list, text));
      }),
      { numRuns: 300 },
    );
  });

  it('returns sorted, non-overlapping whole-word occurrences of the entity’s own forms', () => {
    fc.assert(
      fc.property(entities.chain((list) => fc.tuple(fc.constant(list), textFrom(list))), ([list, text]) => {
        const mentions = findMentions(matcherFor(withIds(list)), text);
        const folded = referenceFold(text);
        let lastEnd = 0;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          expect(m.end).toBeGreaterThan(m.start);
          lastEnd = m.end;
          const entity = list[m.entity]!;
          const variants = [entity.name, ...entity.aliases].flatMap((f) => [...referenceVariants(f).keys()]);
          expect(variants).toContain(folded.slice(m.start, m.end));
          const before = [...folded.slice(0, m.start)].at(-1) ?? ' ';
          const after = [...folded.slice(m.end)][0] ?? ' ';
          const first = [...folded.slice(m.start, m.end)][0]!;
          const last = [...folded.slice(m.start, m.end)].at(-1)!;
          if (!CJK.test(first)) expect(isWordNeighbour(before), `before ${m.start}`).toBe(false);
          if (!CJK.test(last)) expect(isWordNeighbour(after), `after ${m.end}`).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on chunking, and gives the same result twice', () => {
    fc.assert(
      fc.property(
        entities.chain((list) => fc.tuple(fc.constant(list), textFrom(list))),
        fc.array(fc.nat(), { maxLength: 8 }),
        ([list, text], cuts) => {
          const matcher = matcherFor(withIds(list));
          const whole = findMentions(matcher, text);
          expect(findMentions(matcher, text)).toEqual(whole);
          expect(scanInChunks(matcher, text, cuts)).toEqual(whole);
          expect(scanInChunks(matcher, text, [...text].map((_, i) => i))).toEqual(whole);
        },
      ),
      { numRuns: 200 },
    );
  });
});
