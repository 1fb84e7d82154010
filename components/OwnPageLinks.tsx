import { browser } from 'wxt/browser';
import { useT } from './lang';
import type { Strings } from '@/utils/i18n';
import { openWelcome, WELCOME_PATH } from '@/utils/first-run';

const strings: Strings<'settings' | 'welcome'> = {
  en: { settings: 'Settings', welcome: 'How it works: practice an exit' },
  es: { settings: 'Configuración', welcome: 'Cómo funciona: practica una salida' },
  fr: { settings: 'Paramètres', welcome: 'Comment ça marche : pratiquez une sortie' },
};

/** Opens one of the extension's own pages in a tab, then closes the popup (which would cover it). */
const openThenClose = (open: () => Promise<unknown>) => void open().then(() => window.close());

/** "Settings": opens the options page and closes the popup (the popup's footer and the notes view). */
export function SettingsLink() {
  const t = useT(strings);
  return (
    <button type="button" class="link" onClick={() => openThenClose(() => browser.runtime.openOptionsPage())}>
      {t('settings')}
    </button>
  );
}

/** The popup's link back to the welcome page (opens it in a new tab and closes the popup). */
export function WelcomeLink() {
  const t = useT(strings);
  return (
    <a
      href={browser.runtime.getURL(WELCOME_PATH)}
      target="_blank"
      rel="noopener"
      onClick={(e) => {
        e.preventDefault();
        openThenClose(openWelcome);
      }}
    >
      {t('welcome')}
    </a>
  );
}
