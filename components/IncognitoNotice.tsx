import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Strings } from '@/utils/i18n';
import { BUILD_BROWSER, extensionSettingsUrl, isAllowedInPrivate } from '@/utils/incognito';
import { useT } from './lang';

type Key = 'title' | 'why' | 'chrome1' | 'chromeOpen' | 'chrome2' | 'firefox1' | 'firefox2' | 'after' | 'allowed';

const strings: Strings<Key> = {
  en: {
    title: 'Turn it on in private windows',
    why: 'Right now {name} does not run in private (incognito) windows: there, the panic keys do nothing and it cannot close a private tab. Two steps:',
    chrome1: 'Open the extensions page and find {name}’s Details.',
    chromeOpen: 'Open it for me',
    chrome2: 'Turn on “Allow in Incognito”.',
    firefox1: 'Open the menu ☰ → Add-ons and themes (about:addons) and choose {name}.',
    firefox2: 'Under “Run in Private Windows”, choose Allow.',
    after: 'The browser reloads {name} when you change this; its open pages close.',
    allowed: '{name} also works in private windows.',
  },
  es: {
    title: 'Actívela en las ventanas privadas',
    why: 'Ahora {name} no funciona en las ventanas privadas (de incógnito): allí las teclas de pánico no hacen nada y no puede cerrar una pestaña privada. Dos pasos:',
    chrome1: 'Abra la página de extensiones y busque los Detalles de {name}.',
    chromeOpen: 'Abrirla',
    chrome2: 'Active «Permitir en modo incógnito».',
    firefox1: 'Abra el menú ☰ → Complementos y temas (about:addons) y elija {name}.',
    firefox2: 'En «Ejecutar en ventanas privadas», elija Permitir.',
    after: 'El navegador vuelve a cargar {name} al cambiar esto; sus páginas abiertas se cierran.',
    allowed: '{name} también funciona en las ventanas privadas.',
  },
};

/**
 * Explains, in two steps, how to let Quick Exit run in private windows, when it may not. Renders
 * nothing once it is allowed, unless `showWhenAllowed` (the welcome page confirms it). Checks
 * again whenever the page becomes visible, since the user changes it on another page.
 */
export function IncognitoNotice({
  showWhenAllowed = false,
  headingLevel = 2,
}: {
  showWhenAllowed?: boolean;
  /** The notice's heading level where it sits (2 in the popup, 3 under a section heading). */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const t = useT(strings);
  const [allowed, setAllowed] = useState<boolean | null>(null);

  useEffect(() => {
    let live = true;
    const check = () => void isAllowedInPrivate().then((a) => live && setAllowed(a));
    check();
    document.addEventListener('visibilitychange', check);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', check);
    };
  }, []);

  // The name the extensions list shows (neutral in the discreet build).
  const name = browser.i18n.getMessage('extName') || 'Quick Exit';
  if (allowed === null) return null;
  if (allowed)
    return showWhenAllowed ? (
      <p class="incognito-allowed" data-testid="incognito-allowed">
        {t('allowed', { name })}
      </p>
    ) : null;

  const settingsUrl = extensionSettingsUrl(BUILD_BROWSER, browser.runtime.id);
  return (
    <section class="incognito-notice" aria-labelledby="incognito-notice-title" data-testid="incognito-notice">
      <Heading id="incognito-notice-title">{t('title')}</Heading>
      <p>{t('why', { name })}</p>
      <ol>
        {BUILD_BROWSER === 'firefox' ? (
          <>
            <li>{t('firefox1', { name })}</li>
            <li>{t('firefox2')}</li>
          </>
        ) : (
          <>
            <li>
              {t('chrome1', { name })}{' '}
              {settingsUrl && (
                <button type="button" onClick={() => void browser.tabs.create({ url: settingsUrl })}>
                  {t('chromeOpen')}
                </button>
              )}
            </li>
            <li>{t('chrome2')}</li>
          </>
        )}
      </ol>
      <p class="note">{t('after', { name })}</p>
    </section>
  );
}
