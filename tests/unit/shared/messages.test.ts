import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isEnvelope } from '../../../src/shared/messages';

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
