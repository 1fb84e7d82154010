import { useLayoutEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useT } from './lang';
import type { Strings } from '@/utils/i18n';
import { send } from '@/utils/messages';
import type { TriggerSettings } from '@/utils/settings-schema';

const strings: Strings<'exitNow' | 'hint' | 'escTwice' | 'shiftThrice' | 'escOnce'> = {
  en: {
    exitNow: 'Exit now',
    hint: 'Hides this tab and erases its pages from history.',
    escTwice: 'On any page you can also press Esc twice.',
    shiftThrice: 'On any page you can also press Shift three times.',
    escOnce: 'On any page you can also press Esc.',
  },
  es: {
    exitNow: 'Salir ahora',
    hint: 'Oculta esta pestaña y borra sus páginas del historial.',
    escTwice: 'En cualquier página también puedes pulsar Esc dos veces.',
    shiftThrice: 'En cualquier página también puedes pulsar Mayús tres veces.',
    escOnce: 'En cualquier página también puedes pulsar Esc.',
  },
};

/**
 * The popup's first control. Focused as soon as the popup opens, so Enter right away exits. It
 * asks the background to exit the active tab of the popup's own window (`windows.getCurrent()`
 * is the window the toolbar popup belongs to).
 */
export function ExitNowButton({ triggers }: { triggers: TriggerSettings }) {
  const t = useT(strings);
  const ref = useRef<HTMLButtonElement>(null);
  // Before the first paint (a layout effect), so the first frame already shows the focus ring.
  useLayoutEffect(() => ref.current?.focus(), []);
  const exitNow = async () => {
    const win = await browser.windows.getCurrent().catch(() => undefined);
    await send('exit-now', { windowId: win?.id }).catch(() => {});
    window.close();
  };
  return (
    <div class="exit">
      <button type="button" class="exit-now" ref={ref} autofocus onClick={exitNow} aria-describedby="exit-hint">
        {t('exitNow')}
      </button>
      <p id="exit-hint" class="hint">
        {t('hint')}{' '}
        {triggers.singleEscape
          ? t('escOnce')
          : triggers.doubleEscape
            ? t('escTwice')
            : triggers.tripleShift
              ? t('shiftThrice')
              : ''}
      </p>
    </div>
  );
}
