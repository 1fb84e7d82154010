import { browser } from 'wxt/browser';
import { useT } from './lang';
import { WelcomeLink } from './WelcomeLink';
import type { Strings } from '@/utils/i18n';

const strings: Strings<'settings' | 'limits'> = {
  en: {
    settings: 'Settings',
    limits:
      'Quick Exit cannot hide itself, spyware on this computer or phone, history synced to other devices, or what a network can log.',
  },
  es: {
    settings: 'Configuración',
    limits:
      'Quick Exit no puede ocultarse a sí mismo, ni ocultar programas espía en esta computadora o teléfono, el historial sincronizado con otros dispositivos, o lo que una red puede registrar.',
  },
};

/** The popup's last lines: what no extension can hide, and the way to the settings. */
export function PopupFooter() {
  const t = useT(strings);
  return (
    <footer>
      <p class="limits">{t('limits')}</p>
      <div class="footer-row">
        <button
          type="button"
          class="link"
          onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}
        >
          {t('settings')}
        </button>
        <WelcomeLink />
      </div>
    </footer>
  );
}
