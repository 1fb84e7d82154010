import fs from 'node:fs';
import path from 'node:path';
import { findMarker, type Residue } from '../e2e/profile-audit';

/**
 * Firefox's profile audit. Most files are searched as they are (tests/e2e/profile-audit.ts), but
 * Firefox compresses its session files (`sessionstore.jsonlz4`, `sessionstore-backups/*.jsonlz4`,
 * `*.baklz4`, `search.json.mozlz4`) with LZ4: a plain byte search would never see a URL inside
 * them. Those are unpacked and searched too, reported as `<file> (unpacked)`.
 */

/** Where Firefox keeps History, favicons and the open/recently-closed tabs. */
export const FIREFOX_HISTORY_STORES = /^(places\.sqlite|favicons\.sqlite|sessionstore|sessionstore-backups\/)/;

const MOZLZ4_MAGIC = Buffer.from('mozLz40\0', 'latin1');

/** Unpacks Firefox's `mozLz4` format: magic, uint32 LE size, one LZ4 block. Null if not one. */
export function readMozLz4(bytes: Buffer): Buffer | null {
  if (bytes.length < 12 || !bytes.subarray(0, 8).equals(MOZLZ4_MAGIC)) return null;
  return lz4Block(bytes.subarray(12), bytes.readUInt32LE(8));
}

/** Decodes one raw LZ4 block (https://github.com/lz4/lz4/blob/dev/doc/lz4_Block_format.md). */
export function lz4Block(src: Buffer, size: number): Buffer {
  const out = Buffer.alloc(size);
  let i = 0;
  let o = 0;
  const length = (n: number) => {
    if (n !== 15) return n;
    let b;
    do {
      b = src[i++];
      n += b;
    } while (b === 255 && i < src.length);
    return n;
  };
  while (i < src.length) {
    const token = src[i++];
    const literals = length(token >> 4);
    src.copy(out, o, i, i + literals);
    i += literals;
    o += literals;
    if (i >= src.length) break; // the last sequence has literals only
    const offset = src[i] | (src[i + 1] << 8);
    i += 2;
    const match = length(token & 15) + 4;
    // Byte by byte: a match may overlap the bytes it is producing.
    for (let k = 0; k < match; k++, o++) out[o] = out[o - offset];
  }
  return out.subarray(0, o);
}

/** `findMarker` over a closed Firefox profile, with its LZ4 files unpacked and searched too. */
export function findFirefoxMarker(profileDir: string, marker: string): Residue[] {
  const found = findMarker(profileDir, marker);
  const needles = { utf8: Buffer.from(marker, 'utf8'), utf16le: Buffer.from(marker, 'utf16le') } as const;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('lz4')) {
        const unpacked = readMozLz4(fs.readFileSync(full));
        if (!unpacked) continue;
        const encodings = (Object.keys(needles) as (keyof typeof needles)[]).filter((enc) =>
          unpacked.includes(needles[enc]),
        );
        if (encodings.length) found.push({ file: `${path.relative(profileDir, full)} (unpacked)`, encodings });
      }
    }
  };
  walk(profileDir);
  return found;
}
