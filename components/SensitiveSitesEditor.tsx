import { useEffect, useState } from 'preact/hooks';
import { useT } from '@/components/lang';
import type { Strings } from '@/utils/i18n';
import { send } from '@/utils/messages';
import type { SensitiveSitesList, SiteInputError } from '@/utils/sensitive-sites';
import { readSiteInput } from '@/utils/site-input';

const strings: Strings<
  | 'intro'
  | 'label'
  | 'add'
  | 'remove'
  | 'yours'
  | 'show'
  | 'hide'
  | 'none'
  | 'builtIn'
  | 'added'
  | 'removed'
  | SiteInputError
> = {
  en: {
    intro:
      'Visits to these sites are erased from history as they happen and their tabs close with an exit. “Clear traces” erases them from history, cookies and saved site data; some traces stay. The sites you add are kept in the browser’s memory only and forgotten when it closes.',
    label: 'Add a site (for example example.org)',
    add: 'Add site',
    remove: 'Remove {site}',
    yours: 'Your sites',
    show: 'Show your sites',
    hide: 'Hide your sites',
    none: 'You have not added any site.',
    builtIn: 'Help line sites (built in)',
    added: '{site} added.',
    removed: '{site} removed.',
    empty: 'Type a site name first.',
    invalid: 'That is not a site name. Type something like example.org.',
    'too-broad': 'That name is too broad: it would erase almost all history. Type a full site name like example.org.',
  },
  es: {
    intro:
      'Las visitas a estos sitios se borran del historial al instante y sus pestañas se cierran con una salida. “Borrar rastros” los borra del historial, de las cookies y de los datos guardados de sitios; algunos rastros se quedan. Los sitios que agregas se guardan solo en la memoria del navegador y se olvidan al cerrarlo.',
    label: 'Agregar un sitio (por ejemplo ejemplo.org)',
    add: 'Agregar sitio',
    remove: 'Quitar {site}',
    yours: 'Tus sitios',
    show: 'Mostrar tus sitios',
    hide: 'Ocultar tus sitios',
    none: 'No has agregado ningún sitio.',
    builtIn: 'Sitios de líneas de ayuda (incluidos)',
    added: '{site} agregado.',
    removed: '{site} quitado.',
    empty: 'Primero escribe el nombre de un sitio.',
    invalid: 'Eso no es el nombre de un sitio. Escribe algo como ejemplo.org.',
    'too-broad':
      'Ese nombre es demasiado amplio: borraría casi todo el historial. Escribe un nombre de sitio completo como ejemplo.org.',
  },
  fr: {
    intro:
      'Les visites de ces sites sont effacées de l’historique au fur et à mesure, et leurs onglets se ferment lors d’une sortie. « Effacer les traces » les efface de l’historique, des témoins (cookies) et des données de site enregistrées; certaines traces restent. Les sites que vous ajoutez sont gardés seulement dans la mémoire du navigateur et oubliés à sa fermeture.',
    label: 'Ajouter un site (par exemple example.org)',
    add: 'Ajouter le site',
    remove: 'Retirer {site}',
    yours: 'Vos sites',
    show: 'Afficher vos sites',
    hide: 'Masquer vos sites',
    none: 'Vous n’avez ajouté aucun site.',
    builtIn: 'Sites des lignes d’aide (inclus)',
    added: '{site} ajouté.',
    removed: '{site} retiré.',
    empty: 'Tapez d’abord un nom de site.',
    invalid: 'Ce n’est pas un nom de site. Tapez quelque chose comme example.org.',
    'too-broad':
      'Ce nom est trop large : il effacerait presque tout l’historique. Tapez un nom de site complet comme example.org.',
  },
};

/**
 * "Sites to keep hidden" (the popup's section gives the heading): the user's own sensitive sites
 * (memory only, in the background's `storage.session`), listed only after a deliberate "Show"
 * (no count in plain view: whoever opens the popup must not learn that there are any), and the
 * built-in help line sites for reference. Sites hidden by an exit are never shown or counted.
 */
export function SensitiveSitesEditor() {
  const t = useT(strings);
  const [list, setList] = useState<SensitiveSitesList | null>(null);
  const [input, setInput] = useState('');
  const [error, setError] = useState<SiteInputError | null>(null);
  const [status, setStatus] = useState('');
  const [shown, setShown] = useState(false);

  useEffect(() => {
    void send('sensitive-sites-get', {}).then(setList);
  }, []);

  const add = async (e: Event) => {
    e.preventDefault();
    // Public suffixes are refused here: the background's check has no Public Suffix List.
    const read = readSiteInput(input);
    const r = read.ok ? await send('sensitive-sites-add', { site: read.site }) : read;
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
    <div class="sensitive-sites">
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
      <button
        type="button"
        aria-expanded={shown ? 'true' : 'false'}
        aria-controls="qe-sensitive-yours"
        onClick={() => setShown(!shown)}
      >
        {t(shown ? 'hide' : 'show')}
      </button>
      <div id="qe-sensitive-yours" hidden={!shown}>
        {shown &&
          (list?.user.length ? (
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
          ))}
      </div>
      {list && (
        <details>
          <summary>{t('builtIn')}</summary>
          <ul>
            {list.builtIn.map((site) => (
              <li key={site}>{site}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
