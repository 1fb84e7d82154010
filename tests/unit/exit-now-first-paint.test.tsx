// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ExitNowButton } from '@/components/ExitNowButton';
import { adoptFirstPaintPress, paintExitNow } from '@/components/exit-now-first-paint';
import { LangContext } from '@/components/lang';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';

/**
 * The popup's first frame (components/exit-now-first-paint.ts): the heading and "Exit now" drawn
 * without the framework, focused, in the user's language, working at once; the page's components
 * then keep that very button and take over a press made before they were there.
 */

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
  vi.stubGlobal('chrome', fakeBrowser);
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 5 } as never);
  vi.spyOn(window, 'close').mockImplementation(() => {});
});
afterEach(() => {
  render(null, root);
  adoptFirstPaintPress(null);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('paintExitNow', () => {
  it('paints "Exit now" focused, in the language chosen in the settings', () => {
    const button = paintExitNow(root, { language: 'es', discreet: false });
    expect(button.textContent).toBe('Salir ahora');
    expect(button.matches('main > div.exit > button.exit-now[type=button]')).toBe(true);
    expect(document.activeElement).toBe(button);
    expect(document.documentElement.lang).toBe('es');
    expect(root.querySelector('h1')?.textContent).toBe('Quick Exit');
  });

  it('follows the browser language when the setting is auto', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-CA');
    expect(paintExitNow(root, { language: 'auto', discreet: false }).textContent).toBe('Sortir maintenant');
  });

  it('paints the notes view’s neutral "Close page" in discreet mode, and no product name', () => {
    const button = paintExitNow(root, { language: 'en', discreet: true });
    expect(button.className).toBe('close-page');
    expect(button.textContent).toBe('Close page');
    expect(root.querySelector('main.notes > h1')?.textContent).toBe('Notes');
    expect(root.textContent).not.toMatch(/exit|quick/i);
    expect(document.title).toBe('Notes');
  });

  it('sends the exit at once when pressed, once however often it is pressed', async () => {
    const asked = vi.fn();
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => (asked(m), Promise.resolve({ ok: true })));
    const button = paintExitNow(root, DEFAULT_SETTINGS);
    button.click();
    button.click();
    await vi.waitFor(() => expect(window.close).toHaveBeenCalledOnce());
    expect(asked).toHaveBeenCalledExactlyOnceWith({ type: 'exit-now', windowId: 5 });
  });
});

describe('the popup’s components take the painted button over', () => {
  const draw = () =>
    render(
      <LangContext.Provider value="en">
        <main>
          <h1 class="visually-hidden">Quick Exit</h1>
          <ExitNowButton triggers={DEFAULT_SETTINGS.triggers} />
        </main>
      </LangContext.Provider>,
      root,
    );

  it('keeps the same button, focused, and sends one request per press', async () => {
    const asked = vi.fn();
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => (asked(m), Promise.resolve({ ok: true })));
    const painted = paintExitNow(root, DEFAULT_SETTINGS);
    draw();
    expect(root.querySelectorAll('button.exit-now')).toHaveLength(1);
    expect(root.querySelector('button.exit-now')).toBe(painted);
    expect(document.activeElement).toBe(painted);
    expect(root.querySelector('#exit-hint')).not.toBeNull();
    painted.click();
    await vi.waitFor(() => expect(window.close).toHaveBeenCalledOnce());
    expect(asked).toHaveBeenCalledOnce();
  });

  it('says "No page to close here" for a press made before the components were there', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: false }));
    paintExitNow(root, DEFAULT_SETTINGS).click();
    draw();
    await vi.waitFor(() => expect(root.querySelector('[role=status]')?.textContent).toBe('No page to close here.'));
    expect(window.close).not.toHaveBeenCalled();
  });

  it('does not pull the focus back when the user has moved on', () => {
    paintExitNow(root, DEFAULT_SETTINGS);
    const elsewhere = document.body.appendChild(document.createElement('input'));
    elsewhere.focus();
    draw();
    expect(document.activeElement).toBe(elsewhere);
  });
});
