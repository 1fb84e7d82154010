import { lazyModule } from './lazy';
import { useContext } from 'preact/hooks';
import { LangContext, useT } from './lang';
import type { Strings } from '@/utils/i18n';
import { COUNTRIES, countryName } from '@/utils/countries';

type Key = 'heading' | 'country' | 'chooseCountry' | 'noCountry';

const strings: Strings<Key> = {
  en: {
    heading: 'Help lines',
    country: 'Country',
    chooseCountry: 'Choose your country',
    noCountry: 'Choose your country to see its help lines.',
  },
  es: {
    heading: 'Líneas de ayuda',
    country: 'País',
    chooseCountry: 'Elige tu país',
    noCountry: 'Elige tu país para ver sus líneas de ayuda.',
  },
};

/** The cards' chunk, loaded right after the popup's first render. */
const useCards = lazyModule(() => import('./HotlineCards'));

interface Props {
  /** The chosen or guessed country; null shows the chooser alone. */
  country: string | null;
  onCountry: (country: string) => void;
}

/**
 * The popup's help lines: the country chooser at once, the cards (components/HotlineCards.tsx,
 * with the hotline data and its notes) from their own chunk, loaded as soon as the popup renders.
 * The data is two thirds of the popup's code; keeping it out of the first chunk lets "Exit now"
 * be painted and focused before it is parsed (`npm run bench`, popup section).
 */
export function HotlineList({ country, onCountry }: Props) {
  const t = useT(strings);
  const lang = useContext(LangContext);
  const cards = useCards();
  return (
    <section aria-labelledby="hotlines-heading" class="hotlines" aria-busy={country && !cards ? 'true' : undefined}>
      <div class="section-head">
        <h2 id="hotlines-heading">{t('heading')}</h2>
        <label class="inline-select">
          <span>{t('country')}</span>
          <select value={country ?? ''} onChange={(e) => onCountry(e.currentTarget.value)}>
            {!country && (
              <option value="" disabled>
                {t('chooseCountry')}
              </option>
            )}
            {COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {countryName(c, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!country && <p>{t('noCountry')}</p>}
      {country && cards && <cards.HotlineGroups country={country} />}
    </section>
  );
}
