import { DISCREET_STRINGS } from './discreet-strings';
import { exitNowFromPopup } from './exit-now-request';
import { appName, IS_DISCREET_BUILD } from '@/utils/discreet-build';
import { resolveLang, type Lang } from '@/utils/i18n';
import type { Settings } from '@/utils/settings-schema';

/** "Exit now" in each UI language (components/ExitNowButton.tsx shows the same words). */
export const EXIT_NOW_LABELS: Record<Lang, string> = {
  en: 'Exit now',
  es: 'Salir ahora',
  fr: 'Sortir maintenant',
};

/** The press made on the painted button before the popup's components took it over. */
let early: { button: HTMLButtonElement; onPress: () => void; press: Promise<boolean> | null } | null = null;

/**
 * The popup's first frame, before its framework and components load: the page's heading and its
 * first control, focused, in the user's language (`settings.language`; 'auto' follows the browser,
 * as the components do). Outside discreet mode: "Exit now" (`button.exit-now`); in discreet mode
 * (or the discreet build): the notes view's visible "Notes" heading and its "Close page"
 * (`button.close-page`). The elements are those the components render first
 * (entrypoints/popup/Popup.tsx, components/NeutralNotes.tsx), so the page's first render keeps
 * them (the same nodes, the focus stays) and draws the rest around them.
 *
 * A press works at once: it sends the request itself (components/exit-now-request.ts), and the
 * button's component takes over its answer (`adoptFirstPaintPress`), to say "No page to close
 * here" when there was none. Returns the button.
 */
export function paintExitNow(root: HTMLElement, settings: Pick<Settings, 'language' | 'discreet'>): HTMLButtonElement {
  const lang = resolveLang(settings.language);
  const discreet = settings.discreet || IS_DISCREET_BUILD;
  const name = appName(settings.discreet, lang);
  document.documentElement.lang = lang;
  document.title = discreet ? DISCREET_STRINGS[lang].notes : name;

  const main = document.createElement('main');
  const heading = document.createElement('h1');
  const exit = document.createElement('div');
  const button = document.createElement('button');
  if (discreet) main.className = 'notes';
  else heading.className = 'visually-hidden';
  heading.textContent = discreet ? DISCREET_STRINGS[lang].notes : name;
  exit.className = 'exit';
  button.type = 'button';
  button.className = discreet ? 'close-page' : 'exit-now';
  button.textContent = discreet ? DISCREET_STRINGS[lang].closePage : EXIT_NOW_LABELS[lang];
  exit.append(button);
  main.append(heading, exit);
  root.replaceChildren(main);
  button.focus();

  const state = { button, press: null as Promise<boolean> | null, onPress: () => {} };
  state.onPress = () => void (state.press ??= exitNowFromPopup());
  button.addEventListener('click', state.onPress);
  early = state;
  return button;
}

/**
 * Hands the painted button over to its component (called once, as the component is first drawn):
 * the early click handler is removed (the component's own takes over), and the answer to a press
 * already made is returned, or null. `ownsButton` says whether `button` is the painted one (the
 * page's render kept it): if the user has moved on from it meanwhile, the component must not
 * pull the focus back.
 */
export function adoptFirstPaintPress(button: HTMLButtonElement | null): {
  press: Promise<boolean> | null;
  ownsButton: boolean;
} {
  const state = early;
  early = null;
  if (!state) return { press: null, ownsButton: false };
  state.button.removeEventListener('click', state.onPress);
  return { press: state.press, ownsButton: state.button === button };
}
