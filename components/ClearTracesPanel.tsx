import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
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

type Key =
  | 'title'
  | 'intro'
  | 'periodLabel'
  | 'periodNone'
  | 'period15m'
  | 'period1h'
  | 'periodToday'
  | 'periodWarning'
  | 'button'
  | 'working'
  | 'reportTitleButton'
  | 'reportTitleExit'
  | 'history'
  | 'downloads'
  | 'recentlyClosed'
  | 'siteData'
  | 'periodDone'
  | 'downloadsNotAllowed'
  | 'failed'
  | 'cannotTitle'
  | `${CannotRemove}`
  | `${CannotRemove}Advice`;

const strings: Strings<Key> = {
  en: {
    title: 'Clear traces',
    intro:
      'Removes what visits to sensitive sites left in this browser: history (all time), cookies, site storage and cache, downloads-list entries and Recently closed. Other history stays, so nothing looks wiped.',
    periodLabel: 'Also forget everything from',
    periodNone: 'nothing more (recommended)',
    period15m: 'the last 15 minutes',
    period1h: 'the last hour',
    periodToday: 'today',
    periodWarning:
      'Careful: this removes all history, cookies, cache and downloads of that time, from every site. An empty stretch of history can itself look suspicious to someone who checks.',
    button: 'Clear traces now',
    working: 'Clearing…',
    reportTitleButton: 'Traces cleared',
    reportTitleExit: 'Last exit: traces cleared',
    history: 'Pages removed from history: {count}',
    downloads: 'Entries removed from the downloads list: {count}',
    recentlyClosed: 'Entries removed from Recently closed: {count}',
    siteData: 'Cookies, storage and cache cleared for {count} sensitive sites',
    periodDone: 'Everything from {period} was also removed.',
    downloadsNotAllowed: 'The downloads list was not checked: Quick Exit was not allowed to see it.',
    failed: 'The browser refused part of the clean-up ({kinds}). Try again.',
    cannotTitle: 'What Quick Exit cannot remove',
    sessionFile: "The browser's session-restore file keeps the addresses of tabs closed today.",
    sessionFileAdvice: 'When it is safe, close the browser completely and open it again, twice.',
    downloadedFiles: 'Downloaded files stay on the computer; only their entry in the list is removed.',
    downloadedFilesAdvice: 'Delete the files yourself from the Downloads folder, then empty the trash.',
    sync: 'History synced to your account may already be on your other devices.',
    syncAdvice: 'Turn off history sync, or open help sites in a private window.',
    spyware: 'Spyware, keyloggers and screen recorders see everything you do.',
    spywareAdvice: 'If you think you are watched, look for help from a device the other person never touches.',
    network: 'The router, the internet provider or a school or work network can log the sites visited.',
    networkAdvice: 'Use a network the other person does not control, like a library or a friend’s phone.',
    extension: 'Anyone who looks at the browser’s extensions can see that Quick Exit is installed.',
    extensionAdvice: 'Discreet mode gives it a plain name and icon; you can remove it when you no longer need it.',
  },
  es: {
    title: 'Borrar rastros',
    intro:
      'Elimina lo que las visitas a sitios sensibles dejaron en este navegador: el historial (de siempre), las cookies, el almacenamiento y la caché de esos sitios, sus entradas en la lista de descargas y en Cerradas recientemente. El resto del historial se queda, para que nada parezca borrado.',
    periodLabel: 'Olvidar también todo lo de',
    periodNone: 'nada más (recomendado)',
    period15m: 'los últimos 15 minutos',
    period1h: 'la última hora',
    periodToday: 'hoy',
    periodWarning:
      'Cuidado: esto elimina todo el historial, las cookies, la caché y las descargas de ese tiempo, de todos los sitios. Un hueco vacío en el historial puede parecer sospechoso a quien lo revise.',
    button: 'Borrar rastros ahora',
    working: 'Borrando…',
    reportTitleButton: 'Rastros borrados',
    reportTitleExit: 'Última salida: rastros borrados',
    history: 'Páginas eliminadas del historial: {count}',
    downloads: 'Entradas eliminadas de la lista de descargas: {count}',
    recentlyClosed: 'Entradas eliminadas de Cerradas recientemente: {count}',
    siteData: 'Cookies, almacenamiento y caché borrados de {count} sitios sensibles',
    periodDone: 'También se eliminó todo lo de {period}.',
    downloadsNotAllowed: 'No se revisó la lista de descargas: Quick Exit no tiene permiso para verla.',
    failed: 'El navegador rechazó parte de la limpieza ({kinds}). Inténtelo de nuevo.',
    cannotTitle: 'Lo que Quick Exit no puede borrar',
    sessionFile:
      'El archivo de restauración de sesión del navegador guarda las direcciones de las pestañas cerradas hoy.',
    sessionFileAdvice: 'Cuando sea seguro, cierre el navegador por completo y vuelva a abrirlo, dos veces.',
    downloadedFiles: 'Los archivos descargados se quedan en la computadora; solo se quita su entrada de la lista.',
    downloadedFilesAdvice: 'Borre usted los archivos de la carpeta Descargas y luego vacíe la papelera.',
    sync: 'El historial sincronizado con su cuenta puede estar ya en sus otros dispositivos.',
    syncAdvice: 'Desactive la sincronización del historial o abra los sitios de ayuda en una ventana privada.',
    spyware: 'El software espía, los registradores de teclas y las grabadoras de pantalla ven todo lo que hace.',
    spywareAdvice: 'Si cree que la vigilan, busque ayuda desde un dispositivo que la otra persona nunca toque.',
    network:
      'El router, el proveedor de internet o la red de una escuela o trabajo pueden registrar los sitios visitados.',
    networkAdvice: 'Use una red que la otra persona no controle, como una biblioteca o el teléfono de una amistad.',
    extension: 'Quien mire las extensiones del navegador puede ver que Quick Exit está instalado.',
    extensionAdvice: 'El modo discreto le da un nombre y un icono neutros; puede quitarlo cuando ya no lo necesite.',
  },
};

const PERIOD_KEY: Record<ForgetPeriod, Key> = { '15m': 'period15m', '1h': 'period1h', today: 'periodToday' };

/** The popup's "Clear traces" button, the opt-in "forget everything from …", and the report. */
export function ClearTracesPanel() {
  const t = useT(strings);
  const [period, setPeriod] = useState<ForgetPeriod | ''>('');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<CleanupReport | null>(null);

  useEffect(() => {
    void send('cleanup-report-get', {}).then(setReport);
    // The report can change after the click: the downloads list is cleared once permission is given.
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      if (changes[REPORT_KEY]?.newValue) setReport(changes[REPORT_KEY].newValue as CleanupReport);
    };
    browser.storage.session.onChanged.addListener(onChanged);
    return () => browser.storage.session.onChanged.removeListener(onChanged);
  }, []);

  const clear = async () => {
    // Ask for the optional downloads permission inside the click (it needs a user gesture; when
    // already granted there is no prompt), but do not wait for the answer: the prompt can close
    // the popup. The background clears the downloads list when the permission arrives.
    void browser.permissions.request({ permissions: ['downloads'] }).catch(() => false);
    setBusy(true);
    setReport(null);
    try {
      setReport(await send('clear-traces', period ? { period } : {}));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="qe-traces-title">
      <h2 id="qe-traces-title">{t('title')}</h2>
      <p>{t('intro')}</p>
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
      <p>
        <button type="button" onClick={() => void clear()} disabled={busy}>
          {t('button')}
        </button>
      </p>
      {/* A short live announcement; the full report follows for reading at one's own pace. */}
      <p role="status">
        {busy ? t('working') : report ? t(report.cause === 'exit' ? 'reportTitleExit' : 'reportTitleButton') : ''}
      </p>
      {report && <Report report={report} t={t} />}
    </section>
  );
}

function Report({ report, t }: { report: CleanupReport; t: ReturnType<typeof useT<Key>> }) {
  const r = report.removed;
  return (
    <div aria-labelledby="qe-report-title">
      <h3 id="qe-report-title">{t(report.cause === 'exit' ? 'reportTitleExit' : 'reportTitleButton')}</h3>
      <ul aria-label={t(report.cause === 'exit' ? 'reportTitleExit' : 'reportTitleButton')}>
        <li>{t('history', { count: r.history })}</li>
        {!report.downloadsNotAllowed && <li>{t('downloads', { count: r.downloads })}</li>}
        <li>{t('recentlyClosed', { count: r.recentlyClosed })}</li>
        {r.siteData > 0 && <li>{t('siteData', { count: r.siteData })}</li>}
      </ul>
      {report.period && <p>{t('periodDone', { period: t(PERIOD_KEY[report.period]) })}</p>}
      {report.downloadsNotAllowed && <p>{t('downloadsNotAllowed')}</p>}
      {report.failed.length > 0 && <p role="alert">{t('failed', { kinds: report.failed.join(', ') })}</p>}
      <h4 id="qe-cannot-title">{t('cannotTitle')}</h4>
      <ul aria-labelledby="qe-cannot-title">
        {CANNOT_REMOVE.map((k) => (
          <li key={k}>
            {t(k)} <em>{t(`${k}Advice`)}</em>
          </li>
        ))}
      </ul>
    </div>
  );
}
