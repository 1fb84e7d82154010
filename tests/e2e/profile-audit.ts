import fs from 'node:fs';
import path from 'node:path';

/** A file of the profile that still holds the marker, and in which encodings. */
export interface Residue {
  file: string;
  encodings: ('utf8' | 'utf16le')[];
}

/** Chromium's session-restore files: no extension API can clear them (docs/DESIGN.md). */
export const SESSION_RESTORE = /(^|\/)Sessions\/(Session|Tabs)_\d+$|(^|\/)(Current|Last) (Session|Tabs)$/;

/**
 * Searches every file under `profileDir` for `marker` in UTF-8 and UTF-16LE (Chromium stores page
 * titles as UTF-16). Call it after the browser is closed, so everything is flushed. Returns the
 * files that hold it, with paths relative to the profile.
 */
export function findMarker(profileDir: string, marker: string): Residue[] {
  const needles = { utf8: Buffer.from(marker, 'utf8'), utf16le: Buffer.from(marker, 'utf16le') } as const;
  const found: Residue[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        let bytes: Buffer;
        try {
          bytes = fs.readFileSync(full);
        } catch {
          continue; // a socket or lock file that vanished
        }
        const encodings = (Object.keys(needles) as (keyof typeof needles)[]).filter((enc) =>
          bytes.includes(needles[enc]),
        );
        if (encodings.length) found.push({ file: path.relative(profileDir, full), encodings });
      }
    }
  };
  walk(profileDir);
  return found;
}

/** Prints the residue so a reader of the test output sees what is left, and where. */
export function printResidue(label: string, residue: Residue[]): void {
  const lines = residue.map((r) => `    ${r.file} (${r.encodings.join(', ')})`);
  process.stdout.write(`[profile audit] ${label}: ${residue.length ? `\n${lines.join('\n')}` : 'no file holds it'}\n`);
}

/** Files and folders under `profileDir` whose own path names `text` (e.g. `http_host_port.indexeddb.leveldb`). */
export function findPathsNaming(profileDir: string, text: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.name.includes(text)) found.push(path.relative(profileDir, full));
      if (entry.isDirectory()) walk(full);
    }
  };
  walk(profileDir);
  return found;
}
