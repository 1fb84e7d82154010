import { useT } from './lang';
import type { Strings } from '@/utils/i18n';
import { WELCOME_PATH } from '@/utils/own-page-paths';

const strings: Strings<'settings' | 'welcome'> = {
  en: { settings: 'Settings', welcome: 'How it works: practice an exit' },
  es: { settings: 'Configuración', welcome: 'Cómo funciona: practica una salida' },
  fr: { settings: 'Paramètres', welcome: 'Comment ça marche : pratiquez une sortie' },
};

/** Opens one of the extension's own pages in a tab, then closes the popup (which would cover it). */
const openThenClose = (open: () => Promise<unknown>) => void open().then(() => window.close());

/**
 * The extension API wrapper and the welcome opener are loaded on the click: the notes view (discreet
 * mode's first paint) shows "Settings" without them (`npm run bench`, popup section).
 */
const openOptions = () => import('wxt/browser').then((m) => m.browser.runtime.openOptionsPage());
const openWelcomePage = () => import('@/utils/first-run').then((m) => m.openWelcome());

/** The bare extension API (`browser` in Firefox, `chrome` in Chromium): `runtime.getURL` needs no wrapper. */
const bareRuntime = () => {
  const g = globalThis as unknown as { browser?: typeof chrome; chrome?: typeof chrome };
  return (g.browser ?? g.chrome)!.runtime;
};

/** "Settings": opens the options page and closes the popup (the popup's footer and the notes view). */
export function SettingsLink() {
  const t = useT(strings);
  return (
    <button type="button" class="link" onClick={() => openThenClose(openOptions)}>
      {t('settings')}
    </button>
  );
}

/** The popup's link back to the welcome page (opens it in a new tab and closes the popup). */
export function WelcomeLink() {
  const t = useT(strings);
  return (
    <a
      href={bareRuntime().getURL(WELCOME_PATH)}
      target="_blank"
      rel="noopener"
      onClick={(e) => {
        e.preventDefault();
        openThenClose(openWelcomePage);
      }}
    >
      {t('welcome')}
    </a>
  );
}
