import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { adoptFirstPaintPress, EXIT_NOW_LABELS } from './exit-now-first-paint';
import { exitNowFromPopup } from './exit-now-request';
import { useT } from './lang';
import { useExitShortcut } from './use-exit-shortcut';
import type { Strings } from '@/utils/i18n';
import type { TriggerSettings } from '@/utils/settings-schema';

const strings: Strings<'exitNow' | 'hint' | 'escTwice' | 'shiftThrice' | 'escOnce' | 'shortcut' | 'noPage'> = {
  en: {
    exitNow: EXIT_NOW_LABELS.en,
    hint: 'Closes this tab, opens an everyday page in its place, and erases the tab’s pages from history.',
    escTwice: 'On most web pages you can also press Esc twice.',
    shiftThrice: 'On most web pages you can also press Shift three times.',
    escOnce: 'On most web pages you can also press Esc.',
    shortcut: 'Or use the browser shortcut {keys}.',
    noPage: 'No page to close here.',
  },
  es: {
    exitNow: EXIT_NOW_LABELS.es,
    hint: 'Cierra esta pestaña, abre en su lugar una página común y borra del historial las páginas de la pestaña.',
    escTwice: 'En la mayoría de las páginas web también puedes presionar Esc dos veces.',
    shiftThrice: 'En la mayoría de las páginas web también puedes presionar Shift (la tecla de mayúsculas) tres veces.',
    escOnce: 'En la mayoría de las páginas web también puedes presionar Esc.',
    shortcut: 'O usa el atajo del navegador {keys}.',
    noPage: 'Aquí no hay ninguna página que cerrar.',
  },
  fr: {
    exitNow: EXIT_NOW_LABELS.fr,
    hint: 'Ferme cet onglet, ouvre une page ordinaire à sa place et efface de l’historique les pages de l’onglet.',
    escTwice: 'Sur la plupart des pages Web, vous pouvez aussi appuyer deux fois sur Échap.',
    shiftThrice: 'Sur la plupart des pages Web, vous pouvez aussi appuyer trois fois sur Maj (Shift).',
    escOnce: 'Sur la plupart des pages Web, vous pouvez aussi appuyer sur Échap.',
    shortcut: 'Ou utilisez le raccourci du navigateur {keys}.',
    noPage: 'Aucune page à fermer ici.',
  },
};

/**
 * The popup's first control. Painted and focused before the page's components load
 * (components/exit-now-first-paint.ts), so Enter right away exits; this component keeps that
 * button (the page's first render reuses it) and takes over its press. It asks the background to
 * exit the active tab of the popup's own window (components/exit-now-request.ts).
 */
export function ExitNowButton({ triggers }: { triggers: TriggerSettings }) {
  const t = useT(strings);
  const ref = useRef<HTMLButtonElement>(null);
  // The shortcut the browser really has (commands.getAll): none is named when none is set.
  const shortcut = useExitShortcut();
  const [noPage, setNoPage] = useState(false);
  // Before this render is painted (a layout effect): the press made on the painted button, if any,
  // is answered here; the focus goes to the button unless the user has moved on meanwhile.
  useLayoutEffect(() => {
    const { press, ownsButton } = adoptFirstPaintPress(ref.current);
    if (press) void press.then((ok) => setNoPage(!ok));
    if (!ownsButton || document.activeElement === document.body) ref.current?.focus();
  }, []);
  const exitNow = () => void exitNowFromPopup().then((ok) => setNoPage(!ok));
  return (
    <div class="exit">
      <button type="button" class="exit-now" ref={ref} autofocus onClick={exitNow} aria-describedby="exit-hint">
        {t('exitNow')}
      </button>
      <div role="status">{noPage && <p class="notice">{t('noPage')}</p>}</div>
      <p id="exit-hint" class="hint">
        {t('hint')}{' '}
        {triggers.singleEscape
          ? t('escOnce')
          : triggers.doubleEscape
            ? t('escTwice')
            : triggers.tripleShift
              ? t('shiftThrice')
              : ''}
        {shortcut && (
          <>
            {' '}
            <span data-testid="exit-shortcut">{t('shortcut', { keys: shortcut })}</span>
          </>
        )}
      </p>
    </div>
  );
}
