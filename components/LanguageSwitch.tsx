import { useT } from './lang';
import type { Strings } from '@/utils/i18n';
import type { Settings } from '@/utils/settings-schema';

const strings: Strings<'language' | 'auto'> = {
  // Named in both languages, so someone who cannot read the current one still finds theirs.
  en: { language: 'Language (idioma)', auto: 'Same as the browser' },
  es: { language: 'Idioma (language)', auto: 'Igual que el navegador' },
};

/**
 * The language switch: the browser's language, or English or Spanish. Each language is named in
 * itself, so someone who cannot read the current one still finds theirs.
 */
export function LanguageSwitch({
  value,
  onChange,
}: {
  value: Settings['language'];
  onChange: (v: Settings['language']) => void;
}) {
  const t = useT(strings);
  return (
    <label class="inline-select">
      <span>{t('language')}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as Settings['language'])}>
        <option value="auto">{t('auto')}</option>
        <option value="en" lang="en">
          English
        </option>
        <option value="es" lang="es">
          Español
        </option>
      </select>
    </label>
  );
}
