import { CountryPicker } from './CountryPicker';
import { lazyModule } from './lazy';
import { useT } from './lang';
import { PopupSection } from './PopupSection';
import { useCountryHotlines, useCountryHotlinesState } from './use-country-hotlines';
import { useOnceTrue } from './use-once-true';
import type { Strings } from '@/utils/i18n';
import { isCountry } from '@/utils/countries';

type Key = 'heading' | 'others' | 'country' | 'chooseCountry' | 'noCountry';

const strings: Strings<Key> = {
  en: {
    heading: 'Help lines',
    others: 'All help lines',
    country: 'Country',
    chooseCountry: 'Choose your country',
    noCountry: 'Choose your country to see its help lines.',
  },
  es: {
    heading: 'Líneas de ayuda',
    others: 'Todas las líneas de ayuda',
    country: 'País',
    chooseCountry: 'Elige tu país',
    noCountry: 'Elige tu país para ver sus líneas de ayuda.',
  },
  fr: {
    heading: 'Lignes d’aide',
    others: 'Toutes les lignes d’aide',
    country: 'Pays',
    chooseCountry: 'Choisissez votre pays',
    noCountry: 'Choisissez votre pays pour voir ses lignes d’aide.',
  },
};

/**
 * The cards' chunk, loaded right after the popup's first render, at the same time as the country's
 * lines (their own chunk, components/use-country-hotlines.ts): no other country's data is loaded.
 */
const useCards = lazyModule(() => import('./HotlineCards'));

interface Props {
  /** The chosen or guessed country; null shows the chooser alone. */
  country: string | null;
  onCountry: (country: string) => void;
}

/**
 * The first screen's help lines: the two or three that matter most for the country, each with
 * big Call / Text / Chat (components/HotlineCards.tsx, its own chunk, and the country's lines,
 * theirs: "Exit now" is painted and focused before either is parsed; `npm run bench`, popup
 * section). The country chooser comes after them, so Tab from "Exit now" reaches the first Call
 * at once.
 */
export function HotlineList({ country, onCountry, inPlace }: Props & { inPlace: boolean }) {
  const t = useT(strings);
  const cards = useCards();
  const lines = useCountryHotlines(country);
  return (
    <section
      aria-labelledby="hotlines-heading"
      class="hotlines"
      aria-busy={country && !(cards && lines) ? 'true' : undefined}
    >
      <h2 id="hotlines-heading">{t('heading')}</h2>
      {!country && <p>{t('noCountry')}</p>}
      {country && cards && lines && <cards.FirstScreenLines lines={lines} />}
      {/* Below the lines, so it comes with them (`inPlace`: useHotlinesInPlace): it would move down under the pointer when they arrive. */}
      {inPlace && <CountrySelect country={country} onCountry={onCountry} />}
    </section>
  );
}

/**
 * Whether the first screen's help lines are in place, or cannot be (no country, or their data
 * failed to load). What comes after them is drawn only then, so nothing moves under the user's
 * pointer or finger when they arrive. Once true it stays true: a later switch of country does not
 * take the rest away while the new country's lines load.
 */
export function useHotlinesInPlace(country: string | null): boolean {
  const cards = useCards();
  const { lines, failed } = useCountryHotlinesState(country);
  return useOnceTrue(!country || failed || !!(cards && lines));
}

/** "All help lines": every other line of the country, grouped by need, with a filter box. */
export function OtherHotlines({ country }: { country: string | null }) {
  const t = useT(strings);
  const cards = useCards();
  const lines = useCountryHotlines(country);
  if (!country) return null;
  return (
    <PopupSection id="all-lines" title={t('others')}>
      {() => (cards && lines ? <cards.OtherLines lines={lines} /> : null)}
    </PopupSection>
  );
}

/** The country chooser: a searchable list of every country with lines (components/CountryPicker.tsx). */
export function CountrySelect({ country, onCountry }: Props) {
  const t = useT(strings);
  return (
    <div class="country">
      <CountryPicker
        label={t('country')}
        name="popup-country"
        value={country && isCountry(country) ? country : null}
        onChange={(c) => c && onCountry(c)}
      />
    </div>
  );
}
