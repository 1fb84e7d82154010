import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The few project rules that matter most, checked on the source (STYLE.md "convention tests"). */
const root = path.resolve(__dirname, '../..');
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
/** The code without its comments (comments may well name what the code must never do). */
const code = (rel: string) =>
  read(rel)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

function sourceFiles(dir: string): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(e.name) ? [rel] : [];
  });
}

/** Every module the file imports (type-only imports aside: they vanish from the bundle), transitively. */
function importGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const [, spec] of read(entry).matchAll(/^\s*import\s(?!type\s)[^'"]*['"]([^'"]+)['"]/gm)) {
    if (!spec.startsWith('.') && !spec.startsWith('@/')) {
      seen.add(spec);
      continue;
    }
    const base = spec.startsWith('@/') ? spec.slice(2) : path.join(path.dirname(entry), spec);
    const file = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => fs.existsSync(path.join(root, f)));
    if (file) importGraph(file, seen);
  }
  return seen;
}

describe('conventions', () => {
  it('the content script (every page) pulls in no framework, no polyfill, no storage wrapper', () => {
    const graph = [...importGraph('entrypoints/content-script.ts')];
    const packages = graph.filter((m) => !m.includes('/') || !fs.existsSync(path.join(root, m)));
    const forbidden = packages.filter((m) =>
      /preact|webextension-polyfill|wxt\/browser|wxt\/utils\/storage|@wxt-dev/.test(m),
    );
    expect(forbidden).toEqual([]);
  });

  it('nothing but the settings and first-run flag write to persistent storage', () => {
    const offenders = ['entrypoints', 'utils', 'components']
      .flatMap(sourceFiles)
      // Allowed: the settings (keys, decoy, country) and first-run's "welcome shown" flag. Neither names a person.
      .filter((f) => ![path.join('utils', 'settings.ts'), path.join('utils', 'first-run.ts')].includes(f))
      .filter((f) =>
        /storage\.local\.set|['"`]local:|\blocalStorage\s*[.[]|\bindexedDB\s*\.\s*open|document\.cookie/.test(code(f)),
      );
    expect(offenders).toEqual([]);
  });

  it('the extension makes no network request of its own', () => {
    const offenders = ['entrypoints', 'utils', 'components']
      .flatMap(sourceFiles)
      .filter((f) => /\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|new EventSource/.test(code(f)));
    expect(offenders).toEqual([]);
  });
});
