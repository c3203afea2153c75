// Draws Backstory's toolbar icons (icons/icon-{16,32,48,128}.png): a speech-bubble card with a
// highlighted line of text. Run by hand when the design changes; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const INK = [0x1f, 0x2a, 0x44];
const CARD = [0xff, 0xff, 0xff];
const MARK = [0xff, 0xc8, 0x3d];
const LINE = [0x8a, 0x94, 0xa8];

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Colour of the pixel at (x, y) in unit coordinates, or null for transparent. */
function shade(x, y) {
  const inRoundRect = (x0, y0, x1, y1, r) => {
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const tail = y > 0.78 && y < 0.97 && x > 0.2 && x < 0.42 && x - 0.2 < (0.97 - y) * 1.2;
  if (!inRoundRect(0.04, 0.04, 0.96, 0.8, 0.16) && !tail) return null;
  if (!inRoundRect(0.1, 0.1, 0.9, 0.74, 0.1)) return INK;
  if (y > 0.24 && y < 0.32 && x > 0.22 && x < 0.62) return INK;
  if (y > 0.2 && y < 0.36 && x > 0.18 && x < 0.82) return MARK;
  if (y > 0.46 && y < 0.54 && x > 0.18 && x < 0.74) return LINE;
  if (y > 0.6 && y < 0.66 && x > 0.18 && x < 0.58) return LINE;
  return CARD;
}

function png(size) {
  const samples = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (colour) { r += colour[0]; g += colour[1]; b += colour[2]; a++; }
        }
      }
      const o = 1 + px * 4;
      if (a > 0) { row[o] = r / a; row[o + 1] = g / a; row[o + 2] = b / a; }
      row[o + 3] = Math.round((a / (samples * samples)) * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../icons/icon-${size}.png`, import.meta.url), png(size));
