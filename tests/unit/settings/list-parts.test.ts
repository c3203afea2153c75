import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countKey, isPartOf, joinParts, splitList } from '../../../src/settings/list-parts';
import { storedBytes, SYNC_ITEM_BYTES } from '../../../src/settings/validate';
import { inEnglish } from '../english';

const sites = (n: number, prefix = 'site') => Array.from({ length: n }, (_, i) => `${prefix}-${i}.example.com`);

describe('splitList', () => {
  it('keeps a list that fits in one item as it was: the key alone', () => {
    expect(splitList('disabledSites', ['a.com', 'b.com'])).toEqual({ disabledSites: ['a.com', 'b.com'] });
    expect(splitList('disabledSites', [])).toEqual({ disabledSites: [] });
  });

  it('splits 1,000 sites into parts of at most 8 KB each, with their count, in order', () => {
    const list = sites(1000);
    const items = splitList('disabledSites', list);
    const count = items[countKey('disabledSites')] as number;
    expect(count).toBeGreaterThan(2);
    const keys = Array.from({ length: count }, (_, i) => (i === 0 ? 'disabledSites' : `disabledSites.${i}`));
    expect(Object.keys(items).sort()).toEqual([...keys, 'disabledSites.parts'].sort());
    for (const key of keys) expect(storedBytes(key, items[key])).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
    expect(keys.flatMap((key) => items[key] as string[])).toEqual(list);
  });

  it('round-trips through joinParts for any list of strings and any part size', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 200 }), fc.integer({ min: 60, max: 400 }), (list, maxBytes) => {
        const items = splitList('k', list, maxBytes);
        for (const [key, value] of Object.entries(items)) {
          if (Array.isArray(value) && value.length > 1) expect(storedBytes(key, value)).toBeLessThanOrEqual(maxBytes);
        }
        expect(joinParts(items, 'k')).toEqual({ record: { k: list }, problems: [] });
      }),
    );
  });
});

describe('joinParts', () => {
  it('reads only the parts its count names: leftovers of a longer list are dropped, not joined', () => {
    const raw = { k: ['a'], 'k.1': ['b'], 'k.2': ['stale'], 'k.parts': 2, other: 1 };
    expect(joinParts(raw, 'k')).toEqual({ record: { k: ['a', 'b'], other: 1 }, problems: [] });
    // Without a count (a list that fits in one item), any part keys are leftovers.
    expect(joinParts({ k: ['a'], 'k.1': ['old'] }, 'k')).toEqual({ record: { k: ['a'] }, problems: [] });
  });

  it('says what is wrong with missing parts or a bad count, and reads what it can', () => {
    const missing = joinParts({ k: ['a'], 'k.2': ['c'], 'k.parts': 3 }, 'k');
    expect(missing.record).toEqual({ k: ['a', 'c'] });
    expect(missing.problems.map(inEnglish)).toEqual(['part 2 of 3 of k is missing or not a list; read the other parts']);
    const badCount = joinParts({ k: ['a'], 'k.1': ['b'], 'k.parts': 'two' }, 'k');
    expect(badCount.record).toEqual({ k: ['a'] });
    expect(badCount.problems.map(inEnglish)).toEqual(['the number of parts of k is "two"; read its first part only']);
    expect(joinParts({ k: ['a'], 'k.parts': 1e9 }, 'k').problems).toHaveLength(1);
  });

  it('never mutates its input and leaves other keys alone', () => {
    const raw = Object.freeze({ k: Object.freeze(['a']), 'k.1': Object.freeze(['b']), 'k.parts': 2, 'k.x': 1, kk: 2 });
    expect(joinParts(raw, 'k').record).toEqual({ k: ['a', 'b'], 'k.x': 1, kk: 2 });
  });

  it('knows its own keys', () => {
    expect(['k.1', 'k.12', 'k.parts'].every((key) => isPartOf(key, 'k'))).toBe(true);
    expect(['k', 'k.0', 'k.01', 'k.x', 'kk.1', 'k.1.2'].some((key) => isPartOf(key, 'k'))).toBe(false);
  });
});
