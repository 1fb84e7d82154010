/**
 * Draws the toolbar icons as small PNGs, with no image library: `node scripts/make-icons.mjs`.
 * The PNGs are committed (public/icon/); run this only to change them.
 *
 * - normal (icon/N.png): a plain arrow leaving a box, on a calm blue. Nothing about abuse or help.
 * - neutral (icon/neutral-N.png): a notepad, for discreet mode and the discreet build.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const OUT = path.resolve(import.meta.dirname, '../public/icon');

/** PNG file from RGBA rows. */
function png(size, rgba) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Rasterises layers (each: inside(x, y) in 0..1 units, and a colour) with 4×4 supersampling. */
function draw(size, layers) {
  const out = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          let c = null;
          for (const l of layers) if (l.inside(x, y)) c = l.color;
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 255;
          }
        }
      const n = S * S;
      const i = (py * size + px) * 4;
      const cov = a / 255;
      out[i] = cov ? Math.round(r / cov) : 0;
      out[i + 1] = cov ? Math.round(g / cov) : 0;
      out[i + 2] = cov ? Math.round(b / cov) : 0;
      out[i + 3] = Math.round(a / n);
    }
  return out;
}

const roundRect = (x0, y0, x1, y1, rad) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + rad), x1 - rad);
  const cy = Math.min(Math.max(y, y0 + rad), y1 - rad);
  return (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad;
};
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const union =
  (...fs) =>
  (x, y) =>
    fs.some((f) => f(x, y));
/** Triangle pointing right, tip at (tx, ty). */
const arrowHead = (tx, ty, len, half) => (x, y) =>
  x <= tx && x >= tx - len && Math.abs(y - ty) <= ((tx - x) / len) * half;

const blue = [37, 99, 150];
const white = [255, 255, 255];
const normal = [
  { inside: roundRect(0.02, 0.02, 0.98, 0.98, 0.2), color: blue },
  // An open box on the left (three sides)...
  { inside: union(rect(0.2, 0.2, 0.3, 0.8), rect(0.2, 0.2, 0.55, 0.3), rect(0.2, 0.7, 0.55, 0.8)), color: white },
  // ...and an arrow leaving it to the right.
  { inside: union(rect(0.4, 0.44, 0.68, 0.56), arrowHead(0.86, 0.5, 0.22, 0.2)), color: white },
];

const paper = [250, 236, 160];
const band = [214, 170, 60];
const line = [150, 140, 120];
const neutral = [
  { inside: roundRect(0.12, 0.04, 0.88, 0.96, 0.1), color: paper },
  { inside: roundRect(0.12, 0.04, 0.88, 0.24, 0.1), color: band },
  { inside: rect(0.12, 0.16, 0.88, 0.24), color: band },
  {
    inside: union(rect(0.24, 0.38, 0.76, 0.45), rect(0.24, 0.56, 0.76, 0.63), rect(0.24, 0.74, 0.6, 0.81)),
    color: line,
  },
];

fs.mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  fs.writeFileSync(path.join(OUT, `${size}.png`), png(size, draw(size, normal)));
  fs.writeFileSync(path.join(OUT, `neutral-${size}.png`), png(size, draw(size, neutral)));
}
console.log(`wrote ${SIZES.length * 2} icons to ${OUT}`);
