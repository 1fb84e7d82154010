import { vi } from 'vitest';
import type { CleanupRequest, TracesApi } from '@/utils/clear-traces';

/** Shared by clear-traces.test.ts and traces-background.test.ts. */
export const SENSITIVE = ['help.example'];
export const isSensitive = (u: string | undefined) => !!u && /^https?:\/\/([^/]*\.)?help\.example[:/]/.test(u);

/** A fake browser for clean-ups: history, downloads, Recently closed, browsingData calls recorded. */
export function fakeApi(
  opts: {
    history?: string[];
    downloads?: { id: number; url: string; referrer?: string }[];
    granted?: boolean;
    firefoxClosed?: boolean;
  } = {},
) {
  let history = [...(opts.history ?? [])];
  let downloads = [...(opts.downloads ?? [])];
  let closed = history.filter(isSensitive).map((url, i) => ({ tab: { url, sessionId: `s${i}`, windowId: 1 } }));
  const removals: unknown[][] = [];
  const api: TracesApi = {
    history: {
      search: vi.fn(async () => history.map((url) => ({ url }))),
      deleteUrl: vi.fn(async ({ url }) => {
        history = history.filter((u) => u !== url);
        // Chromium drops the Recently-closed entry with the history entry; Firefox does not.
        if (!opts.firefoxClosed) closed = closed.filter((c) => c.tab.url !== url);
      }),
    },
    browsingData: { remove: vi.fn(async (...args: unknown[]) => void removals.push(args)) },
    permissions: { contains: vi.fn(async () => opts.granted ?? false) },
    downloads: {
      search: vi.fn(async () => downloads),
      erase: vi.fn(async ({ id }) => {
        const before = downloads.length;
        downloads = downloads.filter((d) => d.id !== id);
        return before > downloads.length ? [id] : [];
      }),
    },
    sessions: {
      getRecentlyClosed: async () => closed,
      ...(opts.firefoxClosed
        ? {
            forgetClosedTab: async (_w: number, id: string) =>
              void (closed = closed.filter((c) => c.tab.sessionId !== id)),
            forgetClosedWindow: async () => {},
          }
        : {}),
    },
  };
  return { api, removals, history: () => history, downloads: () => downloads, closed: () => closed };
}

export const request = (over: Partial<CleanupRequest> = {}): CleanupRequest => ({
  flavor: 'chromium',
  cause: 'button',
  sites: SENSITIVE,
  isSensitive,
  clearSiteData: true,
  now: Date.UTC(2026, 10, 28, 12),
  ...over,
});
