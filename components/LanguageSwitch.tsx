import { useT } from './lang';
import type { Strings } from '@/utils/i18n';
import type { Settings } from '@/utils/settings-schema';

const strings: Strings<'language' | 'auto'> = {
  // Named in every language, so someone who cannot read the current one still finds theirs.
  en: { language: 'Language (idioma, langue)', auto: 'Same as the browser' },
  es: { language: 'Idioma (language, langue)', auto: 'Igual que el navegador' },
  fr: { language: 'Langue (language, idioma)', auto: 'Comme le navigateur' },
};

/**
 * The language switch: the browser's language, or English, Spanish or French. Each language is named in
 * itself, so someone who cannot read the current one still finds theirs.
 */
/** The language setting and what to do when the user changes it (the popup's footer passes it on). */
export interface LanguageChoice {
  language: Settings['language'];
  onLanguage: (language: Settings['language']) => void;
}

export function LanguageSwitch({ language, onLanguage }: LanguageChoice) {
  const t = useT(strings);
  return (
    <label class="inline-select">
      <span>{t('language')}</span>
      <select value={language} onChange={(e) => onLanguage(e.currentTarget.value as Settings['language'])}>
        <option value="auto">{t('auto')}</option>
        <option value="en" lang="en">
          English
        </option>
        <option value="es" lang="es">
          Español
        </option>
        <option value="fr" lang="fr">
          Français
        </option>
      </select>
    </label>
  );
}
