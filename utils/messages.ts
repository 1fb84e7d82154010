import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import type { CleanupReport, ForgetPeriod } from './clear-traces';
import type { SensitiveSitesList, SiteInputError } from './sensitive-sites';

/**
 * The one message protocol between the extension's parts: for each message type, its request,
 * its response and who may send it. The background answers through one handler table
 * (`dispatch`), which checks the sender once; extension pages send through `send`, typed end to
 * end. The content script, which runs on every page, sends its one message raw (no polyfill) and
 * imports only the types from here.
 *
 * Senders: 'content' is the content script in a web page; 'page' is one of the extension's own
 * pages (popup, options, welcome), recognised by its URL on the extension's origin.
 */
export type SenderKind = 'content' | 'page';

/** The background's answer to an exit request: it has the exit in hand, no fallback needed. */
export interface PanicAck {
  ok: true;
}

/**
 * The background's answer to the popup's `exit-now`: `ok` once it has found the page to exit and
 * started the exit; `ok: false` when there is no page to exit in that window (nothing happened).
 */
export type ExitNowAnswer = { ok: true } | { ok: false };

/** The background's answer to `sensitive-sites-add`. */
export type SensitiveSiteAddResult =
  { ok: true; site: string; list: SensitiveSitesList } | { ok: false; error: SiteInputError };

/** Every message the background answers. */
export interface Protocol {
  /**
   * The panic keys were pressed in this frame (content script), or for real on the welcome page's
   * practice (a page). The background exits the sender's tab, to the decoy of its own settings.
   */
  panic: { request: Record<never, never>; response: PanicAck; from: 'content' | 'page' };
  /** The popup: exit the active tab of `windowId` (the popup's window) now. Never a web page. */
  'exit-now': { request: { windowId?: number }; response: ExitNowAnswer; from: 'page' };
  /**
   * The popup: private windows are unavailable, and the user chose to open `url` in an ordinary
   * tab whose visits are erased as they happen (utils/private-open.ts).
   */
  'open-erased': { request: { url: string }; response: { ok: boolean }; from: 'page' };
  /** The popup: the sensitive sites. */
  'sensitive-sites-get': { request: Record<never, never>; response: SensitiveSitesList; from: 'page' };
  /** The popup: add a site the user typed. Memory only. */
  'sensitive-sites-add': { request: { site: string }; response: SensitiveSiteAddResult; from: 'page' };
  /** The popup: remove one of the user's sites. */
  'sensitive-sites-remove': { request: { site: string }; response: SensitiveSitesList; from: 'page' };
  /** The popup: clear the sensitive sites' traces now, and (opt-in) everything from `period`. */
  'clear-traces': { request: { period?: ForgetPeriod }; response: CleanupReport; from: 'page' };
}

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = Protocol[K]['request'];
export type ResponseOf<K extends MessageType> = Protocol[K]['response'];

/** Who may send each message: checked once, in `dispatch`, before any handler runs. */
export const ALLOWED_SENDERS: { readonly [K in MessageType]: readonly Protocol[K]['from'][] } = {
  panic: ['content', 'page'],
  'exit-now': ['page'],
  'open-erased': ['page'],
  'sensitive-sites-get': ['page'],
  'sensitive-sites-add': ['page'],
  'sensitive-sites-remove': ['page'],
  'clear-traces': ['page'],
};

/** A message on the wire: its type and its request's fields. */
export type Message = { [K in MessageType]: { type: K } & RequestOf<K> }[MessageType];

/** Background -> every frame of a tab: hide yourself (the exit started in another frame). */
export interface CloakMessage {
  type: 'cloak';
}

/** What the background knows of a message's sender. */
export type SenderInfo = Runtime.MessageSender;

/** One feature's answers, by message type. The sender has been checked before a handler runs. */
export type Handlers = {
  [K in MessageType]?: (request: RequestOf<K>, sender: SenderInfo) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

/** Narrows an unknown runtime message to one of the protocol's. */
export function isMessage(value: unknown): value is Message {
  if (!value || typeof value !== 'object') return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(ALLOWED_SENDERS, type);
}

/**
 * Who sent a message: null for anything that is not this extension (another extension, a web
 * page through `externally_connectable`). `ownOrigin` is `runtime.getURL('/')`.
 */
export function senderKind(sender: SenderInfo, ownId: string, ownOrigin: string): SenderKind | null {
  if (sender.id !== ownId) return null;
  return sender.url?.startsWith(ownOrigin) ? 'page' : 'content';
}

/**
 * The background's one `runtime.onMessage` handler: checks the message and its sender once,
 * then calls the one handler for its type. `undefined` (no answer) for anything refused.
 */
export function dispatch(
  handlers: Handlers,
  message: unknown,
  sender: SenderInfo,
  own: { id: string; origin: string },
): Promise<unknown> | undefined {
  if (!isMessage(message)) return undefined;
  const kind = senderKind(sender, own.id, own.origin);
  const allowed: readonly SenderKind[] = ALLOWED_SENDERS[message.type];
  if (!kind || !allowed.includes(kind)) return undefined;
  const handler = handlers[message.type] as
    ((request: Message, sender: SenderInfo) => unknown | Promise<unknown>) | undefined;
  if (!handler) return undefined;
  try {
    return Promise.resolve(handler(message, sender));
  } catch (e) {
    return Promise.reject(e);
  }
}

/**
 * Merges the features' handler tables into one. Two features answering the same type is a
 * programming error: it throws at start, so a test catches it.
 */
export function mergeHandlers(tables: Handlers[]): Handlers {
  const merged: Record<string, unknown> = {};
  for (const table of tables) {
    for (const [type, handler] of Object.entries(table)) {
      if (merged[type]) throw new Error(`Two handlers for message '${type}'`);
      merged[type] = handler;
    }
  }
  return merged as Handlers;
}

/** Extension pages -> background: sends one message and resolves to its typed answer. */
export function send<K extends MessageType>(type: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  return browser.runtime.sendMessage({ ...request, type }) as Promise<ResponseOf<K>>;
}
