/**
 * Every message the extension's parts send each other, as one discriminated union.
 * The background only acts on messages whose `sender.id` is this extension's id.
 */

/** Content script -> background: the panic keys were pressed in this frame. */
export interface PanicMessage {
  type: 'panic';
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

export type Message = PanicMessage | ExitNowMessage | CloakMessage | OpenErasedMessage;

/** The background's answer to `panic`: it has the exit in hand, no fallback needed. */
export interface PanicAck {
  ok: true;
}

/** Narrows an unknown runtime message to a known one. */
export function isMessage(value: unknown): value is Message {
  return !!value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string';
}
