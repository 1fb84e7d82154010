import { render } from 'preact';
import { browser } from 'wxt/browser';

/** Placeholder popup until the hotline popup lands: the first control is Exit now. */
function Popup() {
  const exitNow = async () => {
    const win = await browser.windows.getCurrent();
    await browser.runtime.sendMessage({ type: 'exit-now', windowId: win.id });
    window.close();
  };
  return (
    <main>
      <button type="button" autofocus onClick={exitNow}>
        Exit now
      </button>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
