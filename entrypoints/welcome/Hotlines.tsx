import { useContext, useState } from 'preact/hooks';
import { LangContext, useT } from '@/components/lang';
import type { Strings } from '@/utils/i18n';
import { browserLocales, COUNTRIES, countryName } from '@/utils/countries';
import { briefHotlines, startCountry } from '@/utils/hotlines';

type Key =
  | 'title'
  | 'intro'
  | 'country'
  | 'call'
  | 'text'
  | 'textKeyword'
  | 'none'
  | 'more'
  | 'confidential'
  | 'emergency'
  | 'trafficking'
  | 'domestic-violence';

const strings: Strings<Key> = {
  en: {
    title: 'Hotlines',
    intro: 'Free, trained people to talk to. Call from a phone that is safe to use.',
    country: 'Country',
    call: 'Call {number}',
    text: 'Text {number}',
    textKeyword: 'Text {keyword} to {number}',
    none: 'No verified line for this country yet.',
    more: 'The toolbar button lists more lines (sexual assault, crisis, LGBTQ+, youth).',
    confidential: 'Before you share details, you can ask a hotline what it keeps confidential and what it may pass on.',
    emergency: 'Emergency',
    trafficking: 'Human trafficking',
    'domestic-violence': 'Domestic violence',
  },
  es: {
    title: 'Líneas de ayuda',
    intro: 'Personas formadas con quienes hablar, gratis. Llame desde un teléfono seguro.',
    country: 'País',
    call: 'Llamar al {number}',
    text: 'Enviar un mensaje al {number}',
    textKeyword: 'Enviar {keyword} al {number}',
    none: 'Todavía no hay una línea verificada para este país.',
    more: 'El botón de la barra muestra más líneas (agresión sexual, crisis, LGBTQ+, jóvenes).',
    confidential: 'Antes de dar detalles, puede preguntar a la línea qué mantiene confidencial y qué puede compartir.',
    emergency: 'Emergencias',
    trafficking: 'Trata de personas',
    'domestic-violence': 'Violencia doméstica',
  },
};

/** The welcome page's short hotline list: one country's emergency, trafficking and DV lines. */
export function Hotlines({ initialCountry }: { initialCountry: string | null }) {
  const t = useT(strings);
  const lang = useContext(LangContext);
  // No guess from the browser's languages: the United States, where the project started.
  const [country, setCountry] = useState<string>(() => startCountry(initialCountry, browserLocales()) ?? 'US');
  const lines = briefHotlines(country);
  return (
    <section aria-labelledby="hotlines-title" data-testid="hotlines">
      <h2 id="hotlines-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <label>
        {t('country')}
        <select value={country} onChange={(e) => setCountry((e.target as HTMLSelectElement).value)}>
          {COUNTRIES.map((c) => (
            <option key={c} value={c}>
              {countryName(c, lang)}
            </option>
          ))}
        </select>
      </label>
      {lines.length ? (
        <ul class="hotlines">
          {lines.map((l) => (
            <li key={l.id} data-hotline={l.id}>
              <strong>{t(l.briefTopic)}</strong>: {l.name}
              {l.open247 ? ' (24/7)' : ''}
              <br />
              <a class="number" href={l.callHref} aria-label={t('call', { number: l.phoneDisplay })}>
                {l.phoneDisplay}
              </a>
              {l.text && (
                <>
                  {' · '}
                  <a href={l.text.href}>
                    {l.text.keyword
                      ? t('textKeyword', { keyword: l.text.keyword, number: l.text.number })
                      : t('text', { number: l.text.number })}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('none')}</p>
      )}
      <p class="note">{t('confidential')}</p>
      <p class="note">{t('more')}</p>
    </section>
  );
}
