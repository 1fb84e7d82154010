import { browser } from 'wxt/browser';
import { useContext, useEffect, useState } from 'preact/hooks';
import { DiscreetWordField, useAppName } from './discreet';
import { Field } from './Field';
import { inputErrorStrings } from './input-errors';
import { LanguageSwitch } from './LanguageSwitch';
import { LangContext, useT } from './lang';
import { CountryPicker } from './CountryPicker';
import { useExitShortcut } from './use-exit-shortcut';
import { DECOYS, decoysFor } from '@/utils/decoys';
import { IS_DISCREET_BUILD } from '@/utils/discreet-build';
import { BUILD_BROWSER } from '@/utils/incognito';
import { browserLocales, countryName, guessCountry, isCountry } from '@/utils/countries';
import type { Strings } from '@/utils/i18n';
import type { Settings } from '@/utils/settings-schema';
import { MAX_URL, checkWebUrl, type InputError } from '@/utils/validate';

const strings: Strings<
  | 'title'
  | 'intro'
  | 'decoy'
  | 'decoyHelp'
  | 'decoyOther'
  | 'decoyAddress'
  | 'useAddress'
  | 'keys'
  | 'keysHelp'
  | 'doubleEscape'
  | 'tripleShift'
  | 'singleEscape'
  | 'singleEscapeHelp'
  | 'shortcutSet'
  | 'shortcutNone'
  | 'shortcutLoading'
  | 'changeChrome'
  | 'changeFirefox'
  | 'keepOne'
  | 'closes'
  | 'closeSameSiteTabs'
  | 'closeWholeWindow'
  | 'toolbar'
  | 'oneClickToolbar'
  | 'oneClickHelp'
  | 'traces'
  | 'clearSiteDataOnExit'
  | 'clearSiteDataHelp'
  | 'eraseSensitiveAsVisited'
  | 'appearance'
  | 'country'
  | 'countryAuto'
  | 'discreet'
  | 'discreetHelp'
  | 'discreetList'
  | 'saved'
  | 'afterExit'
  | 'undoByPanicAgain'
  | 'undoByPanicAgainHelp'
  | 'forgetMyEntriesOnExit'
  | 'forgetMyEntriesOnExitHelp'
> = {
  en: {
    title: '{name} settings',
    intro:
      'These settings are saved in this browser, where anyone who uses it could open this page. They contain no numbers, pages or sites you visited.',
    decoy: 'Page shown after an exit',
    decoyHelp:
      'The tab you leave is replaced by this ordinary page. Until you pick one, it follows the language: BBC Weather in English, BBC News Mundo in Spanish.',
    decoyOther: 'Another page',
    decoyAddress: 'Address of another page',
    useAddress: 'Save this address',
    keys: 'Keys that exit',
    keysHelp:
      'They work on most web pages. They do nothing on the browser’s own pages (like a new tab or settings), in the address bar, or in private windows unless you allow it there. Choose at least one.',
    doubleEscape: 'Escape twice (within a second)',
    tripleShift: 'Shift three times',
    singleEscape: 'A single Escape',
    singleEscapeHelp: 'Many pages use Escape to close a window or menu: you may exit by mistake.',
    shortcutSet: 'The browser shortcut is {keys}. It also works on the browser’s own pages. {change}',
    shortcutNone: 'No browser shortcut is set. {change}',
    shortcutLoading: 'Reading the browser shortcut…',
    changeChrome: 'You can set or change it at chrome://extensions/shortcuts.',
    changeFirefox:
      'You can set or change it in Firefox: about:addons, then the gear menu, then “Manage Extension Shortcuts”.',
    keepOne: 'At least one key must stay on, so you can always exit from a page.',
    closes: 'What an exit closes',
    closeSameSiteTabs: 'Other open tabs of the same site, and of the sites you keep hidden',
    closeWholeWindow: 'The whole window, leaving only the ordinary page',
    toolbar: 'Toolbar button',
    oneClickToolbar: 'One click on the toolbar button exits at once',
    oneClickHelp: 'The toolbar button then no longer opens the help lines and your numbers.',
    traces: 'Traces',
    clearSiteDataOnExit:
      'On exit, also remove saved site data (cookies, sign-ins, cached files) of the site you leave and of the sites you keep hidden',
    clearSiteDataHelp: 'You may be signed out of those sites. In Firefox, the whole cache is emptied.',
    eraseSensitiveAsVisited: 'Erase visits to the sites you keep hidden from history as they happen',
    appearance: 'Country and language',
    country: 'Country for help lines',
    countryAuto: 'Guess from the browser language',
    discreet: 'Discreet mode',
    discreetHelp: 'Only the toolbar icon and its name change, to a notepad called “Notes”.',
    discreetList: 'The browser’s extensions list still shows “Quick Exit”.',
    // Issue 12 (undo, forget at exit): kept together so the wording can change in one place.
    afterExit: 'After an exit',
    undoByPanicAgain: 'Reopen the page by pressing the keys again',
    undoByPanicAgainHelp:
      'Off by default. When on, pressing the exit keys again on the page shown after an exit, within one minute, reopens the page you left: in a private window where {listName} is allowed, otherwise in a normal tab whose visits are erased. Nothing on screen shows that this is possible. Until then the page’s address is kept in memory only.',
    forgetMyEntriesOnExit: 'Forget my numbers and pages at every exit',
    forgetMyEntriesOnExitHelp: 'On by default, so whoever opens the menu after an exit does not find them.',
    saved: 'Saved.',
  },
  es: {
    title: 'Configuración de {name}',
    intro:
      'Esta configuración se guarda en este navegador, y cualquier persona que lo use podría abrir esta página. No incluye números, páginas ni sitios que visitaste.',
    decoy: 'Página que se muestra al salir',
    decoyHelp:
      'La pestaña que dejas se cambia por esta página común. Mientras no elijas una, sigue el idioma: BBC Weather en inglés, BBC News Mundo en español.',
    decoyOther: 'Otra página',
    decoyAddress: 'Dirección de otra página',
    useAddress: 'Guardar esta dirección',
    keys: 'Teclas para salir',
    keysHelp:
      'Funcionan en la mayoría de las páginas web. No hacen nada en las páginas propias del navegador (como una pestaña nueva o la configuración), en la barra de direcciones ni en ventanas privadas, salvo que lo permitas ahí. Elige al menos una.',
    doubleEscape: 'Escape dos veces (en un segundo)',
    tripleShift: 'Shift (la tecla de mayúsculas) tres veces',
    singleEscape: 'Un solo Escape',
    singleEscapeHelp: 'Muchas páginas usan Escape para cerrar una ventana o un menú: podrías salir sin querer.',
    shortcutSet: 'El atajo del navegador es {keys}. También funciona en las páginas propias del navegador. {change}',
    shortcutNone: 'No hay un atajo del navegador configurado. {change}',
    shortcutLoading: 'Leyendo el atajo del navegador…',
    changeChrome: 'Puedes ponerlo o cambiarlo en chrome://extensions/shortcuts.',
    changeFirefox:
      'Puedes ponerlo o cambiarlo en Firefox: about:addons, luego el menú del engranaje, luego la opción de atajos de extensiones.',
    keepOne: 'Al menos una tecla debe quedar activada, para que siempre puedas salir desde una página.',
    closes: 'Qué cierra una salida',
    closeSameSiteTabs: 'Otras pestañas abiertas del mismo sitio y de los sitios que quieres ocultar',
    closeWholeWindow: 'Toda la ventana, dejando solo la página común',
    toolbar: 'Botón de la barra',
    oneClickToolbar: 'Un clic en el botón de la barra sale al instante',
    oneClickHelp: 'Entonces el botón de la barra ya no abre las líneas de ayuda ni tus números.',
    traces: 'Rastros',
    clearSiteDataOnExit:
      'Al salir, borrar también los datos guardados (cookies, sesiones iniciadas, archivos en caché) del sitio que dejas y de los sitios que quieres ocultar',
    clearSiteDataHelp: 'Es posible que se cierre tu sesión en esos sitios. En Firefox se vacía toda la caché.',
    eraseSensitiveAsVisited: 'Borrar del historial las visitas a los sitios que quieres ocultar en cuanto ocurren',
    appearance: 'País e idioma',
    country: 'País para las líneas de ayuda',
    countryAuto: 'Adivinar según el idioma del navegador',
    discreet: 'Modo discreto',
    discreetHelp: 'Solo cambian el icono de la barra y su nombre, a un bloc llamado “Notas”.',
    discreetList: 'La lista de extensiones del navegador sigue mostrando “Quick Exit”.',
    afterExit: 'Después de salir',
    undoByPanicAgain: 'Volver a abrir la página presionando de nuevo las teclas',
    undoByPanicAgainHelp:
      'Desactivado al principio. Si lo activas, al presionar de nuevo las teclas de salida en la página que aparece después de salir, en menos de un minuto, la página que dejaste se vuelve a abrir: en una ventana privada si {listName} puede funcionar ahí; si no, en una pestaña normal cuyas visitas se borran. Nada en pantalla muestra que esto es posible. Mientras tanto, la dirección de la página se guarda solo en la memoria.',
    forgetMyEntriesOnExit: 'Olvidar mis números y páginas en cada salida',
    forgetMyEntriesOnExitHelp:
      'Activado al principio, para que quien abra el menú después de una salida no los encuentre.',
    saved: 'Guardado.',
  },
  fr: {
    title: 'Paramètres de {name}',
    intro:
      'Ces paramètres sont enregistrés dans ce navigateur, où toute personne qui l’utilise pourrait ouvrir cette page. Ils ne contiennent aucun numéro, aucune page ni aucun site que vous avez visité.',
    decoy: 'Page affichée après une sortie',
    decoyHelp:
      'L’onglet que vous quittez est remplacé par cette page ordinaire. Tant que vous n’en choisissez pas une, elle suit la langue : BBC Weather en anglais, BBC News Mundo en espagnol, Radio-Canada Météo en français.',
    decoyOther: 'Une autre page',
    decoyAddress: 'Adresse d’une autre page',
    useAddress: 'Enregistrer cette adresse',
    keys: 'Touches de sortie',
    keysHelp:
      'Elles fonctionnent sur la plupart des pages Web. Elles ne font rien sur les pages du navigateur lui-même (comme un nouvel onglet ou les paramètres), dans la barre d’adresse, ni dans les fenêtres privées, sauf si vous l’autorisez là. Choisissez-en au moins une.',
    doubleEscape: 'Échap deux fois (en moins d’une seconde)',
    tripleShift: 'Maj (Shift) trois fois',
    singleEscape: 'Échap une seule fois',
    singleEscapeHelp:
      'Beaucoup de pages utilisent Échap pour fermer une fenêtre ou un menu : vous pourriez sortir par erreur.',
    shortcutSet:
      'Le raccourci du navigateur est {keys}. Il fonctionne aussi sur les pages du navigateur lui-même. {change}',
    shortcutNone: 'Aucun raccourci du navigateur n’est défini. {change}',
    shortcutLoading: 'Lecture du raccourci du navigateur…',
    changeChrome: 'Vous pouvez le définir ou le changer à chrome://extensions/shortcuts.',
    changeFirefox:
      'Vous pouvez le définir ou le changer dans Firefox : about:addons, puis le menu en forme d’engrenage, puis « Gérer les raccourcis d’extensions ».',
    keepOne: 'Au moins une touche doit rester activée, pour que vous puissiez toujours sortir d’une page.',
    closes: 'Ce qu’une sortie ferme',
    closeSameSiteTabs: 'Les autres onglets ouverts du même site et des sites sensibles',
    closeWholeWindow: 'Toute la fenêtre, en ne laissant que la page ordinaire',
    toolbar: 'Bouton de la barre d’outils',
    oneClickToolbar: 'Un clic sur le bouton de la barre d’outils fait sortir tout de suite',
    oneClickHelp: 'Le bouton de la barre d’outils n’ouvre alors plus les lignes d’aide ni vos numéros.',
    traces: 'Traces',
    clearSiteDataOnExit:
      'À la sortie, retirer aussi les données de site enregistrées (témoins ou cookies, connexions, fichiers en cache) du site que vous quittez et de vos sites sensibles',
    clearSiteDataHelp: 'Vos sessions sur ces sites pourraient se fermer. Dans Firefox, tout le cache est vidé.',
    eraseSensitiveAsVisited: 'Effacer de l’historique les visites des sites sensibles au fur et à mesure',
    appearance: 'Pays et langue',
    country: 'Pays pour les lignes d’aide',
    countryAuto: 'Deviner d’après la langue du navigateur',
    discreet: 'Mode discret',
    discreetHelp: 'Seuls l’icône de la barre d’outils et son nom changent, pour un bloc-notes appelé « Notes ».',
    discreetList: 'La liste des extensions du navigateur affiche quand même « Quick Exit ».',
    // Issue 12 (undo, forget at exit): kept together so the wording can change in one place.
    afterExit: 'Après une sortie',
    undoByPanicAgain: 'Rouvrir la page en appuyant de nouveau sur les touches',
    undoByPanicAgainHelp:
      'Désactivé par défaut. Si activé, appuyer de nouveau sur les touches de sortie sur la page affichée après une sortie, dans la minute qui suit, rouvre la page que vous avez quittée : dans une fenêtre privée où {listName} est autorisée, sinon dans un onglet normal dont les visites sont effacées. Rien à l’écran n’indique que c’est possible. D’ici là, l’adresse de la page est gardée seulement en mémoire.',
    forgetMyEntriesOnExit: 'Oublier mes numéros et pages à chaque sortie',
    forgetMyEntriesOnExitHelp:
      'Activé par défaut, pour que la personne qui ouvre le menu après une sortie ne les trouve pas.',
    saved: 'Enregistré.',
  },
};

interface Props {
  settings: Settings;
  update: (patch: Partial<Settings>) => Promise<unknown>;
}

/**
 * Every setting of the options page. Each change is saved at once with `updateSettings`
 * (storage.local): only settings that reveal nothing about the user live there.
 */
export function OptionsForm({ settings, update }: Props) {
  const t = useT(strings);
  const lang = useContext(LangContext);
  const te = useT(inputErrorStrings);
  const name = useAppName();
  // The name the browser's extensions list shows, where private windows are allowed ("Notes" in the discreet build).
  const listName = browser.i18n.getMessage('extName') || 'Quick Exit';
  const shortcut = useExitShortcut();
  const change = t(BUILD_BROWSER === 'firefox' ? 'changeFirefox' : 'changeChrome');
  useEffect(() => {
    // The tab title shows in the tab strip: the neutral name in discreet mode.
    document.title = t('title', { name });
  }, [lang, name]);
  const [saved, setSaved] = useState(0);
  const save = async (patch: Partial<Settings>) => {
    await update(patch);
    setSaved((n) => n + 1);
  };
  const knownDecoy = DECOYS.find((d) => d.url === settings.decoyUrl);
  const [other, setOther] = useState(!knownDecoy);
  const [address, setAddress] = useState(knownDecoy ? '' : settings.decoyUrl);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!DECOYS.some((d) => d.url === settings.decoyUrl)) {
      setOther(true);
      setAddress(settings.decoyUrl);
    }
  }, [settings.decoyUrl]);
  const useAddress = async (e: Event) => {
    e.preventDefault();
    const checked = checkWebUrl(address);
    if (!checked.ok) return setError(te(checked.error as InputError));
    setError(null);
    setAddress(checked.value);
    await save({ decoyUrl: checked.value, decoyChosen: true });
  };
  const trig = settings.triggers;
  const [keepOne, setKeepOne] = useState(false);
  const setTrigger = (key: keyof Settings['triggers'], on: boolean) => {
    const next = { ...trig, [key]: on };
    // At least one key sequence stays on: an exit must always be possible from a page.
    const none = !next.doubleEscape && !next.tripleShift && !next.singleEscape;
    setKeepOne(none);
    if (none) return false;
    void save({ triggers: next });
    return true;
  };
  const guessed = guessCountry(browserLocales());
  /** The checkbox of one on/off setting, labelled by the string of the same name; saved as it changes. */
  const toggle = (key: OnOffSetting, help?: string) => (
    <Check label={t(key)} help={help} checked={settings[key]} onChange={(v) => void save({ [key]: v })} />
  );
  return (
    <main>
      <h1>{t('title', { name })}</h1>
      <p class="help">{t('intro')}</p>

      <fieldset>
        <legend>{t('decoy')}</legend>
        <p class="help">{t('decoyHelp')}</p>
        <div class="radio-list">
          {decoysFor(lang).map((d) => (
            <label class="check" key={d.id}>
              <input
                type="radio"
                name="decoy"
                checked={!other && settings.decoyUrl === d.url}
                onChange={() => {
                  setOther(false);
                  setError(null);
                  void save({ decoyUrl: d.url, decoyChosen: true });
                }}
              />
              <span lang={d.lang}>
                {d.label}{' '}
                <span class="help" dir="ltr">
                  ({new URL(d.url).hostname})
                </span>
              </span>
            </label>
          ))}
          <label class="check">
            <input type="radio" name="decoy" checked={other} onChange={() => setOther(true)} />
            <span>{t('decoyOther')}</span>
          </label>
        </div>
        {other && (
          <form class="row" onSubmit={useAddress} noValidate>
            <Field
              name="decoy-url"
              label={t('decoyAddress')}
              value={address}
              onInput={setAddress}
              maxChars={MAX_URL}
              tooLong={te('url-too-long')}
              error={error}
              type="url"
              inputMode="url"
              placeholder="https://"
            />
            <button type="submit" class="primary">
              {t('useAddress')}
            </button>
          </form>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('keys')}</legend>
        <p class="help">{t('keysHelp')}</p>
        <Check label={t('doubleEscape')} checked={trig.doubleEscape} onChange={(v) => setTrigger('doubleEscape', v)} />
        <Check label={t('tripleShift')} checked={trig.tripleShift} onChange={(v) => setTrigger('tripleShift', v)} />
        <Check
          label={t('singleEscape')}
          help={t('singleEscapeHelp')}
          checked={trig.singleEscape}
          onChange={(v) => setTrigger('singleEscape', v)}
        />
        {keepOne && (
          <p class="error" role="alert">
            {t('keepOne')}
          </p>
        )}
        <p class="help" data-testid="exit-shortcut">
          {shortcut === undefined
            ? t('shortcutLoading')
            : shortcut
              ? t('shortcutSet', { keys: shortcut, change })
              : t('shortcutNone', { change })}
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('closes')}</legend>
        {toggle('closeSameSiteTabs')}
        {toggle('closeWholeWindow')}
      </fieldset>

      <fieldset>
        <legend>{t('toolbar')}</legend>
        {toggle('oneClickToolbar', t('oneClickHelp'))}
        {toggle('discreet', IS_DISCREET_BUILD ? t('discreetHelp') : `${t('discreetHelp')} ${t('discreetList')}`)}
      </fieldset>

      <fieldset>
        <legend>{t('afterExit')}</legend>
        {toggle('forgetMyEntriesOnExit', t('forgetMyEntriesOnExitHelp'))}
        {toggle('undoByPanicAgain', t('undoByPanicAgainHelp', { listName }))}
      </fieldset>

      <DiscreetWordField />

      <fieldset>
        <legend>{t('traces')}</legend>
        {toggle('clearSiteDataOnExit', t('clearSiteDataHelp'))}
        {toggle('eraseSensitiveAsVisited')}
      </fieldset>

      <fieldset>
        <legend>{t('appearance')}</legend>
        <CountryPicker
          label={t('country')}
          value={isCountry(settings.country) ? settings.country : null}
          onChange={(country) => void save({ country })}
          autoLabel={t('countryAuto') + (guessed ? ` (${countryName(guessed, lang)})` : '')}
        />
        <p>
          <LanguageSwitch language={settings.language} onLanguage={(language) => void save({ language })} />
        </p>
      </fieldset>

      <p class="saved" role="status">
        {saved ? t('saved') : ''}
      </p>
    </main>
  );
}

/** The settings that are one checkbox each on this page (their label string has the same name). */
type OnOffSetting = Extract<
  keyof (typeof strings)['en'],
  { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings]
>;

/** A labelled checkbox; `onChange` may return false to refuse the change (the box flips back). */
function Check(p: { label: string; help?: string; checked: boolean; onChange: (v: boolean) => boolean | void }) {
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={p.checked}
        onChange={(e) => {
          const box = e.currentTarget;
          if (p.onChange(box.checked) === false) box.checked = !box.checked;
        }}
      />
      <span>
        {p.label}
        {p.help && (
          <>
            <br />
            <span class="help">{p.help}</span>
          </>
        )}
      </span>
    </label>
  );
}
