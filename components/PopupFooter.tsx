import { useAppName } from './discreet';
import { useT } from './lang';
import { LanguageSwitch, type LanguageChoice } from './LanguageSwitch';
import { SettingsLink, WelcomeLink } from './OwnPageLinks';
import type { Strings } from '@/utils/i18n';

const strings: Strings<'limits'> = {
  en: {
    limits: '{name} can’t protect you from spying apps, synced history or network records.',
  },
  es: {
    limits: '{name} no te protege de apps espía, del historial sincronizado ni de los registros de la red.',
  },
  fr: {
    limits:
      '{name} ne peut pas vous protéger des applis espionnes, de l’historique synchronisé ni des registres du réseau.',
  },
};

/** The popup's last lines: the language, the settings, the practice exit, and what no extension can hide. */
export function PopupFooter(choice: LanguageChoice) {
  const t = useT(strings);
  const name = useAppName();
  return (
    <footer>
      <div class="footer-row">
        <SettingsLink />
        <WelcomeLink />
      </div>
      <LanguageSwitch {...choice} />
      <p class="limits">{t('limits', { name })}</p>
    </footer>
  );
}
