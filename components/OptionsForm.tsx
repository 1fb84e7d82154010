import { useContext, useEffect, useState } from 'preact/hooks';
import { DiscreetWordField } from './discreet';
import { Field } from './Field';
import { inputErrorStrings } from './input-errors';
import { LanguageSwitch } from './LanguageSwitch';
import { LangContext, useT } from './lang';
import { DECOYS } from '@/utils/decoys';
import { CountryPicker } from './CountryPicker';
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
  | 'shortcutHelp'
  | 'keepOne'
  | 'closes'
  | 'closeSameSiteTabs'
  | 'closeWholeWindow'
  | 'toolbar'
  | 'oneClickToolbar'
  | 'oneClickHelp'
  | 'traces'
  | 'clearSiteDataOnExit'
  | 'eraseSensitiveAsVisited'
  | 'appearance'
  | 'country'
  | 'countryAuto'
  | 'discreet'
  | 'discreetHelp'
  | 'saved'
  | 'afterExit'
  | 'undoByPanicAgain'
  | 'undoByPanicAgainHelp'
  | 'forgetMyEntriesOnExit'
  | 'forgetMyEntriesOnExitHelp'
> = {
  en: {
    title: 'Quick Exit settings',
    intro:
      'These settings are stored on this computer. They say nothing about you: no numbers, pages or sites you visit are kept here.',
    decoy: 'Page shown after an exit',
    decoyHelp: 'The hidden tab is replaced by this ordinary page.',
    decoyOther: 'Another page',
    decoyAddress: 'Address of another page',
    useAddress: 'Use this page',
    keys: 'Keys that exit',
    keysHelp: 'On any web page. Choose at least one.',
    doubleEscape: 'Escape twice (within a second)',
    tripleShift: 'Shift three times',
    singleEscape: 'A single Escape',
    singleEscapeHelp: 'Many pages use Escape to close a window or menu: you may exit by mistake.',
    shortcutHelp: 'The browser shortcut (Alt+Shift+Q) can be changed at chrome://extensions/shortcuts.',
    keepOne: 'At least one key must stay on, so you can always exit from a page.',
    closes: 'What an exit closes',
    closeSameSiteTabs: 'Other open tabs of the same site, and of sensitive sites',
    closeWholeWindow: 'The whole window, leaving only the ordinary page',
    toolbar: 'Toolbar button',
    oneClickToolbar: 'One click on the toolbar button exits at once',
    oneClickHelp: 'The toolbar button then no longer opens the help lines and your numbers.',
    traces: 'Traces',
    clearSiteDataOnExit: "On exit, also remove the hidden site's cookies, storage and cached files",
    eraseSensitiveAsVisited: 'Erase visits to sensitive sites from history as they happen',
    appearance: 'Country and language',
    country: 'Country for help lines',
    countryAuto: 'Guess from the browser language',
    discreet: 'Discreet mode',
    discreetHelp: 'A neutral toolbar icon and title.',
    // Issue 12 (undo, forget at exit): kept together so the wording can change in one place.
    afterExit: 'After an exit',
    undoByPanicAgain: 'Reopen the page by pressing the keys again',
    undoByPanicAgainHelp:
      'Off by default. When on, pressing the exit keys again on the page shown after an exit, within one minute, reopens the page you left, in a private window. Nothing on screen shows that this is possible. Until then the page’s address is kept in memory only.',
    forgetMyEntriesOnExit: 'Forget my numbers and pages at every exit',
    forgetMyEntriesOnExitHelp: 'On by default, so whoever opens the menu after an exit does not find them.',
    saved: 'Saved.',
  },
  es: {
    title: 'Configuración de Quick Exit',
    intro:
      'Esta configuración se guarda en esta computadora. No dice nada de ti: aquí no se guardan números, páginas ni sitios que visitas.',
    decoy: 'Página que se muestra al salir',
    decoyHelp: 'La pestaña oculta se reemplaza por esta página común.',
    decoyOther: 'Otra página',
    decoyAddress: 'Dirección de otra página',
    useAddress: 'Usar esta página',
    keys: 'Teclas para salir',
    keysHelp: 'En cualquier página web. Elige al menos una.',
    doubleEscape: 'Escape dos veces (en un segundo)',
    tripleShift: 'Mayús tres veces',
    singleEscape: 'Un solo Escape',
    singleEscapeHelp: 'Muchas páginas usan Escape para cerrar una ventana o un menú: podrías salir sin querer.',
    shortcutHelp: 'El atajo del navegador (Alt+Mayús+Q) se cambia en chrome://extensions/shortcuts.',
    keepOne: 'Al menos una tecla debe quedar activada, para que siempre puedas salir desde una página.',
    closes: 'Qué cierra una salida',
    closeSameSiteTabs: 'Otras pestañas abiertas del mismo sitio y de sitios sensibles',
    closeWholeWindow: 'Toda la ventana, dejando solo la página común',
    toolbar: 'Botón de la barra',
    oneClickToolbar: 'Un clic en el botón de la barra sale de inmediato',
    oneClickHelp: 'El botón de la barra ya no abrirá entonces las líneas de ayuda ni tus números.',
    traces: 'Rastros',
    clearSiteDataOnExit: 'Al salir, borrar también las cookies, el almacenamiento y la caché del sitio oculto',
    eraseSensitiveAsVisited: 'Borrar del historial las visitas a sitios sensibles a medida que ocurren',
    appearance: 'País e idioma',
    country: 'País para las líneas de ayuda',
    countryAuto: 'Adivinar según el idioma del navegador',
    discreet: 'Modo discreto',
    discreetHelp: 'Un icono y un título neutros en la barra.',
    afterExit: 'Después de salir',
    undoByPanicAgain: 'Volver a abrir la página pulsando de nuevo las teclas',
    undoByPanicAgainHelp:
      'Desactivado por defecto. Si lo activas, al pulsar de nuevo las teclas de salida en la página que aparece después de salir, en menos de un minuto, la página que dejaste se vuelve a abrir en una ventana privada. Nada en pantalla muestra que esto es posible. Mientras tanto, la dirección de la página se guarda solo en la memoria.',
    forgetMyEntriesOnExit: 'Olvidar mis números y páginas en cada salida',
    forgetMyEntriesOnExitHelp:
      'Activado por defecto, para que quien abra el menú después de una salida no los encuentre.',
    saved: 'Guardado.',
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
    await save({ decoyUrl: checked.value });
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
  return (
    <main>
      <h1>{t('title')}</h1>
      <p class="help">{t('intro')}</p>

      <fieldset>
        <legend>{t('decoy')}</legend>
        <p class="help">{t('decoyHelp')}</p>
        <div class="radio-list">
          {DECOYS.map((d) => (
            <label class="check" key={d.id}>
              <input
                type="radio"
                name="decoy"
                checked={!other && settings.decoyUrl === d.url}
                onChange={() => {
                  setOther(false);
                  setError(null);
                  void save({ decoyUrl: d.url });
                }}
              />
              <span>
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
        <p class="help">{t('shortcutHelp')}</p>
      </fieldset>

      <fieldset>
        <legend>{t('closes')}</legend>
        <Check
          label={t('closeSameSiteTabs')}
          checked={settings.closeSameSiteTabs}
          onChange={(v) => void save({ closeSameSiteTabs: v })}
        />
        <Check
          label={t('closeWholeWindow')}
          checked={settings.closeWholeWindow}
          onChange={(v) => void save({ closeWholeWindow: v })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('toolbar')}</legend>
        <Check
          label={t('oneClickToolbar')}
          help={t('oneClickHelp')}
          checked={settings.oneClickToolbar}
          onChange={(v) => void save({ oneClickToolbar: v })}
        />
        <Check
          label={t('discreet')}
          help={t('discreetHelp')}
          checked={settings.discreet}
          onChange={(v) => void save({ discreet: v })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('afterExit')}</legend>
        <Check
          label={t('forgetMyEntriesOnExit')}
          help={t('forgetMyEntriesOnExitHelp')}
          checked={settings.forgetMyEntriesOnExit}
          onChange={(v) => void save({ forgetMyEntriesOnExit: v })}
        />
        <Check
          label={t('undoByPanicAgain')}
          help={t('undoByPanicAgainHelp')}
          checked={settings.undoByPanicAgain}
          onChange={(v) => void save({ undoByPanicAgain: v })}
        />
      </fieldset>

      <DiscreetWordField />

      <fieldset>
        <legend>{t('traces')}</legend>
        <Check
          label={t('clearSiteDataOnExit')}
          checked={settings.clearSiteDataOnExit}
          onChange={(v) => void save({ clearSiteDataOnExit: v })}
        />
        <Check
          label={t('eraseSensitiveAsVisited')}
          checked={settings.eraseSensitiveAsVisited}
          onChange={(v) => void save({ eraseSensitiveAsVisited: v })}
        />
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
          <LanguageSwitch value={settings.language} onChange={(language) => void save({ language })} />
        </p>
      </fieldset>

      <p class="saved" role="status">
        {saved ? t('saved') : ''}
      </p>
    </main>
  );
}

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
