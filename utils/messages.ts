import type { SensitiveSitesList, SiteInputError } from './sensitive-sites';
import type { ForgetPeriod } from './clear-traces';

/**
 * Every message the extension's parts send each other, as one discriminated union.
 * The background only acts on messages whose `sender.id` is this extension's id.
 */

/** Content script -> background: the panic keys were pressed in this frame. */
export interface PanicMessage {
  type: 'panic';
  /** The decoy from the settings, as the content script read them: lets the background open it at once. */
  decoyUrl?: string;
}
/** Popup -> background: exit the active tab of the current window now. */
export interface ExitNowMessage {
  type: 'exit-now';
  /** The popup's window, so the background exits the tab the user was looking at. */
  windowId?: number;
}
/** Background -> every frame of a tab: hide yourself (the exit started in another frame). */
export interface CloakMessage {
  type: 'cloak';
}

/**
 * Popup -> background: private windows are unavailable, and the user chose to open `url` in an
 * ordinary tab whose visits are erased as they happen (utils/private-open.ts).
 */
export interface OpenErasedMessage {
  type: 'open-erased';
  url: string;
}

/** Popup -> background: the sensitive sites (answer: `SensitiveSitesList`). */
export interface SensitiveSitesGetMessage {
  type: 'sensitive-sites-get';
}
/** Popup -> background: add a site the user typed (answer: `SensitiveSiteAddResult`). Memory only. */
export interface SensitiveSitesAddMessage {
  type: 'sensitive-sites-add';
  site: string;
}
/** Popup -> background: remove one of the user's sites (answer: `SensitiveSitesList`). */
export interface SensitiveSitesRemoveMessage {
  type: 'sensitive-sites-remove';
  site: string;
}
/** Popup -> background: clear the sensitive sites' traces now (answer: `CleanupReport`). */
export interface ClearTracesMessage {
  type: 'clear-traces';
  /** Also forget everything from this period (opt-in). */
  period?: ForgetPeriod;
}
/** Popup -> background: the last clean-up's report, if any this session (answer: `CleanupReport | null`). */
export interface CleanupReportGetMessage {
  type: 'cleanup-report-get';
}

export type Message =
  | PanicMessage
  | ExitNowMessage
  | CloakMessage
  | SensitiveSitesGetMessage
  | SensitiveSitesAddMessage
  | SensitiveSitesRemoveMessage
  | ClearTracesMessage
  | CleanupReportGetMessage
  | OpenErasedMessage;

/** The background's answer to `sensitive-sites-add`. */
export type SensitiveSiteAddResult =
  { ok: true; site: string; list: SensitiveSitesList } | { ok: false; error: SiteInputError };

/** The background's answer to `panic`: it has the exit in hand, no fallback needed. */
export interface PanicAck {
  ok: true;
}

/** Narrows an unknown runtime message to a known one. */
export function isMessage(value: unknown): value is Message {
  return !!value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string';
}
