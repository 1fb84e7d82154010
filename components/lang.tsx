import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translate, type Lang, type Strings } from '@/utils/i18n';

/** The UI language of the page (popup, options, welcome). Provided once at the page's root. */
export const LangContext = createContext<Lang>('en');

/** Returns `t(key, vars)` for a feature's strings in the current UI language. */
export function useT<K extends string>(strings: Strings<K>) {
  const lang = useContext(LangContext);
  return (key: K, vars?: Record<string, string | number>) => translate(strings, lang, key, vars);
}
