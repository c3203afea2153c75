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
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const c = text.charCodeAt(i + k);
      const v = c === 61 ? 0 : c < 128 ? DECODE[c]! : 255;
      if (v === 255) throw new Error('Backstory: packed array is not base64');
      n = (n << 6) | v;
    }
    if (o < bytes.length) bytes[o++] = n >>> 16;
    if (o < bytes.length) bytes[o++] = (n >>> 8) & 255;
    if (o < bytes.length) bytes[o++] = n & 255;
  }
  return bytes;
}

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
  const out = new Uint16Array(bytes.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = bytes[2 * i]! | (bytes[2 * i + 1]! << 8);
  return out;
}

/** Throws on text that packInt32 cannot have written: the bundled data is broken. */
export function unpackInt32(text: string): Int32Array {
  const bytes = decodeBytes(text);
  if (bytes.length % 4 !== 0) throw new Error('Backstory: packed Int32 array has a ragged length');
  const out = new Int32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) {
    const b = 4 * i;
    out[i] = bytes[b]! | (bytes[b + 1]! << 8) | (bytes[b + 2]! << 16) | (bytes[b + 3]! << 24);
  }
  return out;
}
