import { useEffect, useState } from 'preact/hooks';
import { IncognitoNotice } from '@/components/IncognitoNotice';
import { DiscreetGate, PractiseWord, useAppName, useDiscreet } from '@/components/discreet';
import { LangContext, useT } from '@/components/lang';
import { LANGS, resolveLang, type Lang, type Strings } from '@/utils/i18n';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings-schema';
import { getSettings, settingsItem } from '@/utils/settings';
import { Hotlines } from './Hotlines';
import { Practice } from './Practice';

type Key =
  | 'tabTitle'
  | 'language'
  | 'heading'
  | 'intro'
  | 'doesTitle'
  | 'does1'
  | 'does2'
  | 'does3'
  | 'doesSameSite'
  | 'doesWindow'
  | 'cannotTitle'
  | 'cannotIntro'
  | 'cannot1'
  | 'cannot2'
  | 'cannot3'
  | 'cannot4'
  | 'cannot5'
  | 'safetyTitle'
  | 'safety1'
  | 'safety2'
  | 'safety3'
  | 'privateTitle'
  | 'discreetTitle'
  | 'discreetText'
  | 'offline';

const strings: Strings<Key> = {
  en: {
    tabTitle: 'Welcome to {name}',
    language: 'Language',
    heading: 'Welcome to {name}',
    intro:
      'Quick Exit hides what you are reading in an instant when someone comes near. Take two minutes to practise here, so your hands know what to do when it matters.',
    doesTitle: 'What an exit does',
    does1: 'The page disappears at once, before anything else happens.',
    does2: 'The tab is replaced by an ordinary page ({decoy}), with nothing to go Back to.',
    does3:
      'Every page that tab showed is erased from history, from “Recently closed” and from the address bar’s suggestions. The rest of your history stays, so nothing looks wiped.',
    doesSameSite: 'Other open tabs of the same site close too.',
    doesWindow: 'Every other tab in the window closes too.',
    cannotTitle: 'What it cannot hide',
    cannotIntro: 'No browser extension can protect you from these. Please keep them in mind:',
    cannot1:
      'Spyware or tracking apps on this computer or your phone. They can record what you type and see. Abusers and traffickers use them.',
    cannot2:
      'History synced to other devices: if this browser is signed in, your visits may already be on another computer or phone.',
    cannot3:
      'The browser’s own “restore session” file keeps the last pages for a while; it is cleared after the browser has been closed and opened again (sometimes twice).',
    cannot4: 'Records kept by the network: the router, the internet provider, a workplace or school.',
    cannot5:
      'That this extension is installed: anyone who opens the browser’s extensions list can see it. Discreet mode (below) makes the toolbar icon look ordinary, not the list.',
    safetyTitle: 'Staying safer',
    safety1:
      'If this computer or your phone might be watched, look for help from a device the person hurting you cannot reach: a library computer, a friend’s, or a work computer.',
    safety2:
      'Call from a phone they do not control or check, and delete the call from the list if you must use your own.',
    safety3: 'If you are in danger right now, call the emergency number.',
    privateTitle: 'Private windows',
    discreetTitle: 'Look ordinary: discreet mode',
    discreetText:
      'In the options you can turn on discreet mode: the toolbar icon becomes a plain notepad named “Notes”, and nothing the extension shows while closed mentions what it is for.',
    offline: 'This page works offline. Quick Exit makes no network requests of its own and sends nothing anywhere.',
  },
  es: {
    tabTitle: 'Bienvenida a {name}',
    language: 'Idioma',
    heading: 'Bienvenida a {name}',
    intro:
      'Quick Exit oculta al instante lo que está leyendo cuando alguien se acerca. Tómese dos minutos para practicar aquí, así sus manos sabrán qué hacer cuando importe.',
    doesTitle: 'Qué hace una salida',
    does1: 'La página desaparece en el acto, antes que cualquier otra cosa.',
    does2: 'La pestaña se cambia por una página corriente ({decoy}), sin nada a lo que volver con «Atrás».',
    does3:
      'Todas las páginas que mostró esa pestaña se borran del historial, de «Cerradas recientemente» y de las sugerencias de la barra de direcciones. El resto del historial se queda, para que nada parezca borrado.',
    doesSameSite: 'Las demás pestañas abiertas del mismo sitio también se cierran.',
    doesWindow: 'Todas las demás pestañas de la ventana también se cierran.',
    cannotTitle: 'Lo que no puede ocultar',
    cannotIntro: 'Ninguna extensión del navegador puede protegerle de esto. Téngalo en cuenta:',
    cannot1:
      'Programas espía o de rastreo en esta computadora o en su teléfono. Pueden registrar lo que escribe y ve. Los agresores y los tratantes los usan.',
    cannot2:
      'El historial sincronizado con otros dispositivos: si este navegador tiene una cuenta iniciada, sus visitas pueden estar ya en otra computadora o teléfono.',
    cannot3:
      'El archivo de «restaurar sesión» del propio navegador guarda las últimas páginas un tiempo; se vacía después de cerrar y abrir el navegador (a veces dos veces).',
    cannot4: 'Los registros de la red: el router, el proveedor de internet, un trabajo o una escuela.',
    cannot5:
      'Que esta extensión está instalada: quien abra la lista de extensiones del navegador puede verla. El modo discreto (abajo) hace que el icono de la barra parezca corriente, no la lista.',
    safetyTitle: 'Más seguridad',
    safety1:
      'Si esta computadora o su teléfono pueden estar vigilados, busque ayuda desde un dispositivo al que no llegue quien le hace daño: una computadora de la biblioteca, la de una amistad o la del trabajo.',
    safety2:
      'Llame desde un teléfono que esa persona no controle ni revise, y borre la llamada de la lista si debe usar el suyo.',
    safety3: 'Si está en peligro ahora mismo, llame al número de emergencias.',
    privateTitle: 'Ventanas privadas',
    discreetTitle: 'Parecer corriente: el modo discreto',
    discreetText:
      'En las opciones puede activar el modo discreto: el icono de la barra se convierte en un bloc de notas llamado «Notas», y nada de lo que la extensión muestra cerrada dice para qué sirve.',
    offline:
      'Esta página funciona sin conexión. Quick Exit no hace conexiones de red propias ni envía nada a ningún sitio.',
  },
};

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function WelcomeBody({ settings, lang, setLang }: { settings: Settings; lang: Lang; setLang(l: Lang): void }) {
  const t = useT(strings);
  const name = useAppName();
  const discreet = useDiscreet();
  useEffect(() => {
    document.documentElement.lang = lang;
    // The tab title shows in the tab strip: neutral in discreet mode.
    document.title = discreet ? name : t('tabTitle', { name });
  }, [lang, name, discreet]);

  return (
    <main>
      <nav class="lang-switch" aria-label={t('language')}>
        {LANGS.map((l) => (
          <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => setLang(l)}>
            {l === 'en' ? 'English' : 'Español'}
          </button>
        ))}
      </nav>
      <h1>{t('heading', { name: 'Quick Exit' })}</h1>
      <p>{t('intro')}</p>

      <Practice settings={settings} />

      <section aria-labelledby="does-title">
        <h2 id="does-title">{t('doesTitle')}</h2>
        <ul>
          <li>{t('does1')}</li>
          <li>{t('does2', { decoy: hostOf(settings.decoyUrl) })}</li>
          <li>{t('does3')}</li>
          {settings.closeWholeWindow ? (
            <li>{t('doesWindow')}</li>
          ) : (
            settings.closeSameSiteTabs && <li>{t('doesSameSite')}</li>
          )}
        </ul>
      </section>

      <section aria-labelledby="cannot-title">
        <h2 id="cannot-title">{t('cannotTitle')}</h2>
        <p>{t('cannotIntro')}</p>
        <ul>
          <li>{t('cannot1')}</li>
          <li>{t('cannot2')}</li>
          <li>{t('cannot3')}</li>
          <li>{t('cannot4')}</li>
          <li>{t('cannot5')}</li>
        </ul>
      </section>

      <section aria-labelledby="safety-title">
        <h2 id="safety-title">{t('safetyTitle')}</h2>
        <ul>
          <li>{t('safety1')}</li>
          <li>{t('safety2')}</li>
          <li>{t('safety3')}</li>
        </ul>
      </section>

      <Hotlines initialCountry={settings.country} />

      <section aria-labelledby="private-title">
        <h2 id="private-title">{t('privateTitle')}</h2>
        <IncognitoNotice showWhenAllowed headingLevel={3} />
      </section>

      <section aria-labelledby="discreet-title">
        <h2 id="discreet-title">{t('discreetTitle')}</h2>
        <p>{t('discreetText')}</p>
        <PractiseWord />
      </section>

      <p class="note">{t('offline')}</p>
    </main>
  );
}

/** The welcome page: opened once on install, and from the popup. Follows the settings live. */
export function Welcome() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [lang, setLang] = useState<Lang | null>(null);
  useEffect(() => {
    void getSettings().then((s) => {
      setSettings(s);
      setLang((l) => l ?? resolveLang(s.language));
    });
    return settingsItem.watch(() => void getSettings().then(setSettings));
  }, []);
  if (!settings || !lang) return null;
  return (
    <LangContext.Provider value={lang}>
      <DiscreetGate settings={settings} page="welcome">
        <WelcomeBody settings={settings ?? DEFAULT_SETTINGS} lang={lang} setLang={setLang} />
      </DiscreetGate>
    </LangContext.Provider>
  );
}
