/**
 * The paths of Quick Exit's own pages inside the extension. A module of their own, with no import:
 * the popup's first paint links to them without loading the extension API wrapper.
 */

/** The welcome page. */
export const WELCOME_PATH = '/welcome.html';
