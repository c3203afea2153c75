// Integer arrays as base64 text, little-endian, so the compiled matcher is plain JSON a third the
// size of number arrays and decodes without per-element parsing. No `Buffer` or `atob`: this
// module runs at build time in Node and in the content script alike.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

function encodeBytes(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
    out += rest === 2 ? ALPHABET[(n >> 6) & 63]! + '=' : '==';
  }
  return out;
}

function decodeBytes(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw new Error('Backstory: packed array is not base64');
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - pad);
  const whole = text.length - (pad > 0 ? 4 : 0);
  let o = 0;
  let bad = 0;
  let units = 0;
  for (let i = 0; i < whole; i += 4) {
    const ca = text.charCodeAt(i);
    const cb = text.charCodeAt(i + 1);
    const cc = text.charCodeAt(i + 2);
    const cd = text.charCodeAt(i + 3);
    const a = DECODE[ca & 127]!;
    const b = DECODE[cb & 127]!;
    const c = DECODE[cc & 127]!;
    const d = DECODE[cd & 127]!;
    units |= ca | cb | cc | cd;
    bad |= a | b | c | d;
    bytes[o++] = (a << 2) | (b >> 4);
    bytes[o++] = ((b & 15) << 4) | (c >> 2);
    bytes[o++] = ((c & 3) << 6) | d;
  }
  // DECODE gives 255 for a character outside the alphabet; code units past ASCII are outside too.
  if (bad > 63 || units > 127) throw new Error('Backstory: packed array is not base64');
  if (pad > 0) {
    const a = DECODE[text.charCodeAt(whole) & 127]!;
    const b = DECODE[text.charCodeAt(whole + 1) & 127]!;
    const c = pad === 1 ? DECODE[text.charCodeAt(whole + 2) & 127]! : 0;
    if ((a | b | c) === 255 || text.charCodeAt(whole) > 127 || text.charCodeAt(whole + 1) > 127) {
      throw new Error('Backstory: packed array is not base64');
    }
    bytes[o++] = (a << 2) | (b >> 4);
    if (pad === 1) bytes[o++] = ((b & 15) << 4) | (c >> 2);
  }
  return bytes;
}

/** Typed arrays view memory in the platform's byte order; every browser we ship to is little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function packUint16(values: ArrayLike<number>): string {
  const bytes = new Uint8Array(values.length * 2);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    bytes[2 * i] = v & 255;
    bytes[2 * i + 1] = (v >>> 8) & 255;
  }
  return encodeBytes(bytes);
}

export function packInt32(values: ArrayLike<number>): string {
  const bytes = new Uint8Array(values.length * 4);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    for (let k = 0; k < 4; k++) bytes[4 * i + k] = (v >>> (8 * k)) & 255;
  }
  return encodeBytes(bytes);
}

/** Throws on text that packUint16 cannot have written: the bundled data is broken. */
export function unpackUint16(text: string): Uint16Array {
  const bytes = decodeBytes(text);
  if (bytes.length % 2 !== 0) throw new Error('Backstory: packed Uint16 array has odd length');
  if (LITTLE_ENDIAN) return new Uint16Array(bytes.buffer, 0, bytes.length / 2);
  const out = new Uint16Array(bytes.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = bytes[2 * i]! | (bytes[2 * i + 1]! << 8);
  return out;
}

/** Throws on text that packInt32 cannot have written: the bundled data is broken. */
export function unpackInt32(text: string): Int32Array {
  const bytes = decodeBytes(text);
  if (bytes.length % 4 !== 0) throw new Error('Backstory: packed Int32 array has a ragged length');
  if (LITTLE_ENDIAN) return new Int32Array(bytes.buffer, 0, bytes.length / 4);
  const out = new Int32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) {
    const b = 4 * i;
    out[i] = bytes[b]! | (bytes[b + 1]! << 8) | (bytes[b + 2]! << 16) | (bytes[b + 3]! << 24);
  }
  return out;
}
