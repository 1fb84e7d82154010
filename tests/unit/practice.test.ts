import { describe, expect, it, vi } from 'vitest';
import { PanicKeyDetector } from '@/utils/panic-key';
import { listenForPractice, PRACTICE_HIDDEN_MS, triggerNames } from '@/utils/practice';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';

describe('practice: the keys in words', () => {
  it('names the chosen keys in both languages', () => {
    expect(triggerNames({ doubleEscape: true, tripleShift: true, singleEscape: false }, 'en')).toEqual([
      'Escape twice',
      'Shift three times',
    ]);
    expect(triggerNames({ doubleEscape: true, tripleShift: false, singleEscape: true }, 'es')).toEqual([
      'Escape una vez',
    ]);
    expect(triggerNames({ doubleEscape: false, tripleShift: false, singleEscape: false }, 'en')).toEqual([]);
  });
});

describe('practice: listening on the welcome page', () => {
  function fakeWindow() {
    const listeners = new Map<string, (e: unknown) => void>();
    const doc = { title: 'Welcome', documentElement: null, querySelector: () => null };
    return {
      listeners,
      win: {
        document: doc,
        addEventListener: (t: string, l: (e: unknown) => void) => listeners.set(t, l),
        removeEventListener: (t: string) => listeners.delete(t),
        setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
      } as unknown as Window,
    };
  }
  let now = 0;
  const keyEvent = (type: string, name: string) =>
    ({
      type,
      key: name,
      repeat: false,
      isComposing: false,
      isTrusted: true,
      keyCode: 27,
      timeStamp: (now += 50),
      ctrlKey: false,
      altKey: false,
      metaKey: false,
      preventDefault() {},
      stopImmediatePropagation() {},
    }) as never;

  it('armed: the keys hide the page for a moment and count as practised; unarmed: a real exit', () => {
    vi.useFakeTimers();
    const { win, listeners } = fakeWindow();
    let armed = true;
    const onPractised = vi.fn();
    const onRealExit = vi.fn();
    const stop = listenForPractice(win, new PanicKeyDetector(DEFAULT_SETTINGS.triggers), {
      armed: () => armed,
      onPractised,
      onRealExit,
    });
    const press = () => {
      for (let i = 0; i < 2; i++) {
        listeners.get('keydown')!(keyEvent('keydown', 'Escape'));
        listeners.get('keyup')!(keyEvent('keyup', 'Escape'));
      }
    };
    press();
    expect(onPractised).not.toHaveBeenCalled();
    vi.advanceTimersByTime(PRACTICE_HIDDEN_MS);
    expect(onPractised).toHaveBeenCalledOnce();
    armed = false;
    press();
    expect(onRealExit).toHaveBeenCalledOnce();
    stop();
    expect(listeners.size).toBe(0);
    vi.useRealTimers();
  });
});
