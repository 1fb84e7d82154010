import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DISCREET_STRINGS } from '@/components/discreet-strings';
import { LANGS } from '@/utils/i18n';
import { hasSecretWord, isSecretWord, setSecretWord } from '@/utils/discreet';
import {
  findRevealingWords,
  iconPaths,
  NEUTRAL_MESSAGES,
  NEUTRAL_PAGE_TITLES,
  NEUTRAL_SHORT_NAME,
  neutralTitleHtml,
} from '@/utils/neutral-names';

describe('findRevealingWords', () => {
  it('finds the words that give the extension away, in English and Spanish, whatever the case or accents', () => {
    expect(findRevealingWords('Quick Exit')).toContain('exit');
    expect(findRevealingWords('quick-exit@quick-exit.invalid')).toContain('exit');
    expect(findRevealingWords('Escape from ABUSE')).toEqual(expect.arrayContaining(['escape', 'abus']));
    expect(findRevealingWords('Human Trafficking Hotline')).toEqual(expect.arrayContaining(['traffick', 'hotline']));
    expect(findRevealingWords('Salida rápida: tecla de PÁNICO')).toEqual(expect.arrayContaining(['salida', 'panico']));
    expect(findRevealingWords('Líneas de ayuda contra la violencia')).toEqual(
      expect.arrayContaining(['linea', 'ayud', 'violen']),
    );
    expect(findRevealingWords('Stay safe, get help')).toEqual(expect.arrayContaining(['safe', 'help']));
  });

  it('passes ordinary words', () => {
    expect(findRevealingWords('A few notes and links at hand in your toolbar.')).toEqual([]);
    expect(findRevealingWords('Cambiar a otra página')).toEqual([]);
  });
});

describe('the neutral look', () => {
  it('no neutral string reveals anything, in either language', () => {
    for (const lang of ['en', 'es'] as const)
      for (const [key, text] of Object.entries(NEUTRAL_MESSAGES[lang]))
        expect(findRevealingWords(text), `${lang}.${key}: ${text}`).toEqual([]);
    expect(findRevealingWords(NEUTRAL_SHORT_NAME)).toEqual([]);
  });

  it('the neutral icons exist in public/, as do the normal ones', () => {
    for (const neutral of [true, false])
      for (const p of Object.values(iconPaths(neutral))) {
        const bytes = fs.readFileSync(`public/${p}`);
        expect(bytes.subarray(1, 4).toString(), p).toBe('PNG');
      }
  });
});

describe('the word of discreet mode', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps only a digest in storage.local, never the word', async () => {
    expect(await hasSecretWord()).toBe(false);
    expect(await setSecretWord('Sunflower')).toBe(true);
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(local).not.toMatch(/sunflower/i);
    expect(await hasSecretWord()).toBe(true);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('matches whatever the case, accents and surrounding spaces; nothing else opens', async () => {
    await setSecretWord('Girasól');
    expect(await isSecretWord(' girasol ')).toBe(true);
    expect(await isSecretWord('GIRASÓL')).toBe(true);
    for (const other of ['', 'gira', 'girasole', 'sunflower']) expect(await isSecretWord(other)).toBe(false);
  });

  it('refuses a word shorter than 4 letters; with no word chosen nothing opens; null removes it', async () => {
    expect(await setSecretWord('abc')).toBe(false);
    expect(await hasSecretWord()).toBe(false);
    expect(await isSecretWord('abc')).toBe(false);
    expect(await isSecretWord('')).toBe(false);
    await setSecretWord('daisy');
    await setSecretWord(null);
    expect(await isSecretWord('daisy')).toBe(false);
  });
});

describe('neutral page titles of the discreet build', () => {
  it('replaces each page title, and the neutral titles reveal nothing', () => {
    expect(
      neutralTitleHtml('<head><title>Quick Exit settings</title></head>', '/x/entrypoints/options/index.html'),
    ).toBe('<head><title>Notes settings</title></head>');
    expect(neutralTitleHtml('<title>Quick Exit</title>', '/x/entrypoints/popup/index.html')).toBe(
      '<title>Notes</title>',
    );
    expect(neutralTitleHtml('<title>Welcome</title>', '/x/entrypoints/other/index.html')).toBe('<title>Notes</title>');
    for (const t of Object.values(NEUTRAL_PAGE_TITLES)) expect(findRevealingWords(t)).toEqual([]);
  });
});

describe('the copy of the neutral views', () => {
  it('has no revealing word in any language', () => {
    for (const lang of LANGS)
      expect(findRevealingWords(Object.values(DISCREET_STRINGS[lang]).join('\n')), lang).toEqual([]);
  });
});
