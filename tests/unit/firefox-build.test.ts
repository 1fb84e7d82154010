import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Rules the Firefox build relies on. web-ext lint flags Preact's `innerHTML` assignment (its
 * `dangerouslySetInnerHTML` support); the README explains it as unused, which this checks.
 */
const sources = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name);
        return e.isDirectory() ? sources(full) : /\.(ts|tsx)$/.test(e.name) ? [full] : [];
      })
    : [];

describe('Firefox build', () => {
  it('no source uses dangerouslySetInnerHTML or assigns innerHTML/outerHTML', () => {
    const offenders = ['entrypoints', 'components', 'utils']
      .flatMap(sources)
      .filter((f) =>
        /dangerouslySetInnerHTML|\.(inner|outer)HTML\s*=|insertAdjacentHTML/.test(fs.readFileSync(f, 'utf8')),
      );
    expect(offenders).toEqual([]);
  });
});
