import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Strings } from '@/utils/i18n';
import {
  forgetHiddenPage,
  readHiddenPage,
  reopenHiddenPage,
  UNDO_KEY,
  UNDO_WINDOW_MS,
  type HiddenPage,
  type ReopenWhere,
} from '@/utils/undo';
import { useT } from './lang';

const strings: Strings<'intro' | 'reopen' | 'private' | 'forget' | 'historyNote' | 'privateOnly' | 'failed'> = {
  en: {
    intro: 'Hid a page by mistake? For one minute after an exit you can open it again.',
    reopen: 'Reopen the page I just hid',
    private: 'Reopen in a private window',
    forget: 'Forget it now',
    historyNote:
      'In a normal tab it can appear in this browser’s history again. A private window adds nothing to history.',
    privateOnly: 'It was in a private window, so it can only be reopened in one.',
    failed: 'It could not be opened (private windows may be turned off on this computer).',
  },
  es: {
    intro: '¿Ocultó una página por error? Durante un minuto después de salir puede abrirla de nuevo.',
    reopen: 'Volver a abrir la página que acabo de ocultar',
    private: 'Volver a abrirla en una ventana privada',
    forget: 'Olvidarla ahora',
    historyNote:
      'En una pestaña normal puede volver a aparecer en el historial de este navegador. Una ventana privada no deja nada en el historial.',
    privateOnly: 'Estaba en una ventana privada, así que solo puede volver a abrirse en una.',
    failed: 'No se pudo abrir (puede que las ventanas privadas estén desactivadas en este equipo).',
  },
};

/**
 * "Reopen the page I just hid": shown for 60 s after an exit, then gone. Self-contained (the popup
 * renders it with no props). The page's address is never shown: someone else may open the popup.
 */
export function UndoExit() {
  const t = useT(strings);
  const [page, setPage] = useState<HiddenPage | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    let expiry: ReturnType<typeof setTimeout> | undefined;
    const refresh = async () => {
      const found = await readHiddenPage();
      if (!live) return;
      setPage(found);
      clearTimeout(expiry);
      // Hide the offer the moment it expires, even with the popup left open.
      if (found) expiry = setTimeout(() => void refresh(), found.hiddenAt + UNDO_WINDOW_MS - Date.now() + 50);
    };
    void refresh();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && UNDO_KEY in changes) void refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      clearTimeout(expiry);
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  if (!page) return null;

  const reopen = async (where: ReopenWhere) => {
    setFailed(false);
    try {
      if (await reopenHiddenPage(where)) window.close();
      else setPage(await readHiddenPage());
    } catch {
      setFailed(true);
    }
  };

  return (
    <section class="undo-exit" aria-labelledby="undo-exit-intro">
      <p id="undo-exit-intro">{t('intro')}</p>
      {page.incognito ? (
        <p>{t('privateOnly')}</p>
      ) : (
        <button type="button" onClick={() => void reopen('tab')}>
          {t('reopen')}
        </button>
      )}{' '}
      <button type="button" onClick={() => void reopen('private')}>
        {t('private')}
      </button>{' '}
      <button type="button" onClick={() => void forgetHiddenPage().then(() => setPage(null))}>
        {t('forget')}
      </button>
      {!page.incognito && <p class="note">{t('historyNote')}</p>}
      {failed && <p role="alert">{t('failed')}</p>}
    </section>
  );
}
