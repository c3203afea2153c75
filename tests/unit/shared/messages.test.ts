import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isEnvelope, isTabEnvelope } from '../../../src/shared/messages';

describe('isEnvelope', () => {
  it('accepts a well-formed entity/get', () => {
    expect(isEnvelope({ name: 'entity/get', request: { id: 'person:qassem-soleimani' } })).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'entity/get'],
    ['an array', [{ name: 'entity/get' }]],
    ['an unknown name', { name: 'entity/delete', request: { id: 'x' } }],
    ['a prototype key as name', { name: 'toString', request: { id: 'x' } }],
    ['no request', { name: 'entity/get' }],
    ['a numeric id', { name: 'entity/get', request: { id: 7 } }],
    ['an empty id', { name: 'entity/get', request: { id: '' } }],
    ['a huge id', { name: 'entity/get', request: { id: 'x'.repeat(10_000) } }],
  ])('refuses %s', (_label, message) => {
    expect(isEnvelope(message)).toBe(false);
  });

  it('never throws on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => typeof isEnvelope(value) === 'boolean'));
    fc.assert(
      fc.property(fc.string(), fc.anything(), (name, request) => typeof isEnvelope({ name, request }) === 'boolean'),
    );
  });
});

describe('article/open', () => {
  it('accepts an entity id and a fact index', () => {
    expect(isEnvelope({ name: 'article/open', request: { entityId: 'place:tehran', factIndex: 0 } })).toBe(true);
  });

  it.each([
    ['a negative index', { entityId: 'place:tehran', factIndex: -1 }],
    ['a fractional index', { entityId: 'place:tehran', factIndex: 1.5 }],
    ['a string index', { entityId: 'place:tehran', factIndex: '1' }],
    ['a huge index', { entityId: 'place:tehran', factIndex: 1e9 }],
    ['no entity', { factIndex: 1 }],
  ])('refuses %s', (_label, request) => {
    expect(isEnvelope({ name: 'article/open', request })).toBe(false);
  });
});

describe('isTabEnvelope (background -> content script)', () => {
  it('accepts a step either way', () => {
    expect(isTabEnvelope({ name: 'mention/step', request: { direction: 'next' } })).toBe(true);
    expect(isTabEnvelope({ name: 'mention/step', request: { direction: 'previous' } })).toBe(true);
  });

  it('refuses other directions, other names, and the other direction\'s messages', () => {
    expect(isTabEnvelope({ name: 'mention/step', request: { direction: 'up' } })).toBe(false);
    expect(isTabEnvelope({ name: 'mention/step', request: {} })).toBe(false);
    expect(isTabEnvelope({ name: 'entity/get', request: { id: 'x' } })).toBe(false);
    expect(isEnvelope({ name: 'mention/step', request: { direction: 'next' } })).toBe(false);
    expect(isTabEnvelope({ name: '__proto__', request: {} })).toBe(false);
  });

  it('never throws on any value', () => {
    fc.assert(fc.property(fc.anything(), (value) => typeof isTabEnvelope(value) === 'boolean'));
    fc.assert(fc.property(fc.string(), fc.anything(), (name, request) => typeof isTabEnvelope({ name, request }) === 'boolean'));
  });
});

describe('whatever a compromised page sends (property)', () => {
  const value = fc.oneof(fc.string({ maxLength: 300 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.jsonValue());
  const name = fc.constantFrom('entity/get', 'article/open', 'found/changed', 'mention/step', '__proto__', 'hasOwnProperty', '');
  const request = fc.record({ id: value, entityId: value, factIndex: value, entities: value, direction: value }, { requiredKeys: [] });
  const isId = (id: unknown) => typeof id === 'string' && id.length > 0 && id.length <= 200;

  it('is accepted only with the exact shape its name promises', () => {
    fc.assert(
      fc.property(name, fc.oneof(request, value), (messageName, messageRequest) => {
        const message = { name: messageName, request: messageRequest };
        if (!isEnvelope(message)) return true;
        const r = message.request as Record<string, unknown>;
        switch (message.name) {
          case 'entity/get':
            return isId(r.id);
          case 'article/open':
            return isId(r.entityId) && Number.isInteger(r.factIndex) && (r.factIndex as number) >= 0;
          case 'found/changed':
            return Number.isInteger(r.entities) && (r.entities as number) >= 0;
          default:
            return false;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
