/**
 * The neutral look of discreet mode and of the discreet build: a plain notes tool. Pure data with
 * no imports, because wxt.config.ts reads it to write the discreet build's manifest strings.
 *
 * Everything here is shown while the extension is closed (toolbar tooltip, extensions list,
 * shortcut settings), so none of it may name abuse, trafficking, help-seeking or an exit: the
 * tests scan it (and the built manifest) with `findRevealingWords`.
 */

/** The manifest strings (`_locales/<lang>/messages.json`) of the discreet build. */
export const NEUTRAL_MESSAGES = {
  en: {
    extName: 'Notes',
    extDescription: 'A few notes and links at hand in your toolbar.',
    actionTitle: 'Notes',
    commandExit: 'Switch to another page',
  },
  es: {
    extName: 'Notas',
    extDescription: 'Unas notas y enlaces a mano en la barra de herramientas.',
    actionTitle: 'Notas',
    commandExit: 'Cambiar a otra página',
  },
  fr: {
    extName: 'Notes',
    extDescription: 'Quelques notes et liens à portée de main dans votre barre d’outils.',
    actionTitle: 'Notes',
    commandExit: 'Passer à une autre page',
  },
} as const;

/**
 * The static `<title>` of each page in the discreet build (wxt.config.ts rewrites the HTML): the
 * browser shows it in the tab strip, the history and the task switcher before any script runs.
 */
export const NEUTRAL_PAGE_TITLES: Record<string, string> = {
  popup: 'Notes',
  options: 'Notes settings',
  welcome: 'Notes',
};
/** The title of a page not listed above. */
export const NEUTRAL_PAGE_TITLE = 'Notes';

/** `html` with its `<title>` replaced by the neutral one of the page in `path` (".../options/index.html"). */
export function neutralTitleHtml(html: string, path: string): string {
  const page = Object.keys(NEUTRAL_PAGE_TITLES).find((p) => path.includes(`/${p}/`) || path.includes(`/${p}.html`));
  const title = page ? NEUTRAL_PAGE_TITLES[page] : NEUTRAL_PAGE_TITLE;
  return html.replace(/<title>[^<]*<\/title>/i, `<title>${title}</title>`);
}

/** Short name in the discreet build's manifest (not localised, like the normal build's). */
export const NEUTRAL_SHORT_NAME = 'Notes';

/** The browser shortcut's command name (the background accepts both). */
export const EXIT_COMMAND = 'quick-exit';
/** The same command in the discreet build, whose manifest must not name an exit. */
export const NEUTRAL_EXIT_COMMAND = 'switch-page';

/** Firefox add-on id of the discreet build (the normal id contains the product name). */
export const NEUTRAL_GECKO_ID = 'notes@notes.invalid';

/** Toolbar icons, normal and neutral (paths inside the build; drawn by scripts/make-icons.mjs). */
export const ICON_SIZES = [16, 32, 48, 128] as const;
export const iconPaths = (neutral: boolean): Record<string, string> =>
  Object.fromEntries(ICON_SIZES.map((s) => [String(s), `icon/${neutral ? 'neutral-' : ''}${s}.png`]));

/**
 * Words that give the extension away, in English, Spanish and French. Matched as word beginnings, case-
 * and accent-insensitively ("Help" and "helpline" match `help`; "ayuda" and "Ayúdame" match `ayud`).
 */
export const REVEALING_WORDS = [
  // English
  'exit',
  'abus',
  'traffick',
  'violen',
  'domestic',
  'panic',
  'safe',
  'hotline',
  'helpline',
  'help',
  'escape',
  'emergenc',
  'survivor',
  'victim',
  'assault',
  'shelter',
  'crisis',
  'danger',
  'hide',
  'hidden',
  'erase',
  'slave',
  'exploit',
  'rape',
  'batter',
  'stalk',
  'quick exit',
  // Spanish
  'salida',
  'salir',
  'maltrat',
  'trata',
  'violencia',
  'panico',
  'segur',
  'ayud',
  'auxilio',
  'linea',
  'escap',
  'huir',
  'victima',
  'sobreviv',
  'agresi',
  'refugio',
  'peligr',
  'ocult',
  'borr',
  'esclav',
  'explota',
  'abuso',
  'abusad',
  // French
  'sortie',
  'sortir',
  'quitt',
  'traite',
  'paniq',
  'urgen',
  'aide',
  'refug',
  'agress',
  'cacher',
  'cache',
  'effac',
  'secour',
  'fuir',
  'fuite',
  'maltrait',
] as const;

/** The revealing words found in `text` (empty when the text is safe to show). */
export function findRevealingWords(text: string): string[] {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return REVEALING_WORDS.filter((w) => new RegExp(`(^|[^a-z0-9])${w.replace(/ /g, '[\\s_-]*')}`).test(plain));
}
