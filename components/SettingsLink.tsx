import { browser } from 'wxt/browser';
import { useT } from './lang';
import type { Strings } from '@/utils/i18n';

const strings: Strings<'settings'> = {
  en: { settings: 'Settings' },
  es: { settings: 'Configuración' },
  fr: { settings: 'Paramètres' },
};

/** "Settings": opens the options page and closes the popup (the popup's footer and the notes view). */
export function SettingsLink() {
  const t = useT(strings);
  return (
    <button
      type="button"
      class="link"
      onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    >
      {t('settings')}
    </button>
  );
}
