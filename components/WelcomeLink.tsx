import { browser } from 'wxt/browser';
import type { Strings } from '@/utils/i18n';
import { openWelcome, WELCOME_PATH } from '@/utils/first-run';
import { useT } from './lang';

const strings: Strings<'link'> = {
  en: { link: 'How it works: practice an exit' },
  es: { link: 'Cómo funciona: practica una salida' },
  fr: { link: 'Comment ça marche : pratiquez une sortie' },
};

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
        void openWelcome().then(() => window.close());
      }}
    >
      {t('link')}
    </a>
  );
}
