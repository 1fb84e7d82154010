import { describe, expect, it } from 'vitest';
import { DOUBLE_ESCAPE_MS, PanicKeyDetector, SHIFT_PRESS_MS, type KeyInput } from '@/utils/panic-key';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';

let now = 0;
function key(type: 'keydown' | 'keyup', k: string, extra: Partial<KeyInput> = {}): KeyInput {
  now += extra.timeStamp ?? 50;
  return {
    type,
    key: k,
    code: k === 'Shift' ? 'ShiftLeft' : `Key${k.toUpperCase()}`,
    repeat: false,
    isComposing: false,
    isTrusted: true,
    keyCode: 0,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    ...extra,
    timeStamp: now,
  };
}
/** Feeds a list of events; returns the indexes at which the detector fired. */
function feed(d: PanicKeyDetector, events: KeyInput[]): number[] {
  return events.flatMap((e, i) => (d.handle(e) ? [i] : []));
}
const press = (k: string, extra: Partial<KeyInput> = {}) => [
  key('keydown', k, extra),
  key('keyup', k, extra.code === undefined ? {} : { code: extra.code }),
];
const left = { code: 'ShiftLeft' };
const right = { code: 'ShiftRight' };
const detector = (t: Partial<typeof DEFAULT_SETTINGS.triggers> = {}) =>
  new PanicKeyDetector({ ...DEFAULT_SETTINGS.triggers, ...t });

describe('Escape twice', () => {
  it('fires on the second Escape keydown within a second', () => {
    expect(feed(detector(), [...press('Escape'), ...press('Escape')])).toEqual([2]);
  });
  it('does not fire on one Escape', () => {
    expect(feed(detector(), press('Escape'))).toEqual([]);
  });
  it('does not fire when the presses are too far apart', () => {
    expect(feed(detector(), [...press('Escape'), ...press('Escape', { timeStamp: DOUBLE_ESCAPE_MS + 1 })])).toEqual([]);
  });
  it('another key in between starts over', () => {
    expect(feed(detector(), [...press('Escape'), ...press('a'), ...press('Escape')])).toEqual([]);
  });
  it('ignores auto-repeat of a held Escape', () => {
    expect(feed(detector(), [key('keydown', 'Escape'), key('keydown', 'Escape', { repeat: true })])).toEqual([]);
  });
  it('ignores Escape with Ctrl, Alt or Meta', () => {
    for (const mod of ['ctrlKey', 'altKey', 'metaKey'] as const)
      expect(feed(detector(), [...press('Escape', { [mod]: true }), ...press('Escape', { [mod]: true })])).toEqual([]);
  });
  it('can be turned off', () => {
    expect(feed(detector({ doubleEscape: false }), [...press('Escape'), ...press('Escape')])).toEqual([]);
  });
  it('fires on a single Escape when chosen', () => {
    expect(feed(detector({ singleEscape: true }), press('Escape'))).toEqual([0]);
  });
  it('starts over after firing', () => {
    expect(feed(detector(), [...press('Escape'), ...press('Escape'), ...press('Escape')])).toEqual([2]);
  });
});

describe('Shift three times', () => {
  it('fires on the third clean Shift release', () => {
    expect(feed(detector(), [...press('Shift'), ...press('Shift'), ...press('Shift')])).toEqual([5]);
  });
  it('counts left and right Shift alike (mixed)', () => {
    expect(feed(detector(), [...press('Shift', left), ...press('Shift', right), ...press('Shift', left)])).toEqual([5]);
  });
  it.each([
    ['left', left, right],
    ['right', right, left],
  ])(
    'counts overlapping left and right presses apart, %s released first (GOV.UK Frontend #5393)',
    (_, first, second) => {
      // Left down, right down before the left is up, both up, then left again: three presses.
      const overlapping = [
        key('keydown', 'Shift', left),
        key('keydown', 'Shift', right),
        key('keyup', 'Shift', first),
        key('keyup', 'Shift', second),
        ...press('Shift', left),
      ];
      expect(feed(detector(), overlapping)).toEqual([5]);
    },
  );
  it('a key typed while both Shifts are held spoils both presses', () => {
    const both = [
      key('keydown', 'Shift', left),
      key('keydown', 'Shift', right),
      key('keydown', 'A'),
      key('keyup', 'A'),
      key('keyup', 'Shift', left),
      key('keyup', 'Shift', right),
      ...press('Shift', left),
    ];
    expect(feed(detector(), both)).toEqual([]);
  });
  it('a held Shift that auto-repeats while the other is pressed still counts once', () => {
    const events = [
      key('keydown', 'Shift', left),
      key('keydown', 'Shift', { ...left, repeat: true }),
      key('keydown', 'Shift', right),
      key('keyup', 'Shift', right),
      key('keydown', 'Shift', { ...left, repeat: true }),
      key('keyup', 'Shift', left),
    ];
    // Two presses only (right, then left): no exit yet; a third press completes it.
    expect(feed(detector(), events)).toEqual([]);
    const d = detector();
    expect(feed(d, [...events, ...press('Shift', right)])).toEqual([7]);
  });
  it('a release with no code (virtual keyboard) still counts as one Shift', () => {
    const none = { code: '' };
    expect(feed(detector(), [...press('Shift', none), ...press('Shift', none), ...press('Shift', none)])).toEqual([5]);
  });
  it('a Shift release whose press was never seen (held before the page had focus) does not count', () => {
    expect(feed(detector(), [key('keyup', 'Shift'), ...press('Shift'), ...press('Shift')])).toEqual([]);
  });
  it('does not count Shift used for a capital', () => {
    const capital = [key('keydown', 'Shift'), key('keydown', 'H'), key('keyup', 'H'), key('keyup', 'Shift')];
    expect(feed(detector(), [...capital, ...capital, ...capital])).toEqual([]);
  });
  it('another key resets the count', () => {
    expect(feed(detector(), [...press('Shift'), ...press('Shift'), ...press('x'), ...press('Shift')])).toEqual([]);
  });
  it('a press too long after the previous one starts a new count', () => {
    // Events are stamped as they are built, so build them in order.
    const late = () => [key('keydown', 'Shift', { timeStamp: SHIFT_PRESS_MS + 1 }), key('keyup', 'Shift')];
    expect(feed(detector(), [...press('Shift'), ...press('Shift'), ...late()])).toEqual([]);
    expect(
      feed(detector(), [...press('Shift'), ...press('Shift'), ...late(), ...press('Shift'), ...press('Shift')]),
    ).toEqual([9]);
  });
  it('ignores auto-repeat while Shift is held', () => {
    const held = [key('keydown', 'Shift'), key('keydown', 'Shift', { repeat: true }), key('keyup', 'Shift')];
    expect(feed(detector(), [...held, ...held, ...held])).toEqual([5 + 3]);
  });
  it('can be turned off', () => {
    expect(feed(detector({ tripleShift: false }), [...press('Shift'), ...press('Shift'), ...press('Shift')])).toEqual(
      [],
    );
  });
});

describe('what never counts', () => {
  it('untrusted (page-made) events', () => {
    const fake = (t: 'keydown' | 'keyup', k: string) => key(t, k, { isTrusted: false });
    const events = [
      fake('keydown', 'Escape'),
      fake('keydown', 'Escape'),
      ...['Shift', 'Shift', 'Shift'].flatMap((k) => [fake('keydown', k), fake('keyup', k)]),
    ];
    expect(feed(detector(), events)).toEqual([]);
  });
  it('IME composition', () => {
    expect(
      feed(detector(), [...press('Escape', { isComposing: true }), ...press('Escape', { isComposing: true })]),
    ).toEqual([]);
    expect(feed(detector(), [...press('Escape', { keyCode: 229 }), ...press('Escape', { keyCode: 229 })])).toEqual([]);
  });
  it('typing "Hello World"', () => {
    const typed = [...'Hello World'].flatMap((c) =>
      c === c.toUpperCase() && c !== ' '
        ? [key('keydown', 'Shift'), key('keydown', c), key('keyup', c), key('keyup', 'Shift')]
        : press(c),
    );
    expect(feed(detector(), typed)).toEqual([]);
  });
});
