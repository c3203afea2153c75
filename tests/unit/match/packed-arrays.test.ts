import { describe, expect, it } from 'vitest';
import { packInt32, packUint16, unpackInt32, unpackUint16 } from '../../../src/match/packed-arrays';

describe('packed arrays', () => {
  it('round-trips Uint16 values of every length modulo 3 bytes', () => {
    for (const values of [[], [0], [1, 65535], [258, 0, 7]]) {
      expect([...unpackUint16(packUint16(values))]).toEqual(values);
    }
  });

  it('round-trips Int32 values including negatives', () => {
    const values = [0, -1, 1, 2147483647, -2147483648, 123456789];
    expect([...unpackInt32(packInt32(values))]).toEqual(values);
  });

  it('writes standard base64, little-endian', () => {
    expect(packUint16([0x0201])).toBe('AQI=');
    expect(packInt32([1])).toBe('AQAAAA==');
  });

  it('refuses text it cannot have written', () => {
    expect(() => unpackInt32('A')).toThrow(/base64/);
    expect(() => unpackInt32('!!!!')).toThrow(/base64/);
    expect(() => unpackUint16('AQ==')).toThrow(/odd/);
  });
});
