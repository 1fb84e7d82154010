import { useEffect, useState } from 'preact/hooks';
import { IncognitoNotice } from '@/components/IncognitoNotice';
import { PractiseWord, useAppName, useDiscreet } from '@/components/discreet';
import { DiscreetGate } from '@/components/DiscreetGate';
import { LangContext, useT } from '@/components/lang';
import { IS_DISCREET_BUILD } from '@/utils/discreet-build';
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
  | 'discreetList'
  | 'offline';

const strings: Strings<Key> = {
  en: {
    tabTitle: 'Welcome to {name}',
    language: 'Language',
    heading: 'Welcome to {name}',
    intro:
      '{name} lets you hide a page fast if someone comes near. Take two minutes to practice here. Then your hands will know what to do if you ever need it.',
    doesTitle: 'What an exit does',
    does1: 'The page disappears right away.',
    does2: 'The tab switches to an ordinary page ({decoy}). The Back button does not return to the page you left.',
    does3:
      'Every page that tab showed is erased from history (the list of pages you visited), from “Recently closed” and from the address bar’s suggestions. The rest of your history stays, so it does not look emptied.',
    doesSameSite: 'Other open tabs of the same site close too.',
    doesWindow: 'Every other tab in the window closes too.',
    cannotTitle: 'What it cannot hide',
    cannotIntro: 'No browser extension can protect you from these. It helps to keep them in mind:',
    cannot1:
      'Spying or tracking apps on this computer or your phone. They can record what you type and see. People who control others often use them.',
    cannot2:
      'History synced to other devices: if this browser is signed in to an account, your visits may already be on another computer or phone.',
    cannot3:
      'The browser’s backup list of recent tabs (used to bring them back after a crash) keeps the last pages for a while. It is cleared after the browser has been closed and opened again (sometimes twice).',
    cannot4: 'Records kept by the network: the router, the internet provider, a workplace or school.',
    cannot5:
      'That this extension is installed: anyone who opens the browser’s extensions list can see it. Discreet mode (below) changes only the toolbar icon, not the list.',
    safetyTitle: 'Staying safer',
    safety1:
      'If someone might check this computer or your phone, you could look for help from a device nobody else checks, like a library computer or a trusted friend’s phone.',
    safety2:
      'If you can, call from a phone that the person you are worried about does not control or check. If you use your own phone, you can delete the call from its call list.',
    safety3:
      'If you are in danger now and can call safely, the emergency number below can send help. You don’t have to call anyone before you’re ready.',
    privateTitle: 'Private windows',
    discreetTitle: 'Look ordinary: discreet mode',
    discreetText:
      'In the options you can turn on discreet mode. Only the toolbar icon and its name change: they become a plain notepad called “Notes”.',
    discreetList: 'The browser’s extensions list still shows “Quick Exit”.',
    offline:
      'This page works offline. {name} sends nothing about you anywhere. An exit only opens the ordinary page, like any visit to it.',
  },
  es: {
    tabTitle: 'Te damos la bienvenida a {name}',
    language: 'Idioma',
    heading: 'Te damos la bienvenida a {name}',
    intro:
      '{name} te permite ocultar una página rápido si alguien se acerca. Tómate dos minutos para practicar aquí, así tus manos sabrán qué hacer si algún día lo necesitas.',
    doesTitle: 'Qué hace una salida',
    does1: 'La página desaparece al instante.',
    does2: 'La pestaña cambia a una página común ({decoy}), y el botón Atrás no regresa a la página que dejaste.',
    does3:
      'Todas las páginas que mostró esa pestaña se borran del historial (la lista de páginas que visitaste), de “Cerradas recientemente” y de las sugerencias de la barra de direcciones. El resto del historial se queda, para que no parezca vaciado.',
    doesSameSite: 'Las demás pestañas abiertas del mismo sitio también se cierran.',
    doesWindow: 'Todas las demás pestañas de la ventana también se cierran.',
    cannotTitle: 'Lo que no puede ocultar',
    cannotIntro: 'Ninguna extensión del navegador te protege de esto. Conviene tenerlo en cuenta:',
    cannot1:
      'Apps espía o de rastreo en esta computadora o en tu celular. Pueden registrar lo que escribes y lo que ves. Quienes controlan a otras personas las usan con frecuencia.',
    cannot2:
      'El historial sincronizado con otros dispositivos: si este navegador tiene una cuenta iniciada, tus visitas pueden estar ya en otra computadora o celular.',
    cannot3:
      'La copia de las pestañas recientes que guarda el navegador (para recuperarlas si se cierra de golpe) conserva las últimas páginas un tiempo. Se vacía después de cerrar y abrir el navegador (a veces dos veces).',
    cannot4: 'Los registros de la red: el router, la compañía de internet, un lugar de trabajo o una escuela.',
    cannot5:
      'Que esta extensión está instalada: quien abra la lista de extensiones del navegador puede verla. El modo discreto (abajo) cambia solo el icono de la barra, no la lista.',
    safetyTitle: 'Más seguridad',
    safety1:
      'Si alguien podría revisar esta computadora o tu celular, puedes buscar ayuda desde un dispositivo que nadie más revise, como una computadora de la biblioteca o el celular de una persona de confianza.',
    safety2:
      'Si puedes, llama desde un teléfono que la persona que te preocupa no controle ni revise. Si usas tu propio celular, puedes borrar la llamada de la lista de llamadas.',
    safety3:
      'Si estás en peligro ahora y puedes llamar sin riesgo, el número de emergencias de abajo puede mandarte ayuda. No tienes que llamar a nadie hasta que tú lo decidas.',
    privateTitle: 'Ventanas privadas (incógnito)',
    discreetTitle: 'Que no llame la atención: el modo discreto',
    discreetText:
      'En las opciones puedes activar el modo discreto. Solo cambian el icono de la barra y su nombre: se vuelven un bloc de notas llamado “Notas”.',
    discreetList: 'La lista de extensiones del navegador sigue mostrando “Quick Exit”.',
    offline:
      'Esta página funciona sin conexión. {name} no envía nada sobre ti a ningún lado. Al salir solo se abre la página común, como cualquier visita a ella.',
  },
  fr: {
    tabTitle: 'Bienvenue dans {name}',
    language: 'Langue',
    heading: 'Bienvenue dans {name}',
    intro:
      '{name} vous permet de cacher une page vite si quelqu’un s’approche. Prenez deux minutes pour pratiquer ici. Ainsi, vos mains sauront quoi faire si jamais vous en avez besoin.',
    doesTitle: 'Ce que fait une sortie',
    does1: 'La page disparaît tout de suite.',
    does2:
      'L’onglet passe à une page ordinaire ({decoy}). Le bouton Précédent ne revient pas à la page que vous avez quittée.',
    does3:
      'Toutes les pages affichées dans cet onglet sont effacées de l’historique (la liste des pages que vous avez visitées), des onglets « récemment fermés » et des suggestions de la barre d’adresse. Le reste de votre historique reste, pour qu’il n’ait pas l’air vidé.',
    doesSameSite: 'Les autres onglets ouverts du même site se ferment aussi.',
    doesWindow: 'Tous les autres onglets de la fenêtre se ferment aussi.',
    cannotTitle: 'Ce qu’elle ne peut pas cacher',
    cannotIntro:
      'Aucune extension de navigateur ne peut vous protéger de ces choses. Il est utile de les garder en tête :',
    cannot1:
      'Les applis d’espionnage ou de suivi sur cet ordinateur ou sur votre téléphone. Elles peuvent enregistrer ce que vous tapez et voyez. Les personnes qui contrôlent les autres s’en servent souvent.',
    cannot2:
      'L’historique synchronisé avec d’autres appareils : si ce navigateur est connecté à un compte, vos visites sont peut-être déjà sur un autre ordinateur ou téléphone.',
    cannot3:
      'La liste de secours des onglets récents du navigateur (qui sert à les rouvrir après une panne) garde les dernières pages pendant un certain temps. Elle est vidée après que le navigateur a été fermé puis rouvert (parfois deux fois).',
    cannot4:
      'Les registres gardés par le réseau : le routeur, le fournisseur Internet, un lieu de travail ou une école.',
    cannot5:
      'Le fait que cette extension est installée : toute personne qui ouvre la liste des extensions du navigateur peut la voir. Le mode discret (plus bas) change seulement l’icône de la barre d’outils, pas la liste.',
    safetyTitle: 'Rester plus en sécurité',
    safety1:
      'Si quelqu’un pourrait vérifier cet ordinateur ou votre téléphone, vous pourriez chercher de l’aide depuis un appareil que personne d’autre ne vérifie, comme un ordinateur de bibliothèque ou le téléphone d’une personne de confiance.',
    safety2:
      'Si vous le pouvez, appelez d’un téléphone que la personne qui vous inquiète ne contrôle pas et ne vérifie pas. Si vous utilisez votre propre téléphone, vous pouvez effacer l’appel de sa liste d’appels.',
    safety3:
      'Si vous êtes en danger maintenant et pouvez appeler sans risque, le numéro d’urgence ci-dessous peut envoyer de l’aide. Vous n’avez à appeler personne avant d’être prêt ou prête.',
    privateTitle: 'Fenêtres privées',
    discreetTitle: 'Avoir l’air ordinaire : le mode discret',
    discreetText:
      'Dans les options, vous pouvez activer le mode discret. Seuls l’icône de la barre d’outils et son nom changent : ils deviennent un simple bloc-notes appelé « Notes ».',
    discreetList: 'La liste des extensions du navigateur affiche quand même « Quick Exit ».',
    offline:
      'Cette page fonctionne hors ligne. {name} n’envoie rien à votre sujet nulle part. Une sortie ouvre seulement la page ordinaire, comme n’importe quelle visite de cette page.',
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
            {l === 'en' ? 'English' : l === 'es' ? 'Español' : 'Français'}
          </button>
        ))}
      </nav>
      <h1>{t('heading', { name })}</h1>
      <p>{t('intro', { name })}</p>

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
        <p>
          {t('discreetText')} {!IS_DISCREET_BUILD && t('discreetList')}
        </p>
        <PractiseWord />
      </section>

      <p class="note">{t('offline', { name })}</p>
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
