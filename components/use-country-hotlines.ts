import { useEffect, useState } from 'preact/hooks';
import { loadedHotlines, loadHotlines, type CountryHotlines } from '@/utils/hotline-chunks';

/** The help lines of a country as a page draws them: the lines once loaded, and whether the load failed. */
export interface CountryHotlinesState {
  /** null until loaded (or after a failed load); never another country's lines. */
  lines: CountryHotlines | null;
  /** The country's chunk could not be loaded (the page shows what it can without the lines). */
  failed: boolean;
}

/**
 * The help lines of `country` (its own chunk, utils/hotline-chunks.ts): null until they are loaded,
 * and never another country's lines, not even for one render after a switch. Loaded after the
 * first paint (in an effect); shown at once when the page has them already.
 */
export function useCountryHotlines(country: string | null): CountryHotlines | null {
  return useCountryHotlinesState(country).lines;
}

/** `useCountryHotlines`, and whether the country's lines failed to load. */
export function useCountryHotlinesState(country: string | null): CountryHotlinesState {
  const [state, setState] = useState<{ country: string | null; lines: CountryHotlines | null; failed: boolean }>(
    () => ({ country, lines: country ? loadedHotlines(country) : null, failed: false }),
  );
  useEffect(() => {
    if (!country) return;
    let live = true;
    loadHotlines(country).then(
      (loaded) => live && setState({ country, lines: loaded, failed: false }),
      () => live && setState({ country, lines: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [country]);
  if (state.country === country)
    return { lines: state.lines ?? (country ? loadedHotlines(country) : null), failed: state.failed };
  return { lines: country ? loadedHotlines(country) : null, failed: false };
}
