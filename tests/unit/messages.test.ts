import { describe, expect, it, vi } from 'vitest';
import { ALLOWED_SENDERS, dispatch, isMessage, mergeHandlers, senderKind, type Handlers } from '@/utils/messages';

const OWN = { id: 'quick-exit', origin: 'chrome-extension://quick-exit/' };
const page = { id: OWN.id, url: `${OWN.origin}popup.html` };
const content = { id: OWN.id, url: 'https://help.example/', tab: { id: 4 } as never };
const stranger = { id: 'other-extension', url: 'chrome-extension://other-extension/x.html' };

describe('messages', () => {
  it('knows only the protocol’s message types', () => {
    expect(isMessage({ type: 'panic' })).toBe(true);
    expect(isMessage({ type: 'toString' })).toBe(false);
    expect(isMessage({ type: 'cloak' })).toBe(false);
    expect(isMessage('panic')).toBe(false);
    expect(isMessage(null)).toBe(false);
  });

  it('tells the extension’s own pages from content scripts, and refuses other senders', () => {
    expect(senderKind(page, OWN.id, OWN.origin)).toBe('page');
    expect(senderKind(content, OWN.id, OWN.origin)).toBe('content');
    expect(senderKind(stranger, OWN.id, OWN.origin)).toBeNull();
    expect(senderKind({ url: page.url }, OWN.id, OWN.origin)).toBeNull();
  });

  it('takes exit-now only from the extension’s own pages, panic from both', async () => {
    const handlers: Handlers = {
      panic: vi.fn(() => ({ ok: true as const })),
      'exit-now': vi.fn(() => ({ ok: true as const })),
    };
    expect(dispatch(handlers, { type: 'exit-now' }, content, OWN)).toBeUndefined();
    expect(dispatch(handlers, { type: 'exit-now' }, stranger, OWN)).toBeUndefined();
    expect(handlers['exit-now']).not.toHaveBeenCalled();
    expect(await dispatch(handlers, { type: 'exit-now', windowId: 3 }, page, OWN)).toEqual({ ok: true });
    expect(handlers['exit-now']).toHaveBeenCalledWith({ type: 'exit-now', windowId: 3 }, page);
    expect(await dispatch(handlers, { type: 'panic' }, content, OWN)).toEqual({ ok: true });
    expect(await dispatch(handlers, { type: 'panic' }, page, OWN)).toEqual({ ok: true });
    expect(dispatch(handlers, { type: 'panic' }, stranger, OWN)).toBeUndefined();
  });

  it('every message but panic is for the extension’s own pages only', () => {
    for (const [type, from] of Object.entries(ALLOWED_SENDERS)) {
      expect(from, type).toEqual(type === 'panic' ? ['content', 'page'] : ['page']);
    }
  });

  it('turns a throwing handler into a rejected answer, and a missing one into no answer', async () => {
    const handlers: Handlers = {
      'clear-traces': () => {
        throw new Error('boom');
      },
    };
    await expect(dispatch(handlers, { type: 'clear-traces' }, page, OWN)).rejects.toThrow('boom');
    expect(dispatch(handlers, { type: 'sensitive-sites-get' }, page, OWN)).toBeUndefined();
  });

  it('merges the features’ tables and refuses two handlers for one message', () => {
    const a: Handlers = { panic: () => ({ ok: true }) };
    const b: Handlers = { 'exit-now': () => ({ ok: true }) };
    expect(Object.keys(mergeHandlers([a, b]))).toEqual(['panic', 'exit-now']);
    expect(() => mergeHandlers([a, a])).toThrow(/panic/);
  });
});
