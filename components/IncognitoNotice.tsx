import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Strings } from '@/utils/i18n';
import { BUILD_BROWSER, extensionSettingsUrl, isAllowedInPrivate } from '@/utils/incognito';
import { useT } from './lang';

type Key =
  | 'title'
  | 'short'
  | 'how'
  | 'why'
  | 'chrome1'
  | 'chromeOpen'
  | 'chrome2'
  | 'firefox1'
  | 'firefox2'
  | 'after'
  | 'allowed';

const strings: Strings<Key> = {
  en: {
    title: 'Turn it on in private windows',
    short: 'The panic keys don’t work yet in private windows, where chats and websites open.',
    how: 'Show me how',
    why: 'Right now {name} does not run in private (incognito) windows: there, the panic keys do nothing and it cannot close a private tab. To leave one fast, close the window (Ctrl+Shift+W). To turn it on, two steps:',
    chrome1: 'Open the extensions page and find {name}’s Details.',
    chromeOpen: 'Open the extensions page',
    chrome2: 'Turn on “Allow in Incognito”.',
    firefox1: 'Open the menu ☰ → Add-ons and themes (about:addons) and choose {name}.',
    firefox2: 'Under “Run in Private Windows”, choose Allow.',
    after: 'The browser reloads {name} when you change this. Its own pages close; your other tabs stay.',
    allowed: '{name} also works in private windows.',
  },
  es: {
    title: 'Actívala en las ventanas privadas',
    short: 'Las teclas de pánico todavía no funcionan en las ventanas privadas, donde se abren los chats y sitios web.',
    how: 'Muéstrame cómo',
    why: 'Ahora {name} no funciona en las ventanas privadas (de incógnito): allí las teclas de pánico no hacen nada y no puede cerrar una pestaña privada. Para salir rápido de una, cierra la ventana (Ctrl+Shift+W). Para activarla, dos pasos:',
    chrome1: 'Abre la página de extensiones y busca los Detalles de {name}.',
    chromeOpen: 'Abrir la página de extensiones',
    chrome2: 'Activa “Permitir en modo incógnito”.',
    firefox1: 'Abre el menú ☰ → Complementos y temas (about:addons) y elige {name}.',
    firefox2: 'En “Ejecutar en ventanas privadas”, elige Permitir.',
    after:
      'El navegador vuelve a cargar {name} al cambiar esto. Se cierran sus propias páginas; tus otras pestañas se quedan.',
    allowed: '{name} también funciona en las ventanas privadas.',
  },
  fr: {
    title: 'Activez-la dans les fenêtres privées',
    short:
      'Les touches de panique ne fonctionnent pas encore dans les fenêtres privées, où s’ouvrent les clavardages et les sites Web.',
    how: 'Me montrer comment',
    why: 'Pour l’instant, {name} ne fonctionne pas dans les fenêtres privées (navigation privée) : là, les touches de panique ne font rien et l’extension ne peut pas fermer un onglet privé. Pour en sortir vite, fermez la fenêtre (Ctrl+Maj+W). Pour l’activer, deux étapes :',
    chrome1: 'Ouvrez la page des extensions et trouvez les Détails de {name}.',
    chromeOpen: 'Ouvrir la page des extensions',
    chrome2: 'Activez « Autoriser en mode navigation privée ».',
    firefox1: 'Ouvrez le menu ☰ → Modules complémentaires et thèmes (about:addons) et choisissez {name}.',
    firefox2: 'Sous « Exécution dans des fenêtres privées », choisissez Autoriser.',
    after:
      'Le navigateur recharge {name} quand vous changez ce réglage. Ses propres pages se ferment; vos autres onglets restent.',
    allowed: '{name} fonctionne aussi dans les fenêtres privées.',
  },
};

/**
 * Explains, in two steps (in the popup: one line, the steps on demand), how to let Quick Exit run in private windows, when it may not. Renders
 * nothing once it is allowed, unless `showWhenAllowed` (the welcome page confirms it). Checks
 * again whenever the page becomes visible, since the user changes it on another page.
 */
export function IncognitoNotice({
  showWhenAllowed = false,
  headingLevel = 2,
  compact = false,
  known = null,
}: {
  showWhenAllowed?: boolean;
  /** The notice's heading level where it sits (2 in the popup, 3 under a section heading). */
  headingLevel?: 2 | 3;
  /** The popup's form: one line and "Show me how", the steps on demand. */
  compact?: boolean;
  /** The answer already known (`isAllowedInPrivate`), so the first render shows it; checked again when the page becomes visible. */
  known?: boolean | null;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const t = useT(strings);
  const [allowed, setAllowed] = useState<boolean | null>(known);
  const [open, setOpen] = useState(!compact);
  const heading = useRef<HTMLHeadingElement>(null);
  // "Show me how" is replaced by the steps: move the focus to their heading, not to the page's top.
  useEffect(() => {
    if (compact && open) heading.current?.focus();
  }, [open]);

  useEffect(() => {
    let live = true;
    const check = () => void isAllowedInPrivate().then((a) => live && setAllowed(a));
    if (known === null) check();
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
  if (compact && !open)
    return (
      <section class="incognito-notice compact" aria-label={t('title')} data-testid="incognito-notice">
        <p>
          {t('short')}{' '}
          <button type="button" class="link" aria-expanded="false" onClick={() => setOpen(true)}>
            {t('how')}
          </button>
        </p>
      </section>
    );
  return (
    <section class="incognito-notice" aria-labelledby="incognito-notice-title" data-testid="incognito-notice">
      <Heading id="incognito-notice-title" ref={heading} tabIndex={compact ? -1 : undefined}>
        {t('title')}
      </Heading>
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
