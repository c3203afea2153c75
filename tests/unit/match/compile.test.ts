import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherData } from '../../../src/match/compile';
import { findMentions, loadMatcher } from '../../../src/match/find-mentions';
import { packInt32, unpackInt32 } from '../../../src/match/packed-arrays';

const ENTITIES = [
  { id: 'place:tehran', name: 'Tehran', type: 'place' as const, aliases: ['Teheran', 'طهران'] },
  { id: 'person:nobody', name: ' ', type: 'person' as const, aliases: [] },
  { id: 'org:un', name: 'United Nations', type: 'organization' as const, aliases: ['UN'] },
];

describe('compileMatcher', () => {
  it('keeps every entity, in order, with only id, name and type', () => {
    expect(compileMatcher(ENTITIES).entities).toEqual([
      { id: 'place:tehran', name: 'Tehran', type: 'place' },
      { id: 'person:nobody', name: ' ', type: 'person' },
      { id: 'org:un', name: 'United Nations', type: 'organization' },
    ]);
  });

  it('writes the same data whatever the order of aliases', () => {
    const reordered = ENTITIES.map((e) => ({ ...e, aliases: [...e.aliases].reverse() }));
    expect(JSON.stringify(compileMatcher(reordered))).toBe(JSON.stringify(compileMatcher(ENTITIES)));
  });

  it('drops forms longer than 256 code units and keeps the rest', () => {
    const long = 'A' + 'b'.repeat(256);
    const data = compileMatcher([{ id: 'x', name: long, type: 'person', aliases: ['Bee'] }]);
    expect(findMentions(loadMatcher(data), `${long} Bee`)).toEqual([{ start: 258, end: 261, entity: 0 }]);
  });

  it('writes plain JSON: strings and numbers only', () => {
    const { automaton } = compileMatcher(ENTITIES);
    for (const value of Object.values(automaton)) expect(['string', 'number']).toContain(typeof value);
  });
});

describe('loadMatcher', () => {
  it('refuses data of another version', () => {
    const data = { ...compileMatcher(ENTITIES), version: 2 } as unknown as MatcherData;
    expect(() => loadMatcher(data)).toThrow(/version 2/);
  });

  it('refuses broken arrays rather than scanning with them', () => {
    const data = compileMatcher(ENTITIES);
    expect(() => loadMatcher({ ...data, automaton: { ...data.automaton, stateCount: 3 } })).toThrow(/broken/);
    expect(() => loadMatcher({ ...data, automaton: { ...data.automaton, fail: 'AAAAAA==' } })).toThrow(/broken/);
    expect(() => loadMatcher({ ...data, automaton: { ...data.automaton, labels: '%%%%' } })).toThrow(/base64/);
    const loop = [...unpackInt32(data.automaton.fail)];
    loop[1] = 1; // a failure link to itself would never end an output chain
    expect(() => loadMatcher({ ...data, automaton: { ...data.automaton, fail: packInt32(loop) } })).toThrow(/failure links/);
  });

  it('scans a huge text without throwing', () => {
    const matcher = loadMatcher(compileMatcher(ENTITIES));
    const text = 'The UN met in Tehran. '.repeat(100_000);
    const mentions = findMentions(matcher, text);
    expect(mentions.length).toBe(200_000);
    expect(mentions[199_999]).toEqual({ start: 2_199_992, end: 2_199_998, entity: 0 });
  });
});
