import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ClearTracesPanel } from '@/components/ClearTracesPanel';
import { IncognitoNotice } from '@/components/IncognitoNotice';
import { LangContext } from '@/components/lang';
import { SensitiveSitesEditor } from '@/components/SensitiveSitesEditor';
import { UndoExit } from '@/components/UndoExit';
import { WelcomeLink } from '@/components/WelcomeLink';
import { resolveLang } from '@/utils/i18n';

/**
 * Placeholder popup until the hotline popup lands: the first control is Exit now.
 * Issue 4 adds its two components here so its end-to-end tests can click them; the real popup
 * renders them the same way (`<ClearTracesPanel />`, `<SensitiveSitesEditor />` inside LangContext).
 */
function Popup() {
  const exitNow = async () => {
    const win = await browser.windows.getCurrent();
    await browser.runtime.sendMessage({ type: 'exit-now', windowId: win.id });
    window.close();
  };
  return (
    <LangContext.Provider value={resolveLang('auto')}>
      <main>
        <button type="button" autofocus onClick={exitNow}>
          Exit now
        </button>
        <UndoExit />
        <IncognitoNotice />
        <ClearTracesPanel />
        <SensitiveSitesEditor />
        <WelcomeLink />
      </main>
    </LangContext.Provider>
  );
}

render(<Popup />, document.getElementById('app')!);
