// The guards of the messages the popup and the badge add: the background acts on found/changed only
// when its shape is right; a content script answers only well-formed popup questions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEnvelope, isPageReport, isPopupEnvelope, isTabEnvelope } from '../../../src/shared/messages';

describe('found/changed', () => {
  it('accepts a whole count of entities', () => {
    expect(isEnvelope({ name: 'found/changed', request: { entities: 0 } })).toBe(true);
    expect(isEnvelope({ name: 'found/changed', request: { entities: 12 } })).toBe(true);
  });

  it.each([
    ['a negative count', { entities: -1 }],
    ['a fraction', { entities: 1.5 }],
    ['a string', { entities: '3' }],
    ['an absurd count', { entities: 1e12 }],
    ['no count', {}],
    ['NaN', { entities: Number.NaN }],
  ])('refuses %s', (_label, request) => {
    expect(isEnvelope({ name: 'found/changed', request })).toBe(false);
  });
});

describe('popup questions', () => {
  it('accepts page/describe with an empty request and mention/reveal with an entity id', () => {
    expect(isPopupEnvelope({ name: 'page/describe', request: {} })).toBe(true);
    expect(isPopupEnvelope({ name: 'mention/reveal', request: { entityId: 'person:javad-zarif' } })).toBe(true);
  });

  it('refuses anything else, and is a map of its own', () => {
    expect(isPopupEnvelope({ name: 'page/describe', request: { all: true } })).toBe(false);
    expect(isPopupEnvelope({ name: 'mention/reveal', request: { entityId: '' } })).toBe(false);
    expect(isPopupEnvelope({ name: 'mention/step', request: { direction: 'next' } })).toBe(false);
    expect(isTabEnvelope({ name: 'page/describe', request: {} })).toBe(false);
    expect(isEnvelope({ name: 'mention/reveal', request: { entityId: 'x' } })).toBe(false);
  });

  it('never throws on any value', () => {
    fc.assert(fc.property(fc.string(), fc.anything(), (name, request) => typeof isPopupEnvelope({ name, request }) === 'boolean'));
  });
});

describe('isPageReport', () => {
  const report = { host: 'example.com', state: 'active', found: [{ id: 'place:tehran', name: 'Tehran', type: 'place', count: 2 }] };

  it('accepts a content script answer', () => {
    expect(isPageReport(report)).toBe(true);
    expect(isPageReport({ host: 'example.com', state: 'paused', found: [] })).toBe(true);
  });

  it.each([
    ['an unknown state', { ...report, state: 'sleeping' }],
    ['a found entry without a count', { ...report, found: [{ id: 'place:tehran', name: 'Tehran', type: 'place' }] }],
    ['a zero count', { ...report, found: [{ id: 'place:tehran', name: 'Tehran', type: 'place', count: 0 }] }],
    ['an unknown type', { ...report, found: [{ id: 'x', name: 'X', type: 'planet', count: 1 }] }],
    ['no host', { state: 'active', found: [] }],
  ])('refuses %s', (_label, value) => {
    expect(isPageReport(value)).toBe(false);
  });
});
