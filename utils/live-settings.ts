import { normalizeSettings, type Settings } from './settings-schema';

/**
 * The background's settings, read from storage once and then kept current by the one settings
 * watch, so an exit never waits for a storage read (a woken worker waits for the first one only).
 */
export class LiveSettings {
  private current: Settings | undefined;
  private loading: Promise<Settings> | null = null;

  constructor(private readonly read: () => Promise<Settings>) {}

  /** The settings, if read already; `undefined` right after a worker woke. */
  now(): Settings | undefined {
    return this.current;
  }

  /** The settings: from memory, or from storage the first time. */
  get(): Promise<Settings> {
    if (this.current) return Promise.resolve(this.current);
    this.loading ??= this.read().then(
      (s) => (this.current ??= s),
      (e: unknown) => {
        this.loading = null;
        throw e;
      },
    );
    return this.loading;
  }

  /** The settings item changed in storage (`raw` is its new value): returns the settings now. */
  changed(raw: unknown): Settings {
    this.current = normalizeSettings(raw);
    return this.current;
  }
}
