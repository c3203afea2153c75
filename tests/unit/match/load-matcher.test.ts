// A truncated or corrupted bundle: loadMatcher gives one clear `Backstory:` error (never a TypeError
// from deep inside), or, when the damage happens to leave a consistent automaton, a matcher that
// still never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/match/compile';
import { findMentions, loadMatcher } from '../../../src/match/find-mentions';
import type { MatcherData } from '../../../src/match/matcher-data';

const data = compileMatcher([
  { id: 'place:tehran', name: 'Tehran', type: 'place', aliases: ['طهران'] },
  { id: 'person:qassem-soleimani', name: 'Qassem Soleimani', type: 'person', aliases: ['Soleimani'] },
  { id: 'place:beijing', name: '北京', type: 'place', aliases: ['Beijing'] },
]);
const TEXT = 'Qassem Soleimani left Tehran for 北京 and Beijing; Soleimani, طهران.';
const PACKED = ['alphabet', 'childCounts', 'labels', 'fail', 'outStates', 'outValues'] as const;

/** Loads `broken` and, if it loads, scans; fails the property on anything but a `Backstory:` error. */
function loadsOrSaysWhy(broken: unknown): boolean {
  try {
    findMentions(loadMatcher(broken as MatcherData), TEXT);
    return true;
  } catch (error: unknown) {
    return error instanceof Error && error.message.startsWith('Backstory:');
  }
}

describe('loadMatcher on damaged data', () => {
  it.each([
    ['null', null],
    ['a string', 'matcher'],
    ['no automaton', { ...data, automaton: undefined }],
    ['entities not a list', { ...data, entities: 'x' }],
    ['another version', { ...data, version: 2 }],
    ['an empty automaton', { ...data, automaton: {} }],
    ['a packed array that is a number', { ...data, automaton: { ...data.automaton, fail: 7 } }],
  ])('says what is wrong with %s', (_label, broken) => {
    expect(() => loadMatcher(broken as MatcherData)).toThrow(/^Backstory: /);
  });

  it('says what is wrong with any truncated packed array', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PACKED), fc.nat(), (field, cut) => {
        const text = data.automaton[field];
        const broken = { ...data, automaton: { ...data.automaton, [field]: text.slice(0, cut % text.length) } };
        return loadsOrSaysWhy(broken);
      }),
    );
  });

  it('never throws anything else on a corrupted packed array or count', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PACKED, 'stateCount', 'maxLength'),
        fc.oneof(fc.string(), fc.base64String(), fc.integer(), fc.constant(null), fc.constant(-1)),
        (field, value) => loadsOrSaysWhy({ ...data, automaton: { ...data.automaton, [field]: value } }),
      ),
    );
  });

  it('never throws anything else on a whole value of any shape', () => {
    fc.assert(fc.property(fc.anything(), (value) => loadsOrSaysWhy(value)));
  });
});
