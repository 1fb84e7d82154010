import { describe, expect, it, vi } from 'vitest';
import { forgetOwnPageVisit } from '@/utils/own-pages';

describe("the extension's own pages stay out of history", () => {
  it('erases visits to its own pages only', async () => {
    const deleteUrl = vi.fn(async () => {});
    const a = { history: { deleteUrl }, runtime: { getURL: () => 'chrome-extension://id/' } } as never;
    expect(await forgetOwnPageVisit({ url: 'chrome-extension://id/welcome.html' }, a)).toBe(true);
    expect(await forgetOwnPageVisit({ url: 'https://example.com/' }, a)).toBe(false);
    expect(await forgetOwnPageVisit({ url: 'chrome-extension://other/x.html' }, a)).toBe(false);
    expect(deleteUrl).toHaveBeenCalledTimes(1);
  });
});
