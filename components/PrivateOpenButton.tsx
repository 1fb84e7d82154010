import { useState } from 'preact/hooks';
import { useT } from './lang';
import type { Strings } from '@/utils/i18n';
import { openPrivately } from '@/utils/private-open';
import { send } from '@/utils/messages';

const strings: Strings<'unavailable' | 'openNormal' | 'refused' | 'failed'> = {
  en: {
    unavailable:
      'Quick Exit could not open a private window (they may be turned off on this computer). It can open the page in a normal tab and erase its visits from History as they happen. The site may still leave cookies and cached files.',
    openNormal: 'Open in a normal tab',
    refused: 'This address cannot be opened.',
    failed: 'It could not be opened.',
  },
  es: {
    unavailable:
      'Quick Exit no pudo abrir una ventana privada (puede que estén desactivadas en esta computadora). Puede abrir la página en una pestaña normal y borrar sus visitas del historial a medida que ocurren. El sitio aún puede dejar cookies y archivos en caché.',
    openNormal: 'Abrir en una pestaña normal',
    refused: 'Esta dirección no se puede abrir.',
    failed: 'No se pudo abrir.',
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
 * A button that opens `url` in a private window (utils/private-open.ts). If private windows are
 * off, it says so and offers an ordinary tab whose visits the background erases.
 */
export function PrivateOpenButton({ url, children, ariaLabel, class: cls }: Props) {
  const t = useT(strings);
  const [state, setState] = useState<'idle' | 'unavailable' | 'refused' | 'failed'>('idle');
  const open = async () => {
    const result = await openPrivately(url);
    if (result === 'private-window') window.close();
    else setState(result === 'refused' ? 'refused' : 'unavailable');
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
          <p>{t(state)}</p>
          {state === 'unavailable' && (
            <button type="button" onClick={openErased}>
              {t('openNormal')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
