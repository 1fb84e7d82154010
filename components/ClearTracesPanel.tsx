import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useAppName } from '@/components/discreet';
import { IS_DISCREET_BUILD } from '@/utils/discreet-build';
import { useT } from '@/components/lang';
import type { Strings } from '@/utils/i18n';
import { send } from '@/utils/messages';
import {
  CANNOT_REMOVE,
  FORGET_PERIODS,
  type CannotRemove,
  type CleanupReport,
  type ForgetPeriod,
  REPORT_KEY,
} from '@/utils/clear-traces';

type Failed = CleanupReport['failed'][number];

type Key =
  | 'intro'
  | 'signedOut'
  | 'periodLabel'
  | 'periodNone'
  | 'period15m'
  | 'period1h'
  | 'periodToday'
  | 'periodWarning'
  | 'permission'
  | 'button'
  | 'working'
  | 'reportTitle'
  | 'history'
  | 'downloads'
  | 'recentlyClosed'
  | 'siteData'
  | 'periodDone'
  | 'downloadsNotAllowed'
  | 'failed'
  | `failed-${Failed}`
  | 'cannotTitle'
  | `${CannotRemove}`
  | `${CannotRemove}Advice`;

const strings: Strings<Key> = {
  en: {
    intro:
      'Erases the sites you keep hidden from this browser’s history, cookies, saved site data, downloads list and Recently closed. Other history stays, so it doesn’t look emptied. Some traces stay: see below.',
    signedOut: 'You may be signed out of those sites. Downloaded files stay.',
    periodLabel: 'Also erase everything (all sites) from:',
    periodNone: 'No, only the sites I keep hidden (recommended)',
    period15m: 'the last 15 minutes',
    period1h: 'the last hour',
    periodToday: 'today',
    periodWarning:
      'Careful: this erases all history, cookies, cache and downloads of that time, from every site. You may be signed out of email or social media. An empty stretch of history can itself look suspicious to someone who checks.',
    permission:
      'The first time, the browser asks to let {name} see your downloads, so it can remove those sites from the list. Choose Allow. This window may close: open it again to see the result.',
    button: 'Clear traces now',
    working: 'Clearing…',
    reportTitle: 'Traces cleared',
    history: 'Pages removed from history: {count}',
    downloads: 'Entries removed from the downloads list: {count}',
    recentlyClosed: 'Entries removed from Recently closed: {count}',
    siteData: 'Cookies and saved site data cleared for {count} sites',
    periodDone: 'Everything from {period} was also erased.',
    downloadsNotAllowed: 'The downloads list was not checked: {name} was not allowed to see it.',
    failed: 'The browser refused part of the clean-up ({kinds}). Try again.',
    'failed-history': 'history',
    'failed-downloads': 'downloads list',
    'failed-recentlyClosed': 'Recently closed',
    'failed-siteData': 'cookies and saved site data',
    'failed-period': 'the chosen time',
    cannotTitle: 'What {name} cannot remove',
    sessionFile: 'The browser’s backup list of recent tabs keeps the addresses of tabs closed today.',
    sessionFileAdvice: 'When it is safe, close the browser completely and open it again, twice.',
    downloadedFiles: 'Downloaded files stay on the computer; only their entry in the list is removed.',
    downloadedFilesAdvice: 'Delete the files yourself from the Downloads folder, then empty the trash.',
    sync: 'History synced to your account may already be on your other devices.',
    syncAdvice: 'Turn off history sync, or open help sites in a private window.',
    spyware: 'Spying apps, keyloggers and screen recorders see everything you do.',
    spywareAdvice: 'If you think someone checks what you do, look for help from a device they never touch.',
    network: 'The router, the internet provider or a school or work network can log the sites visited.',
    networkAdvice: 'Use a network the other person does not control, like a library or a friend’s phone.',
    extension: 'Anyone who looks at the browser’s extensions can see that {listName} is installed.',
    extensionAdvice:
      'Discreet mode changes only the toolbar icon; the extensions list still shows “Quick Exit”. An advocate can install the “Notes” version instead.',
  },
  es: {
    intro:
      'Borra los sitios que quieres ocultar del historial de este navegador, de las cookies, de los datos guardados de sitios, de la lista de descargas y de Cerradas recientemente. El resto del historial se queda, para que no se vea vacío. Algunos rastros se quedan: míralos abajo.',
    signedOut: 'Puede que se cierre tu sesión en esos sitios. Los archivos descargados se quedan.',
    periodLabel: 'Borrar también todo (todos los sitios) de:',
    periodNone: 'No, solo los sitios que quiero ocultar (recomendado)',
    period15m: 'los últimos 15 minutos',
    period1h: 'la última hora',
    periodToday: 'hoy',
    periodWarning:
      'Cuidado: esto borra todo el historial, las cookies, la caché y las descargas de ese tiempo, de todos los sitios. Puede que se cierre tu sesión en el correo o en redes sociales. Un hueco vacío en el historial puede parecer sospechoso a quien lo revise.',
    permission:
      'La primera vez, el navegador pide que {name} pueda ver tus descargas, para quitar esos sitios de la lista. Elige Permitir. Esta ventana puede cerrarse: vuelve a abrirla para ver el resultado.',
    button: 'Borrar rastros ahora',
    working: 'Borrando…',
    reportTitle: 'Rastros borrados',
    history: 'Páginas quitadas del historial: {count}',
    downloads: 'Entradas quitadas de la lista de descargas: {count}',
    recentlyClosed: 'Entradas quitadas de Cerradas recientemente: {count}',
    siteData: 'Cookies y datos guardados borrados de {count} sitios',
    periodDone: 'También se borró todo lo de {period}.',
    downloadsNotAllowed: 'No se revisó la lista de descargas: {name} no tiene permiso para verla.',
    failed: 'El navegador rechazó parte de la limpieza ({kinds}). Inténtalo de nuevo.',
    'failed-history': 'historial',
    'failed-downloads': 'lista de descargas',
    'failed-recentlyClosed': 'Cerradas recientemente',
    'failed-siteData': 'cookies y datos guardados',
    'failed-period': 'el tiempo elegido',
    cannotTitle: 'Lo que {name} no puede borrar',
    sessionFile:
      'La lista de respaldo de pestañas recientes del navegador guarda las direcciones de las pestañas cerradas hoy.',
    sessionFileAdvice: 'Cuando sea seguro, cierra el navegador por completo y vuelve a abrirlo, dos veces.',
    downloadedFiles: 'Los archivos descargados se quedan en la computadora; solo se quita su entrada de la lista.',
    downloadedFilesAdvice: 'Borra tú los archivos de la carpeta Descargas y luego vacía la papelera.',
    sync: 'El historial sincronizado con tu cuenta puede estar ya en tus otros dispositivos.',
    syncAdvice: 'Desactiva la sincronización del historial o abre los sitios de ayuda en una ventana privada.',
    spyware: 'Las apps espía, los registradores de teclas y las grabadoras de pantalla ven todo lo que haces.',
    spywareAdvice:
      'Si crees que alguien revisa lo que haces, busca ayuda desde un dispositivo que esa persona nunca toque.',
    network:
      'El router, el proveedor de internet o la red de una escuela o trabajo pueden registrar los sitios visitados.',
    networkAdvice: 'Usa una red que la otra persona no controle, como una biblioteca o el teléfono de una amistad.',
    extension: 'Quien mire las extensiones del navegador puede ver que {listName} está instalada.',
    extensionAdvice:
      'El modo discreto solo cambia el ícono de la barra; la lista de extensiones sigue mostrando “Quick Exit”. Una persona de apoyo puede instalar la versión “Notas”.',
  },
  fr: {
    intro:
      'Efface les sites que vous gardez cachés de l’historique de ce navigateur, des témoins (cookies), des données de site enregistrées, de la liste des téléchargements et des onglets récemment fermés. Le reste de l’historique reste, pour qu’il n’ait pas l’air vidé. Certaines traces restent : voir plus bas.',
    signedOut: 'Vos sessions sur ces sites pourraient se fermer. Les fichiers téléchargés restent.',
    periodLabel: 'Effacer aussi tout (tous les sites) depuis :',
    periodNone: 'Non, seulement les sites que je garde cachés (recommandé)',
    period15m: 'les 15 dernières minutes',
    period1h: 'la dernière heure',
    periodToday: 'aujourd’hui',
    periodWarning:
      'Attention : cela efface tout l’historique, les témoins, le cache et les téléchargements de cette période, pour tous les sites. Vos sessions de courriel ou de réseaux sociaux pourraient se fermer. Un trou dans l’historique peut lui-même paraître suspect à quelqu’un qui vérifie.',
    permission:
      'La première fois, le navigateur demande de permettre à {name} de voir vos téléchargements, pour retirer ces sites de la liste. Choisissez Autoriser. Cette fenêtre pourrait se fermer : rouvrez-la pour voir le résultat.',
    button: 'Effacer les traces maintenant',
    working: 'Effacement…',
    reportTitle: 'Traces effacées',
    history: 'Pages retirées de l’historique : {count}',
    downloads: 'Entrées retirées de la liste des téléchargements : {count}',
    recentlyClosed: 'Entrées retirées des onglets récemment fermés : {count}',
    siteData: 'Témoins et données de site enregistrées effacés pour {count} sites',
    periodDone: 'Tout le contenu de cette période ({period}) a aussi été effacé.',
    downloadsNotAllowed:
      'La liste des téléchargements n’a pas été vérifiée : {name} n’avait pas la permission de la voir.',
    failed: 'Le navigateur a refusé une partie de l’effacement ({kinds}). Réessayez.',
    'failed-history': 'historique',
    'failed-downloads': 'liste des téléchargements',
    'failed-recentlyClosed': 'récemment fermés',
    'failed-siteData': 'témoins et données de site enregistrées',
    'failed-period': 'la période choisie',
    cannotTitle: 'Ce que {name} ne peut pas retirer',
    sessionFile:
      'La liste de secours des onglets récents du navigateur garde les adresses des onglets fermés aujourd’hui.',
    sessionFileAdvice: 'Quand c’est sans danger, fermez complètement le navigateur et rouvrez-le, deux fois.',
    downloadedFiles: 'Les fichiers téléchargés restent sur l’ordinateur; seule leur entrée dans la liste est retirée.',
    downloadedFilesAdvice: 'Supprimez vous-même les fichiers du dossier Téléchargements, puis videz la corbeille.',
    sync: 'L’historique synchronisé avec votre compte est peut-être déjà sur vos autres appareils.',
    syncAdvice: 'Désactivez la synchronisation de l’historique, ou ouvrez les sites d’aide dans une fenêtre privée.',
    spyware: 'Les applis espionnes, les enregistreurs de frappe et d’écran voient tout ce que vous faites.',
    spywareAdvice:
      'Si vous pensez que quelqu’un surveille ce que vous faites, cherchez de l’aide depuis un appareil que cette personne ne touche jamais.',
    network:
      'Le routeur, le fournisseur Internet ou le réseau d’une école ou d’un travail peuvent noter les sites visités.',
    networkAdvice:
      'Utilisez un réseau que l’autre personne ne contrôle pas, comme celui d’une bibliothèque ou le téléphone d’une amie ou d’un ami.',
    extension: 'Toute personne qui regarde les extensions du navigateur peut voir que {listName} est installée.',
    extensionAdvice:
      'Le mode discret change seulement l’icône de la barre d’outils; la liste des extensions affiche quand même « Quick Exit ». Une intervenante ou un intervenant peut plutôt installer la version « Notes ».',
  },
};

const PERIOD_KEY: Record<ForgetPeriod, Key> = { '15m': 'period15m', '1h': 'period1h', today: 'periodToday' };

/**
 * The popup's "Clear traces" section (the section gives the heading): what it erases and what
 * stays, the opt-in "erase everything from …", the button, and the report of that click. The
 * report is shown only in the popup where the button was pressed, right after it: an exit's
 * clean-up is never shown, and a later opening shows no report (it would announce an exit).
 */
export function ClearTracesPanel() {
  const t = useT(strings);
  const name = useAppName();
  // The name the browser's extensions list shows ("Notes" in the discreet build).
  const listName = browser.i18n.getMessage('extName') || 'Quick Exit';
  const [period, setPeriod] = useState<ForgetPeriod | ''>('');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<CleanupReport | null>(null);
  const [pressed, setPressed] = useState(false);

  useEffect(() => {
    if (!pressed) return;
    // The report can change after the click: the downloads list is cleared once permission is given.
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      const next = changes[REPORT_KEY]?.newValue as CleanupReport | undefined;
      if (next?.cause === 'button') setReport(next);
    };
    browser.storage.session.onChanged.addListener(onChanged);
    return () => browser.storage.session.onChanged.removeListener(onChanged);
  }, [pressed]);

  const clear = async () => {
    // Ask for the optional downloads permission inside the click (it needs a user gesture; when
    // already granted there is no prompt), but do not wait for the answer: the prompt can close
    // the popup. The background clears the downloads list when the permission arrives.
    void browser.permissions.request({ permissions: ['downloads'] }).catch(() => false);
    setPressed(true);
    setBusy(true);
    setReport(null);
    try {
      const r = await send('clear-traces', period ? { period } : {});
      setReport(r?.cause === 'exit' ? null : r);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="clear-traces">
      <p>{t('intro')}</p>
      <p>{t('signedOut')}</p>
      <details class="cannot">
        <summary>{t('cannotTitle', { name })}</summary>
        <ul>
          {CANNOT_REMOVE.map((k) => (
            <li key={k}>
              {t(k, { listName })}{' '}
              {/* The advice names "Quick Exit" in the list and the "Notes" version: not for the Notes build. */}
              {!(k === 'extension' && IS_DISCREET_BUILD) && <em>{t(`${k}Advice`)}</em>}
            </li>
          ))}
        </ul>
      </details>
      <label for="qe-traces-period">{t('periodLabel')}</label>{' '}
      <select
        id="qe-traces-period"
        value={period}
        aria-describedby={period ? 'qe-traces-warning' : undefined}
        onChange={(e) => setPeriod((e.target as HTMLSelectElement).value as ForgetPeriod | '')}
      >
        <option value="">{t('periodNone')}</option>
        {FORGET_PERIODS.map((p) => (
          <option key={p} value={p}>
            {t(PERIOD_KEY[p])}
          </option>
        ))}
      </select>
      {period && (
        <p id="qe-traces-warning" role="note">
          {t('periodWarning')}
        </p>
      )}
      <p class="note" id="qe-traces-permission">
        {t('permission', { name })}
      </p>
      <p>
        <button type="button" onClick={() => void clear()} disabled={busy} aria-describedby="qe-traces-permission">
          {t('button')}
        </button>
      </p>
      {/* A short live announcement; the full report follows for reading at one's own pace. */}
      <p role="status">{busy ? t('working') : report ? t('reportTitle') : ''}</p>
      {report && <Report report={report} t={t} name={name} />}
    </div>
  );
}

function Report({ report, t, name }: { report: CleanupReport; t: ReturnType<typeof useT<Key>>; name: string }) {
  const r = report.removed;
  return (
    <div>
      <h3 id="qe-report-title">{t('reportTitle')}</h3>
      <ul aria-labelledby="qe-report-title">
        <li>{t('history', { count: r.history })}</li>
        {!report.downloadsNotAllowed && <li>{t('downloads', { count: r.downloads })}</li>}
        <li>{t('recentlyClosed', { count: r.recentlyClosed })}</li>
        {r.siteData > 0 && <li>{t('siteData', { count: r.siteData })}</li>}
      </ul>
      {report.period && <p>{t('periodDone', { period: t(PERIOD_KEY[report.period]) })}</p>}
      {report.downloadsNotAllowed && <p>{t('downloadsNotAllowed', { name })}</p>}
      {report.failed.length > 0 && (
        <p role="alert">{t('failed', { kinds: report.failed.map((k) => t(`failed-${k}`)).join(', ') })}</p>
      )}
    </div>
  );
}
