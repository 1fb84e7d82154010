import type { TriggerSettings } from './settings-schema';

/** The fields of a KeyboardEvent the detector reads (a real KeyboardEvent fits). */
export interface KeyInput {
  type: string;
  key: string;
  /** Physical key: tells ShiftLeft from ShiftRight (empty on some virtual keyboards). */
  code: string;
  repeat: boolean;
  isComposing: boolean;
  isTrusted: boolean;
  keyCode: number;
  timeStamp: number;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** Escape presses must follow each other within this time to count as "twice". */
export const DOUBLE_ESCAPE_MS = 1000;
/**
 * Each Shift press must follow the previous one within this time. GOV.UK restarts a 5 s timer on
 * every press; we keep it shorter so that three stray capitals spread over a paragraph never add
 * up (each capital also resets the count, since another key goes down with Shift).
 */
export const SHIFT_PRESS_MS = 2000;

/**
 * Watches key events and says when the panic sequence is complete.
 *
 * Rules (see docs/DESIGN.md and GOV.UK "Exit this page"):
 * - Only trusted events: a page can dispatch synthetic keys, it must not be able to fire or
 *   block an exit by pretending. IME composition (`isComposing`, keyCode 229) never counts.
 * - Escape×2: two Escape keydowns within {@link DOUBLE_ESCAPE_MS}, no auto-repeat, no Ctrl/Alt/Meta;
 *   any other key in between starts over.
 * - Shift×3: a press counts when a Shift key goes down and comes up with no other key pressed
 *   meanwhile (so Shift used for a capital never counts); any other key resets; each press must
 *   come within {@link SHIFT_PRESS_MS} of the previous one. Left and right Shift are tracked apart
 *   (`event.code`), so overlapping presses count separately: left down, right down, left up, right
 *   up, left down and up is three presses (GOV.UK Frontend issue #5393 misses this one).
 * - Single Escape, when chosen, fires on the first Escape.
 */
export class PanicKeyDetector {
  // `#` fields: the content script's minifier renames these (not TypeScript's `private` ones),
  // which keeps it under its 4 kB (docs/PERFORMANCE.md).
  #lastEscape = -Infinity;
  #shiftCount = 0;
  #lastShift = -Infinity;
  /** Shift keys held down now, by `code`; true once another key went down meanwhile. */
  #shiftsHeld = new Map<string, boolean>();

  constructor(public triggers: TriggerSettings) {}

  /** Feeds one keydown or keyup event; returns true when this event completes the sequence. */
  handle(e: KeyInput): boolean {
    if (!e.isTrusted || e.isComposing || e.keyCode === 229) return false;
    const t = this.triggers;
    if (e.type === 'keydown') {
      if (e.key === 'Shift') {
        // A held Shift repeats (`repeat`) and counts once; the other Shift going down meanwhile
        // is a press of its own and spoils nothing.
        if (!e.repeat) this.#shiftsHeld.set(shiftId(e), false);
        return false;
      }
      // Any non-Shift key spoils the Shift presses in progress and the Shift count.
      for (const id of this.#shiftsHeld.keys()) this.#shiftsHeld.set(id, true);
      this.#shiftCount = 0;
      if (e.key !== 'Escape' || e.ctrlKey || e.altKey || e.metaKey) {
        this.#lastEscape = -Infinity;
        return false;
      }
      if (e.repeat) return false;
      if (t.singleEscape) return this.#fired();
      if (t.doubleEscape && e.timeStamp - this.#lastEscape <= DOUBLE_ESCAPE_MS) return this.#fired();
      this.#lastEscape = e.timeStamp;
      return false;
    }
    if (e.type === 'keyup' && e.key === 'Shift') {
      const id = shiftId(e);
      const clean = this.#shiftsHeld.get(id) === false;
      this.#shiftsHeld.delete(id);
      this.#lastEscape = -Infinity;
      if (!clean || !t.tripleShift) {
        this.#shiftCount = 0;
        return false;
      }
      this.#shiftCount = e.timeStamp - this.#lastShift <= SHIFT_PRESS_MS ? this.#shiftCount + 1 : 1;
      this.#lastShift = e.timeStamp;
      return this.#shiftCount >= 3 ? this.#fired() : false;
    }
    return false;
  }

  /** Forgets everything seen so far. */
  reset(): void {
    this.#lastEscape = -Infinity;
    this.#shiftCount = 0;
    this.#lastShift = -Infinity;
    this.#shiftsHeld.clear();
  }

  #fired(): true {
    this.reset();
    return true;
  }
}

/** Which Shift key: `ShiftLeft`, `ShiftRight`, or one id for both when the browser gives no code. */
const shiftId = (e: KeyInput) => e.code || 'Shift';
