import { useContext, useState } from 'preact/hooks';
import { LangContext, useT } from '@/components/lang';
import { useCountryHotlines } from '@/components/use-country-hotlines';
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
  | 'open247'
  | 'none'
  | 'more'
  | 'confidential'
  | 'emergency'
  | 'emergencyName'
  | 'trafficking'
  | 'domestic-violence';

const strings: Strings<Key> = {
  en: {
    title: 'Help lines',
    intro:
      'Trained people you can talk to. Calls are free. You don’t have to call now. If you can, use a phone that is safe for you.',
    country: 'Country',
    call: 'Call {number}',
    text: 'Text {number}',
    textKeyword: 'Text {keyword} to {number}',
    open247: 'open 24 hours',
    none: 'No verified line for this country yet.',
    more: 'The toolbar button lists more lines (sexual violence, crisis, LGBTQ+, young people).',
    confidential: 'Before you share details, you can ask a line what it keeps private and what it may pass on.',
    emergency: 'Emergency',
    emergencyName: 'Emergency (police, fire, ambulance)',
    trafficking: 'Human trafficking',
    'domestic-violence': 'Domestic violence',
  },
  es: {
    title: 'Líneas de ayuda',
    intro:
      'Personas capacitadas con quienes puedes hablar. Las llamadas son gratis. No tienes que llamar ahora. Si puedes, usa un teléfono que sea seguro para ti.',
    country: 'País',
    call: 'Llamar al {number}',
    text: 'Mandar mensaje al {number}',
    textKeyword: 'Envía {keyword} al {number}',
    open247: 'abierta 24 horas',
    none: 'Todavía no hay una línea verificada para este país.',
    more: 'El botón de la barra muestra más líneas (violencia sexual, crisis, LGBTQ+, jóvenes).',
    confidential: 'Antes de dar detalles, puedes preguntar a la línea qué mantiene en privado y qué puede compartir.',
    emergency: 'Emergencias',
    emergencyName: 'Emergencias (policía, bomberos, ambulancia)',
    trafficking: 'Trata de personas',
    'domestic-violence': 'Violencia doméstica',
  },
  fr: {
    title: 'Lignes d’aide',
    intro:
      'Des personnes formées à qui vous pouvez parler. Les appels sont gratuits. Vous n’avez pas à appeler maintenant. Si vous le pouvez, utilisez un téléphone sûr pour vous.',
    country: 'Pays',
    call: 'Appeler le {number}',
    text: 'Texter le {number}',
    textKeyword: 'Textez {keyword} au {number}',
    open247: 'ouvert 24 h sur 24',
    none: 'Aucune ligne vérifiée pour ce pays pour l’instant.',
    more: 'Le bouton de la barre d’outils affiche d’autres lignes (violence sexuelle, crise, LGBTQ+, jeunes).',
    confidential:
      'Avant de donner des détails, vous pouvez demander à une ligne ce qu’elle garde confidentiel et ce qu’elle pourrait transmettre.',
    emergency: 'Urgence',
    emergencyName: 'Urgence (police, pompiers, ambulance)',
    trafficking: 'Traite de personnes',
    'domestic-violence': 'Violence conjugale et familiale',
  },
};

/** Lines whose own name is in Spanish (for screen readers' pronunciation); the others are English. */
const NAME_LANG: Record<string, string> = { 'mx-linea-nacional-contra-la-trata': 'es', 'mx-911': 'es' };

/** The welcome page's short hotline list: one country's emergency, trafficking and DV lines. */
export function Hotlines({ initialCountry }: { initialCountry: string | null }) {
  const t = useT(strings);
  const lang = useContext(LangContext);
  // No guess from the browser's languages: the United States, where the project started.
  const [country, setCountry] = useState<string>(() => startCountry(initialCountry, browserLocales()) ?? 'US');
  // The country's own chunk (utils/hotline-chunks.ts): null for a moment, and after a switch.
  const loaded = useCountryHotlines(country);
  const lines = loaded ? briefHotlines(country, loaded.records, lang) : [];
  const caveat = (id: string) => loaded?.notes[id]?.caveat?.[lang];
  return (
    <section aria-labelledby="hotlines-title" data-testid="hotlines" aria-busy={loaded ? undefined : 'true'}>
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
      {!loaded ? null : lines.length ? (
        <ul class="hotlines">
          {lines.map((l) => (
            <li key={l.id} data-hotline={l.id}>
              {/* Spanish and French name the topic, then the line's own name (a proper name, kept as
                  it is); an emergency number's "name" only says what it is, so it is said in the UI
                  language. */}
              {l.briefTopic === 'emergency' && lang !== 'en' ? (
                <strong>{t('emergencyName')}</strong>
              ) : (
                <>
                  <strong>{t(l.briefTopic)}</strong>: <span lang={NAME_LANG[l.id] ?? 'en'}>{l.name}</span>
                </>
              )}
              {l.open247 ? ` (${t('open247')})` : ''}
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
              {caveat(l.id) && <p class="note">{caveat(l.id)}</p>}
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
