import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
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

  it('the background (started again for exits and page loads) pulls in no Public Suffix List', () => {
    // utils/site-input.ts: the popup refuses public suffixes before it sends a site.
    const graph = [...importGraph('entrypoints/background.ts')];
    expect(graph.filter((m) => /tldts|site-input/.test(m))).toEqual([]);
  });

  it('nothing but the settings and first-run flag write to persistent storage', () => {
    const offenders = ['entrypoints', 'features', 'utils', 'components']
      .flatMap(sourceFiles)
      // Allowed: the settings (keys, decoy, country), first-run's "welcome shown" flag and the digest of
      // discreet mode's word (utils/discreet.ts). None names a person.
      .filter(
        (f) =>
          ![
            path.join('utils', 'settings.ts'),
            path.join('utils', 'first-run.ts'),
            path.join('utils', 'discreet.ts'),
          ].includes(f),
      )
      .filter((f) =>
        /storage\.local\.set|['"`]local:|\blocalStorage\s*[.[]|\bindexedDB\s*\.\s*open|document\.cookie/.test(code(f)),
      );
    expect(offenders).toEqual([]);
  });

  it('the extension makes no network request of its own', () => {
    const offenders = ['entrypoints', 'features', 'utils', 'components']
      .flatMap(sourceFiles)
      .filter((f) => /\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|new EventSource/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('every hotline record names its sources (data/hotlines/SOURCES.md says how they were checked)', () => {
    expect(fs.existsSync(path.join(root, 'data/hotlines/SOURCES.md'))).toBe(true);
    const records = JSON.parse(read('data/hotlines/hotlines.json')) as { id: string; sources?: string[] }[];
    expect(records.length).toBeGreaterThan(0);
    expect(records.filter((r) => !r.sources?.length).map((r) => r.id)).toEqual([]);
  });

  it('no file of the repository refers to a folder outside it (the shared notes are not part of the product)', () => {
    const outside = ['..', 'shared'].join('/');
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root })
      .toString()
      .split('\n')
      .filter((f) => f && fs.existsSync(path.join(root, f)) && fs.statSync(path.join(root, f)).isFile());
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => read(f).includes(outside) || read(f).includes(`/work/${'shared'}`))).toEqual([]);
  });

  it('the background adds exactly one listener per browser event, and watches the settings once', () => {
    const bg = code('entrypoints/background.ts');
    const events = [...bg.matchAll(/([\w.]+)\.addListener\(/g)].map((m) => m[1]);
    expect(events.length).toBeGreaterThan(10);
    expect(events.filter((e, i) => events.indexOf(e) !== i)).toEqual([]);
    expect(bg.match(/settingsItem\.watch\(/g)).toHaveLength(1);
    // Features never listen to browser events themselves: they return hooks.
    const listening = sourceFiles('features').filter((f) => /\.addListener\(|\.watch\(/.test(code(f)));
    expect(listening).toEqual([]);
  });

  it('pages send typed messages: no `as Promise<…>` cast around sendMessage', () => {
    const offenders = ['entrypoints', 'components', 'features']
      .flatMap(sourceFiles)
      .filter((f) => /runtime\.sendMessage\([^)]*\)\s*as\s/.test(code(f)) || /as Promise<[^>]+>;?\s*$/m.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('each utils/ module has a unit test file named after it', () => {
    // Declaration files (utils/virtual-modules.d.ts) hold types only.
    const modules = fs.readdirSync(path.join(root, 'utils')).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
    expect(modules.length).toBeGreaterThan(10);
    const missing = modules.filter(
      (m) => !fs.existsSync(path.join(root, 'tests/unit', m.replace(/\.ts$/, '.test.ts'))),
    );
    expect(missing).toEqual([]);
  });
});
