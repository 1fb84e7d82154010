import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { applyToolbarLook, neutralLook, type DiscreetApi } from '@/utils/discreet';
import { findRevealingWords, iconPaths, NEUTRAL_MESSAGES, NEUTRAL_SHORT_NAME } from '@/utils/neutral-names';

function fakeAction() {
  const action = {
    setIcon: vi.fn(async () => {}),
    setTitle: vi.fn(async () => {}),
    setBadgeText: vi.fn(async () => {}),
  };
  const api = { action, i18n: { getMessage: (k: string) => (k === 'actionTitle' ? 'Quick Exit' : '') } };
  return { action, api: api as unknown as DiscreetApi };
}

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

  it('discreet: neutral icon and title ("Notes"/"Notas"), badge cleared', async () => {
    const { action, api } = fakeAction();
    await applyToolbarLook(true, 'en', api);
    expect(action.setTitle).toHaveBeenCalledWith({ title: 'Notes' });
    expect(action.setIcon).toHaveBeenCalledWith({ path: neutralLook('en').icon });
    expect(Object.values(neutralLook('en').icon).every((p) => p.startsWith('/icon/neutral-'))).toBe(true);
    expect(action.setBadgeText).toHaveBeenCalledWith({ text: '' });
    await applyToolbarLook(true, 'es', api);
    expect(action.setTitle).toHaveBeenLastCalledWith({ title: 'Notas' });
  });

  it('not discreet: back to the manifest title and the product icon', async () => {
    const { action, api } = fakeAction();
    await applyToolbarLook(false, 'en', api);
    expect(action.setTitle).toHaveBeenCalledWith({ title: 'Quick Exit' });
    const icon = (action.setIcon.mock.calls[0] as unknown as [{ path: Record<string, string> }])[0].path;
    expect(Object.values(icon).every((p) => /^\/icon\/\d+\.png$/.test(p))).toBe(true);
  });
});
