/**
 * Checks what a user types into the popup (their own numbers and bookmarks) and the options page
 * (a decoy address). Anything refused here is never stored and never opened.
 *
 * Every check looks at the length first, before any regular expression or URL parsing, so a
 * pasted 10 MB string is refused in constant time and cannot freeze the popup.
 */

/** Longest label (a person's name, "Shelter", ...). Inputs carry the same `maxLength`. */
export const MAX_LABEL = 80;
/** Longest phone number as typed, separators included. */
export const MAX_PHONE = 32;
/** Longest web address: what browsers and servers reliably accept. */
export const MAX_URL = 2048;

/** Why an input was refused; the UI turns each into a sentence in the user's language. */
export type InputError =
  | 'label-empty'
  | 'label-too-long'
  | 'label-control'
  | 'phone-empty'
  | 'phone-too-long'
  | 'phone-no-digits'
  | 'phone-junk'
  | 'url-empty'
  | 'url-too-long'
  | 'url-invalid'
  | 'url-scheme'
  | 'url-credentials';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: InputError };

const fail = <T>(error: InputError): Checked<T> => ({ ok: false, error });

// C0/C1 control characters (tab and newline included: a label is one line).
// oxlint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** A label: one line of text, 1–{@link MAX_LABEL} characters. HTML is allowed and always shown as text. */
export function checkLabel(raw: string): Checked<string> {
  if (raw.length > MAX_LABEL * 4) return fail('label-too-long');
  const value = raw.trim();
  if (!value) return fail('label-empty');
  if ([...value].length > MAX_LABEL) return fail('label-too-long');
  if (CONTROL.test(value)) return fail('label-control');
  return { ok: true, value };
}

// Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits, typed by people writing
// right to left, become ASCII digits so the number can be dialled.
const toAsciiDigits = (s: string) => s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf));

/**
 * A phone number as people write it: digits with spaces, dashes, dots, brackets, a leading `+`,
 * and `*` or `#` for service codes. Letters (vanity numbers such as 1-800-SAFE) are refused, so
 * what is stored is always what a phone can dial.
 */
export function checkPhone(raw: string): Checked<string> {
  if (raw.length > MAX_PHONE * 4) return fail('phone-too-long');
  const value = toAsciiDigits(raw.trim()).replace(/\s+/g, ' ');
  if (!value) return fail('phone-empty');
  if (value.length > MAX_PHONE) return fail('phone-too-long');
  const digits = value.replace(/\D/g, '').length;
  if (digits === 0) return fail('phone-no-digits');
  if (digits > 20) return fail('phone-too-long');
  if (!/^\+?[0-9 ().*#-]+$/.test(value)) return fail('phone-junk');
  return { ok: true, value };
}

/** The digits (and a leading `+`, `*`, `#`) of a checked number, for `tel:` and `sms:` links. */
export function dialable(phone: string): string {
  return phone.replace(/[^0-9+*#]/g, '').replace(/(?!^)\+/g, '');
}

/**
 * Longest address of a page the browser showed (kept for "undo"): pages may carry long query
 * strings, but nothing longer is reopened.
 */
export const MAX_PAGE_URL = 8192;

/**
 * The one check for an address already in hand (settings, a hidden page, a decoy): an absolute
 * http or https URL, no user name or password, at most `maxLength` characters (checked first).
 * What a user types goes through `checkWebUrl`, which also reads "example.org" as https.
 */
export function isWebUrl(value: unknown, maxLength = MAX_URL): value is string {
  if (typeof value !== 'string' || value.length > maxLength) return false;
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !u.username && !u.password;
  } catch {
    return false;
  }
}

/**
 * A web address to save or open: http or https only, no user name or password in it.
 * "example.org/help" is read as https://example.org/help. Refuses `javascript:`, `data:`,
 * `file:`, `chrome:`, `about:`, `chrome-extension:` and every other scheme.
 * Returns the normalised address (`URL.href`).
 */
export function checkWebUrl(raw: string): Checked<string> {
  if (raw.length > MAX_URL * 2) return fail('url-too-long');
  const value = raw.trim();
  if (!value) return fail('url-empty');
  if (value.length > MAX_URL) return fail('url-too-long');
  // A scheme ("javascript:", "data:", "http:") is read as one; anything else is a bare host.
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[^:/]+:\d+(\/|$)/.test(value);
  let url: URL;
  try {
    url = new URL(hasScheme ? value : `https://${value}`);
  } catch {
    return fail(hasScheme && !/^https?:/i.test(value) ? 'url-scheme' : 'url-invalid');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('url-scheme');
  if (url.username || url.password) return fail('url-credentials');
  if (!url.hostname || /\s/.test(value)) return fail('url-invalid');
  if (url.href.length > MAX_URL) return fail('url-too-long');
  return { ok: true, value: url.href };
}
