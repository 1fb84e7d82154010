import { useT } from './lang';
import type { Strings } from '@/utils/i18n';

const strings: Strings<'settings'> = {
  en: { settings: 'Settings' },
  es: { settings: 'Configuración' },
  fr: { settings: 'Paramètres' },
};

/**
 * "Settings": opens the options page and closes the popup (the popup's footer and the notes view).
 * The extension API wrapper is loaded on the click: the notes view paints without it.
 */
export function SettingsLink() {
  const t = useT(strings);
  return (
    <button
      type="button"
      class="link"
      onClick={() =>
        void import('wxt/browser').then((m) => m.browser.runtime.openOptionsPage()).then(() => window.close())
      }
    >
      {t('settings')}
    </button>
  );
}
