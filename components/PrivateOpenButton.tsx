import { useState } from 'preact/hooks';
import { useT } from './lang';
import type { Strings } from '@/utils/i18n';
import { BUILD_BROWSER, extensionSettingsUrl } from '@/utils/incognito';
import { openPrivately } from '@/utils/private-open';
import { send } from '@/utils/messages';

type Key =
  | 'notAllowed'
  | 'offerNormal'
  | 'stepsChrome'
  | 'stepsFirefox'
  | 'openSettings'
  | 'unavailable'
  | 'openNormal'
  | 'refused'
  | 'failed';

const strings: Strings<Key> = {
  en: {
    notAllowed: 'Not opened: {name} is not turned on in private windows, so the panic keys would not work there.',
    offerNormal:
      'You can open the page in a normal tab instead: {name} erases its visits from History as they happen. The site may still leave cookies and cached files.',
    stepsChrome:
      'Or turn {name} on in private windows: on the extensions page, open its Details and turn on “Allow in Incognito”.',
    stepsFirefox:
      'Or turn {name} on in private windows: menu ☰ → Add-ons and themes → {name} → “Run in Private Windows”: Allow.',
    openSettings: 'Open the extensions page',
    unavailable:
      'The browser did not open a private window: a setting, or whoever manages this computer, may have turned private windows off. {name} can open the page in a normal tab instead and erase its visits from History as they happen. The site may still leave cookies and cached files.',
    openNormal: 'Open in a normal tab',
    refused: 'This address cannot be opened.',
    failed: 'It could not be opened.',
  },
  es: {
    notAllowed:
      'No se abrió: {name} no está activado en las ventanas privadas, así que allí las teclas de pánico no funcionarían.',
    offerNormal:
      'Puedes abrir la página en una pestaña normal: {name} borra sus visitas del historial a medida que ocurren. El sitio aún puede dejar cookies y archivos en caché.',
    stepsChrome:
      'O activa {name} en las ventanas privadas: en la página de extensiones, abre sus Detalles y activa “Permitir en modo incógnito”.',
    stepsFirefox:
      'O activa {name} en las ventanas privadas: menú ☰ → Complementos y temas → {name} → “Ejecutar en ventanas privadas”: Permitir.',
    openSettings: 'Abrir la página de extensiones',
    unavailable:
      'El navegador no abrió una ventana privada: una configuración, o quien administra esta computadora, puede haber desactivado las ventanas privadas. {name} puede abrir la página en una pestaña normal y borrar sus visitas del historial a medida que ocurren. El sitio aún puede dejar cookies y archivos en caché.',
    openNormal: 'Abrir en una pestaña normal',
    refused: 'Esta dirección no se puede abrir.',
    failed: 'No se pudo abrir.',
  },
  fr: {
    notAllowed:
      'Pas ouvert : {name} n’est pas activée dans les fenêtres privées, alors les touches de panique n’y fonctionneraient pas.',
    offerNormal:
      'Vous pouvez plutôt ouvrir la page dans un onglet normal : {name} efface ses visites de l’historique au fur et à mesure. Le site peut quand même laisser des témoins (cookies) et des fichiers en cache.',
    stepsChrome:
      'Ou activez {name} dans les fenêtres privées : sur la page des extensions, ouvrez ses Détails et activez « Autoriser en mode navigation privée ».',
    stepsFirefox:
      'Ou activez {name} dans les fenêtres privées : menu ☰ → Modules complémentaires et thèmes → {name} → « Exécution dans des fenêtres privées » : Autoriser.',
    openSettings: 'Ouvrir la page des extensions',
    unavailable:
      'Le navigateur n’a pas ouvert de fenêtre privée : un réglage, ou la personne qui gère cet ordinateur, les a peut-être désactivées. {name} peut ouvrir la page dans un onglet normal et effacer ses visites de l’historique au fur et à mesure. Le site peut quand même laisser des témoins (cookies) et des fichiers en cache.',
    openNormal: 'Ouvrir dans un onglet normal',
    refused: 'Cette adresse ne peut pas être ouverte.',
    failed: 'Impossible de l’ouvrir.',
  },
};

interface Props {
  url: string;
  /** The visible text of the button. */
  children: preact.ComponentChildren;
  /** Accessible name when the visible text is short ("Open" -> "Open My shelter privately"). */
  ariaLabel?: string;
  class?: string;
}

/**
 * A button that opens `url` in a private window (utils/private-open.ts). If Quick Exit may not run
 * in private windows, it opens nothing and says so at the click (the panic keys would not work
 * there), offering an ordinary tab whose visits the background erases, or the steps to allow it.
 * If private windows are off, it offers the same ordinary tab.
 */
export function PrivateOpenButton({ url, children, ariaLabel, class: cls }: Props) {
  const t = useT(strings);
  // The name the extensions list shows (neutral in the discreet build).
  const name = browser.i18n.getMessage('extName') || 'Quick Exit';
  const settingsUrl = extensionSettingsUrl(BUILD_BROWSER, browser.runtime.id);
  const [state, setState] = useState<'idle' | 'notAllowed' | 'unavailable' | 'refused' | 'failed'>('idle');
  const open = async () => {
    const result = await openPrivately(url);
    if (result === 'private-window') window.close();
    else setState(result === 'not-allowed' ? 'notAllowed' : result === 'refused' ? 'refused' : 'unavailable');
  };
  const openErased = async () => {
    const answer = await send('open-erased', { url }).catch(() => null);
    if (answer?.ok) window.close();
    else setState('failed');
  };
  return (
    <>
      <button type="button" class={cls} aria-label={ariaLabel} onClick={open}>
        {children}
      </button>
      {state !== 'idle' && (
        <div class="notice" role="status">
          <p>{t(state, { name })}</p>
          {state === 'notAllowed' && <p>{t('offerNormal', { name })}</p>}
          {(state === 'unavailable' || state === 'notAllowed') && (
            <button type="button" onClick={openErased}>
              {t('openNormal')}
            </button>
          )}
          {state === 'notAllowed' && (
            <p>
              {t(BUILD_BROWSER === 'firefox' ? 'stepsFirefox' : 'stepsChrome', { name })}{' '}
              {settingsUrl && (
                <button type="button" onClick={() => void browser.tabs.create({ url: settingsUrl })}>
                  {t('openSettings')}
                </button>
              )}
            </p>
          )}
        </div>
      )}
    </>
  );
}
