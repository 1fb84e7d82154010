import { storage, type WxtStorageItem } from 'wxt/utils/storage';

/**
 * State the background keeps in memory and mirrors to `storage.session` (memory only, never on
 * disk: docs/DESIGN.md), so that a service worker that was stopped still knows it when it wakes.
 * One pattern for every such key: load once, read synchronously after that, write every change in
 * order, say when a write failed.
 *
 * Each key is defined once, with `defineSessionKey`, in the module of the feature that owns it;
 * each owner holds one `SessionState` of it.
 */

/** One `storage.session` key: its name, and how to read what is stored under it. */
export interface SessionKeySpec<T> {
  /** The key in `storage.session`. */
  key: string;
  /** A new empty value: nothing stored yet (a fresh value each call: owners may change it in place). */
  empty(): T;
  /**
   * Reads what the store holds (an older shape, anything) as a value, dropping what does not fit.
   * Never called with `null`/`undefined`: nothing stored is `empty()`.
   */
  parse(stored: unknown): T;
  /**
   * Joins what an earlier life of the worker stored with what this one recorded before the load
   * finished. Without it: what was recorded, if anything was, else what was stored.
   */
  merge?(stored: T, recorded: T): T;
  /** What is written for a value; `null` or `undefined` removes the key. Without it: the value itself. */
  toStored?(value: T): unknown;
}

/** A defined key. Its `storage.defineItem` is made at first use (see `item`). */
export interface SessionKey<T> extends SessionKeySpec<T> {
  /**
   * The key's `storage.defineItem('session:…')`. Made at first use, not at import:
   * `@wxt-dev/storage` reads a key as soon as it is defined, and the popup imports some owners
   * (for their checks) without ever touching their state.
   */
  item(): WxtStorageItem<unknown, Record<string, never>>;
}

/** Defines a `storage.session` key (once per key, in the module of its owner). */
export function defineSessionKey<T>(spec: SessionKeySpec<T>): SessionKey<T> {
  let item: WxtStorageItem<unknown, Record<string, never>> | undefined;
  return {
    ...spec,
    item: () => (item ??= storage.defineItem<unknown>(`session:${spec.key}`)),
  };
}

/**
 * The memory copy of one key, mirrored to `storage.session`. Memory is authoritative: a write that
 * fails (quota, a stopping context) is logged and kept in `lastWriteError`, never thrown at the
 * caller, and the next change writes the whole value again.
 */
export class SessionState<T> {
  private current: T;
  private loading: Promise<void> | null = null;
  private recordedBeforeLoad = false;
  /** Counts the changes of this life (a read never overwrites one made while it ran). */
  private changes = 0;
  private isLoaded = false;
  private saving: Promise<void> = Promise.resolve();
  /** A write is queued and has not started yet: later changes ride along with it. */
  private writeQueued = false;
  /** The last write that failed, or null once one succeeds. */
  lastWriteError: unknown = null;

  constructor(
    private readonly key: SessionKey<T>,
    private readonly onWriteError: (error: unknown) => void = (e) =>
      console.error(`Quick Exit: ${key.key} not saved to storage.session`, e),
  ) {
    this.current = key.empty();
  }

  /**
   * The value: what was stored, joined with every change made in this life. Complete only once
   * `load()` has resolved; before that, only this life's changes.
   */
  get value(): T {
    return this.current;
  }

  /** Whether `load()` has finished (successfully or not). */
  get loaded(): boolean {
    return this.isLoaded;
  }

  /**
   * Reads what an earlier life of the service worker stored. Idempotent: one read per life. A
   * failed read leaves memory as it is. A stored value that does not parse at all is removed.
   */
  load(): Promise<void> {
    this.loading ??= this.read(true).finally(() => {
      this.isLoaded = true;
    });
    return this.loading;
  }

  /**
   * Reads the store again, after every write in flight, and returns the value: for a read that
   * must see the store itself, not this life's copy. A change made meanwhile wins over what is read.
   */
  async reload(): Promise<T> {
    // The first load of this life reads the store already.
    const loadedBefore = this.loading !== null;
    await this.load();
    await this.saving;
    if (loadedBefore) await this.read(false);
    return this.current;
  }

  /**
   * Replaces the value; it is written in order with every other change, after `load()` for a key
   * with a `merge` (without one, what was recorded wins anyway: the write does not wait).
   */
  set(value: T): void {
    this.current = value;
    this.changes++;
    if (!this.isLoaded) this.recordedBeforeLoad = true;
    this.queueWrite();
  }

  /** Changes the value (in place, or by returning a new one) and writes it like `set`. */
  update(change: (value: T) => T | void): void {
    const next = change(this.current);
    this.set(next === undefined ? this.current : next);
  }

  /** Back to empty: the key is removed from the store (when `toStored` of an empty value is null). */
  clear(): void {
    this.set(this.key.empty());
  }

  /** Resolves when every change so far is in the store, or has failed to be (`lastWriteError`). */
  flushed(): Promise<void> {
    return this.saving;
  }

  /** Reads the key into memory; `joining`: the first read of this life, joined with what was recorded before it. */
  private read(joining: boolean): Promise<void> {
    const changesBefore = this.changes;
    return this.key
      .item()
      .getValue()
      .then(
        (raw) => {
          const stored = raw === null || raw === undefined ? this.key.empty() : this.key.parse(raw);
          if (joining && this.recordedBeforeLoad) {
            if (this.key.merge) this.current = this.key.merge(stored, this.current);
          } else if (this.changes === changesBefore) this.current = stored;
          if (raw !== null && raw !== undefined && this.storedForm(this.current) == null) this.queueWrite();
        },
        (e: unknown) => console.error(`Quick Exit: ${this.key.key} not read from storage.session`, e),
      );
  }

  private storedForm(value: T): unknown {
    return this.key.toStored ? this.key.toStored(value) : value;
  }

  private queueWrite(): void {
    if (this.writeQueued) return;
    this.writeQueued = true;
    // After load() when stored and recorded values are joined: a write right after waking never
    // overwrites what was stored before.
    this.saving = this.saving
      .then(() => (this.key.merge ? this.load() : undefined))
      .then(() => {
        this.writeQueued = false;
        return this.write(this.storedForm(this.current));
      });
  }

  private async write(stored: unknown): Promise<void> {
    try {
      const item = this.key.item();
      if (stored === null || stored === undefined) await item.removeValue();
      else await item.setValue(stored);
      this.lastWriteError = null;
    } catch (e) {
      this.lastWriteError = e;
      this.onWriteError(e);
    }
  }
}
