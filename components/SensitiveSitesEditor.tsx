import { useEffect, useState } from 'preact/hooks';
import { useT } from '@/components/lang';
import type { Strings } from '@/utils/i18n';
import { send } from '@/utils/messages';
import type { SensitiveSitesList, SiteInputError } from '@/utils/sensitive-sites';

const strings: Strings<
  | 'title'
  | 'intro'
  | 'label'
  | 'add'
  | 'remove'
  | 'yours'
  | 'none'
  | 'builtIn'
  | 'hidden'
  | 'added'
  | 'removed'
  | SiteInputError
> = {
  en: {
    title: 'Sensitive sites',
    intro:
      'Visits to these sites are erased from history as they happen, their tabs close with an exit, and "Clear traces" removes everything they left. Sites you add are kept in memory only and forgotten when the browser closes.',
    label: 'Add a site (for example example.org)',
    add: 'Add site',
    remove: 'Remove {site}',
    yours: 'Your sites',
    none: 'You have not added any site.',
    builtIn: 'Hotline sites (built in): {count}',
    hidden:
      'Sites hidden by an exit this session: {count}. They are not listed, so nobody who opens this can read them.',
    added: '{site} added.',
    removed: '{site} removed.',
    empty: 'Type a site name first.',
    invalid: 'That is not a site name. Type something like example.org.',
    'too-broad': 'That name is too broad: it would erase almost all history. Type a full site name like example.org.',
  },
  es: {
    title: 'Sitios sensibles',
    intro:
      'Las visitas a estos sitios se borran del historial en el momento, sus pestañas se cierran con una salida y "Borrar rastros" elimina todo lo que dejaron. Los sitios que usted añade se guardan solo en memoria y se olvidan al cerrar el navegador.',
    label: 'Añadir un sitio (por ejemplo ejemplo.org)',
    add: 'Añadir sitio',
    remove: 'Quitar {site}',
    yours: 'Sus sitios',
    none: 'No ha añadido ningún sitio.',
    builtIn: 'Sitios de líneas de ayuda (incluidos): {count}',
    hidden:
      'Sitios ocultados por una salida en esta sesión: {count}. No se muestran, para que nadie que abra esto pueda leerlos.',
    added: '{site} añadido.',
    removed: '{site} quitado.',
    empty: 'Primero escriba el nombre de un sitio.',
    invalid: 'Eso no es el nombre de un sitio. Escriba algo como ejemplo.org.',
    'too-broad':
      'Ese nombre es demasiado amplio: borraría casi todo el historial. Escriba un nombre de sitio completo como ejemplo.org.',
  },
};

/**
 * The user's own sensitive sites (memory only, in the background's `storage.session`), with the
 * built-in hotline sites listed for reference, and only the number of sites hidden by exits.
 */
export function SensitiveSitesEditor() {
  const t = useT(strings);
  const [list, setList] = useState<SensitiveSitesList | null>(null);
  const [input, setInput] = useState('');
  const [error, setError] = useState<SiteInputError | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void send('sensitive-sites-get', {}).then(setList);
  }, []);

  const add = async (e: Event) => {
    e.preventDefault();
    const r = await send('sensitive-sites-add', { site: input });
    if (!r.ok) {
      setError(r.error);
      setStatus('');
      return;
    }
    setError(null);
    setInput('');
    setList(r.list);
    setStatus(t('added', { site: r.site }));
  };
  const remove = async (site: string) => {
    setList(await send('sensitive-sites-remove', { site }));
    setStatus(t('removed', { site }));
  };

  return (
    <section aria-labelledby="qe-sensitive-title">
      <h2 id="qe-sensitive-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <form onSubmit={add}>
        <label for="qe-sensitive-input">{t('label')}</label>
        <input
          id="qe-sensitive-input"
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          value={input}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'qe-sensitive-error' : undefined}
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
        />
        <button type="submit">{t('add')}</button>
        {error && (
          <p id="qe-sensitive-error" role="alert">
            {t(error)}
          </p>
        )}
      </form>
      <p role="status">{status}</p>
      <h3>{t('yours')}</h3>
      {list?.user.length ? (
        <ul aria-label={t('yours')}>
          {list.user.map((site) => (
            <li key={site}>
              {site}{' '}
              <button type="button" aria-label={t('remove', { site })} onClick={() => void remove(site)}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('none')}</p>
      )}
      {list && (
        <details>
          <summary>{t('builtIn', { count: list.builtIn.length })}</summary>
          <ul>
            {list.builtIn.map((site) => (
              <li key={site}>{site}</li>
            ))}
          </ul>
        </details>
      )}
      {/* Only a count: whoever opens the popup after an exit must not read where the user was. */}
      {list && list.hiddenByExit.length > 0 && <p>{t('hidden', { count: list.hiddenByExit.length })}</p>}
    </section>
  );
}
