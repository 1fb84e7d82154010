import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Convention: the popup's user data (numbers, bookmarks) never reaches a store that is written to
 * disk. The popup, the options page and the modules they use for user data touch neither
 * `storage.local` (settings go through utils/settings.ts), localStorage, IndexedDB, cookies nor
 * the console. Comments are ignored.
 */
const root = path.resolve(__dirname, '../..');
const files = [
  ...['entrypoints/popup', 'entrypoints/options'].flatMap((dir) =>
    fs.readdirSync(path.join(root, dir)).map((f) => path.join(dir, f)),
  ),
  'components/ExitNowButton.tsx',
  'components/Field.tsx',
  'components/HotlineCards.tsx',
  'components/HotlineList.tsx',
  'components/LanguageSwitch.tsx',
  'components/MyEntries.tsx',
  'components/OptionsForm.tsx',
  'components/PopupFooter.tsx',
  'components/PrivateOpenButton.tsx',
  'components/use-settings.ts',
  'utils/active-page.ts',
  'utils/countries.ts',
  'utils/hotlines.ts',
  'utils/private-open.ts',
  'utils/session-store.ts',
  'utils/validate.ts',
].filter((f) => /\.(ts|tsx)$/.test(f));
const code = (file: string) =>
  fs
    .readFileSync(path.join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

describe('memory-only user data', () => {
  it.each(files)('%s writes no user data to disk', (file) => {
    const src = code(file);
    expect(src).not.toMatch(/\blocalStorage\b|\bindexedDB\b|document\.cookie|console\.log/);
    expect(src).not.toMatch(/['"`]local:|storage\.local\b/);
  });

  it('keeps numbers and bookmarks in session: items', () => {
    const src = fs.readFileSync(path.join(root, 'utils/session-store.ts'), 'utf8');
    expect(src.match(/defineItem<[^>]+>\('([a-z]+):/g)?.map((m) => m.split("('")[1])).toEqual(['session:', 'session:']);
  });
});
