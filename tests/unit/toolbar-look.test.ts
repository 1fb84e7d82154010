import { describe, expect, it, vi } from 'vitest';
import { applyToolbarLook, ensureToolbarLook, neutralLook, type ToolbarApi } from '@/utils/toolbar-look';

/** The toolbar as the browser keeps it: `getTitle` answers what `setTitle` set last. */
function fakeAction(shown = 'Quick Exit') {
  const action = {
    title: shown,
    setIcon: vi.fn(async () => {}),
    setTitle: vi.fn(async ({ title }: { title: string }) => void (action.title = title)),
    setBadgeText: vi.fn(async () => {}),
    getTitle: vi.fn(async () => action.title),
  };
  const api = { action, i18n: { getMessage: (k: string) => (k === 'actionTitle' ? 'Quick Exit' : '') } };
  return { action, api: api as unknown as ToolbarApi };
}

describe('applyToolbarLook', () => {
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

describe('ensureToolbarLook (a start of the service worker)', () => {
  it('sets nothing when the toolbar shows the look already (a worker stopped and started again)', async () => {
    const { action, api } = fakeAction('Quick Exit');
    expect(await ensureToolbarLook(false, 'en', api)).toBe(false);
    const discreet = fakeAction('Notes');
    expect(await ensureToolbarLook(true, 'en', discreet.api)).toBe(false);
    for (const a of [action, discreet.action]) {
      expect(a.setIcon).not.toHaveBeenCalled();
      expect(a.setTitle).not.toHaveBeenCalled();
    }
  });

  it('applies the neutral look when the toolbar shows the manifest’s (browser restarted, extension reloaded)', async () => {
    const { action, api } = fakeAction('Quick Exit');
    expect(await ensureToolbarLook(true, 'es', api)).toBe(true);
    expect(action.setTitle).toHaveBeenCalledWith({ title: 'Notas' });
    expect(action.setIcon).toHaveBeenCalledWith({ path: neutralLook('es').icon });
    expect(action.setBadgeText).toHaveBeenCalledWith({ text: '' });
  });

  it('goes back to the product look when discreet mode was turned off while the worker was stopped', async () => {
    const { action, api } = fakeAction('Notes');
    expect(await ensureToolbarLook(false, 'en', api)).toBe(true);
    expect(action.setTitle).toHaveBeenCalledWith({ title: 'Quick Exit' });
    expect(action.setIcon).toHaveBeenCalledTimes(1);
  });

  it('applies the look when the title cannot be read', async () => {
    const { action, api } = fakeAction();
    action.getTitle.mockRejectedValueOnce(new Error('no action'));
    expect(await ensureToolbarLook(false, 'en', api)).toBe(true);
    expect(action.setIcon).toHaveBeenCalledTimes(1);
  });
});
