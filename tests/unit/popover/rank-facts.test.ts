import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/shared/entity-index';
import { rankFacts } from '../../../src/popover/rank-facts';

const NAMES = ['Qassem Soleimani', 'Soleimani', 'General Qassem Soleimani'];
const fact = (text: string, attribution: string[] = []): Fact => ({ text, article: 'a1', attribution });

const SHORT = fact('Soleimani was a general.');
const KILLED = fact(
  'Soleimani was killed in a US drone attack in Baghdad last Friday, escalating tensions between Washington and Tehran, and causing concern across the world.',
);
const STAMPEDE = fact('At least 56 people died in a stampede at Soleimani’s funeral in Kerman on 7 January 2020.', ['AFP', 'ISNA']);
const PLAIN = fact('Soleimani was widely seen as the second most powerful man in the country after its leader.');
const KILLED_AGAIN = fact(
  'Soleimani was killed in a US drone strike in Baghdad last Friday, escalating tensions between Washington and Tehran, and causing concern across the world.',
);

const order = (facts: Fact[], maxFacts = Infinity) => rankFacts(facts, { maxFacts, names: NAMES }).shown.map((item) => item.index);

describe('rankFacts', () => {
  it('puts facts with numbers, dates, other names and a source before plain and short ones', () => {
    expect(order([SHORT, PLAIN, KILLED, STAMPEDE])).toEqual([3, 2, 1, 0]);
  });

  it('a named source outranks the same sentence in the article’s own voice', () => {
    const own = fact('Crowds filled the streets of Tehran for the funeral procession of Soleimani.');
    const sourced = { ...own, attribution: ['AFP'] };
    expect(order([own, sourced])).toEqual([1]);
  });

  it('does not count the entity’s own name, possessive or not, as another name', () => {
    const own = fact('Qassem Soleimani met General Qassem Soleimani’s aides and Soleimani smiled again today.');
    const others = fact('Qassem Soleimani met Hezbollah and Hamas envoys and Houthi aides again today in Beirut.');
    expect(order([own, others])).toEqual([1, 0]);
  });

  it('drops a near-identical sentence, keeping the better or earlier one', () => {
    const ranked = rankFacts([KILLED, SHORT, KILLED_AGAIN], { maxFacts: 5, names: NAMES });
    expect(ranked.shown.map((item) => item.index)).toEqual([0, 1]);
    expect(ranked.total).toBe(2);
    expect(rankFacts([fact(KILLED.text), fact(KILLED.text, ['AFP'])], { maxFacts: 5, names: NAMES }).shown.map((i) => i.index)).toEqual([1]);
  });

  it('keeps facts that share words but say different things', () => {
    const a = fact('Soleimani was killed in Baghdad on Friday by a US drone.');
    const b = fact('Soleimani was buried in Kerman on Tuesday after a stampede.');
    expect(rankFacts([a, b], { maxFacts: 5, names: NAMES }).total).toBe(2);
  });

  it('cuts to maxFacts and reports how many there are in all', () => {
    const ranked = rankFacts([SHORT, PLAIN, KILLED, STAMPEDE], { maxFacts: 2, names: NAMES });
    expect(ranked.shown.map((item) => item.index)).toEqual([3, 2]);
    expect(ranked.shown[0]!.fact).toBe(STAMPEDE);
    expect(ranked.total).toBe(4);
  });

  it('treats Infinity and NaN as all, anything below 1 as one, and floors fractions', () => {
    const facts = [SHORT, PLAIN, KILLED, STAMPEDE];
    expect(order(facts, Number.NaN)).toHaveLength(4);
    expect(order(facts, 0)).toHaveLength(1);
    expect(order(facts, -3)).toHaveLength(1);
    expect(order(facts, 2.9)).toHaveLength(2);
  });

  it('keeps index order among equals, and an empty list stays empty', () => {
    const same = [fact('Soleimani spoke.'), fact('Soleimani left.'), fact('Soleimani came.')];
    expect(order(same)).toEqual([0, 1, 2]);
    expect(rankFacts([], { maxFacts: 3, names: NAMES })).toEqual({ shown: [], total: 0 });
  });

  it('for any facts: shows at most maxFacts distinct valid indices, and total lies between', () => {
    const text = fc.string({ unit: fc.constantFrom('Soleimani', 'Tehran', 'was', '7', 'January', 'a', ' ', '.', '’s'), maxLength: 30 });
    const facts = fc.array(fc.record({ text, article: fc.constant('a1'), attribution: fc.array(fc.constantFrom('AFP', ' '), { maxLength: 2 }) }), { maxLength: 12 });
    fc.assert(
      fc.property(facts, fc.integer({ min: 1, max: 15 }), (input, maxFacts) => {
        const ranked = rankFacts(input, { maxFacts, names: NAMES });
        const indices = ranked.shown.map((item) => item.index);
        expect(new Set(indices).size).toBe(indices.length);
        for (const item of ranked.shown) expect(item.fact).toBe(input[item.index]);
        expect(ranked.shown.length).toBe(Math.min(maxFacts, ranked.total));
        expect(ranked.total).toBeLessThanOrEqual(input.length);
        expect(rankFacts(input, { maxFacts, names: NAMES })).toEqual(ranked);
      }),
    );
  });
});
