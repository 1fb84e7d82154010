import { useAppName } from './discreet';
import { useT } from './lang';
import { LanguageSwitch } from './LanguageSwitch';
import { SettingsLink } from './SettingsLink';
import { WelcomeLink } from './WelcomeLink';
import type { Strings } from '@/utils/i18n';
import type { Settings } from '@/utils/settings-schema';

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
export function PopupFooter({
  language,
  onLanguage,
}: {
  language: Settings['language'];
  onLanguage: (language: Settings['language']) => void;
}) {
  const t = useT(strings);
  const name = useAppName();
  return (
    <footer>
      <div class="footer-row">
        <SettingsLink />
        <WelcomeLink />
      </div>
      <LanguageSwitch value={language} onChange={onLanguage} />
      <p class="limits">{t('limits', { name })}</p>
    </footer>
  );
}
