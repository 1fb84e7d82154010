import { useEffect, useState } from 'preact/hooks';
import { loadedHotlines, loadHotlines, type CountryHotlines } from '@/utils/hotline-chunks';

/**
 * The help lines of `country` (its own chunk, utils/hotline-chunks.ts): null until they are loaded,
 * and never another country's lines, not even for one render after a switch. Loaded after the
 * first paint (in an effect); shown at once when the page has them already.
 */
export function useCountryHotlines(country: string | null): CountryHotlines | null {
  const [lines, setLines] = useState<CountryHotlines | null>(() => (country ? loadedHotlines(country) : null));
  useEffect(() => {
    if (!country) return;
    let live = true;
    loadHotlines(country).then(
      (loaded) => live && setLines(loaded),
      () => live && setLines(null),
    );
    return () => {
      live = false;
    };
  }, [country]);
  return lines && lines.country === country ? lines : country ? loadedHotlines(country) : null;
}
