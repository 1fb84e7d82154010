import { render } from 'preact';
import { browser } from 'wxt/browser';
import { IncognitoNotice } from '@/components/IncognitoNotice';
import { LangContext } from '@/components/lang';
import { UndoExit } from '@/components/UndoExit';
import { WelcomeLink } from '@/components/WelcomeLink';
import { resolveLang } from '@/utils/i18n';

/** Placeholder popup until the hotline popup lands: the first control is Exit now. */
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
        <WelcomeLink />
      </main>
    </LangContext.Provider>
  );
}

render(<Popup />, document.getElementById('app')!);
