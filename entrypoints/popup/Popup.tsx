import { useEffect, useState } from 'preact/hooks';
import { DiscreetGate } from '@/components/DiscreetGate';
import { ExitNowButton } from '@/components/ExitNowButton';
import { HotlineList, OtherHotlines, useHotlinesInPlace } from '@/components/HotlineList';
import { LangContext, useT } from '@/components/lang';
import { lazyModule } from '@/components/lazy';
import { PopupSection } from '@/components/PopupSection';
import { useOnceTrue } from '@/components/use-once-true';
import { useSettings } from '@/components/use-settings';
import { browserLocales, guessCountry } from '@/utils/countries';
import { appName } from '@/utils/discreet-build';
import { resolveLang, type Lang, type Strings } from '@/utils/i18n';
import { isAllowedInPrivate } from '@/utils/incognito';
import type { Settings } from '@/utils/settings-schema';

const strings: Strings<'mine' | 'sites' | 'traces'> = {
  en: { mine: 'My numbers and pages', sites: 'Sites to keep hidden', traces: 'Clear traces' },
  es: { mine: 'Mis números y páginas', sites: 'Sitios que quieres ocultar', traces: 'Borrar rastros' },
  fr: { mine: 'Mes numéros et pages', sites: 'Sites à garder cachés', traces: 'Effacer les traces' },
};

// What the first frame does not show, loaded right after it: the private-window notice (drawn
// once the browser says whether Quick Exit may run there), the footer, and the closed sections.
// The first frame needs no extension API wrapper, no storage wrapper and no hotline data
// (`npm run bench`, popup section: "Popup JS before the first paint").
const useIncognitoNotice = lazyModule(() => import('@/components/IncognitoNotice'));
const usePopupFooter = lazyModule(() => import('@/components/PopupFooter'));
const useMyEntries = lazyModule(() => import('@/components/MyEntries'));
const useSitesEditor = lazyModule(() => import('@/components/SensitiveSitesEditor'));
const useTracesPanel = lazyModule(() => import('@/components/ClearTracesPanel'));

/** The page's name for screen readers: neutral ("Notes") in discreet mode. */
function PopupTitle({ discreet, lang }: { discreet: boolean; lang: Lang }) {
  const name = appName(discreet, lang);
  document.title = name;
  return <h1 class="visually-hidden">{name}</h1>;
}

/**
 * The toolbar popup, for someone who may have a minute alone. The first screen: "Exit now"
 * (focused), then the two or three help lines that matter most for the country with big Call /
 * Text / Chat. Everything else is one step away in closed sections: all help lines (grouped by
 * need, with a filter), the user's own numbers and pages (memory only), sites to keep hidden,
 * Clear traces; the footer holds the language, the settings and the practice exit.
 *
 * It says nothing about earlier exits: what it shows before an exit and after one is the same.
 * The discreet view may wrap it: it is the one component the page renders.
 */
export function Popup({ initial }: { initial: Settings }) {
  const [settings, update] = useSettings(initial);
  const lang = resolveLang(settings.language);
  document.documentElement.lang = lang;
  const country = settings.country ?? guessCountry(browserLocales());
  return (
    <LangContext.Provider value={lang}>
      {/* Discreet mode: a plain notes view until the user's word (components/discreet.tsx). */}
      <DiscreetGate settings={settings} page="popup">
        <PopupBody
          settings={settings}
          lang={lang}
          country={country}
          forgetOnExit={settings.forgetMyEntriesOnExit}
          onCountry={(c) => void update({ country: c })}
          onLanguage={(language) => void update({ language })}
        />
      </DiscreetGate>
    </LangContext.Provider>
  );
}

function PopupBody(p: {
  settings: Settings;
  lang: Lang;
  country: string | null;
  forgetOnExit: boolean;
  onCountry: (country: string) => void;
  onLanguage: (language: Settings['language']) => void;
}) {
  const t = useT(strings);
  const incognito = useIncognitoNotice();
  const footer = usePopupFooter();
  const mine = useMyEntries();
  const sites = useSitesEditor();
  const traces = useTracesPanel();
  const privateAllowed = usePrivateAllowed();
  // The rest comes once the first screen is complete (its lines, and the private-window line when
  // there is one), so nothing already on screen moves when they arrive.
  const linesInPlace = useHotlinesInPlace(p.country);
  const rest = useOnceTrue(linesInPlace && !!incognito && privateAllowed !== null);
  return (
    <>
      <main>
        <PopupTitle discreet={p.settings.discreet} lang={p.lang} />
        <ExitNowButton triggers={p.settings.triggers} />
        <HotlineList country={p.country} onCountry={p.onCountry} inPlace={linesInPlace} />
        {rest && (
          <>
            {incognito && <incognito.IncognitoNotice compact known={privateAllowed} />}
            <OtherHotlines country={p.country} />
            <PopupSection id="mine" title={t('mine')}>
              {() => mine && <mine.MyEntries forgetOnExit={p.forgetOnExit} />}
            </PopupSection>
            <PopupSection id="sites" title={t('sites')}>
              {() => sites && <sites.SensitiveSitesEditor />}
            </PopupSection>
            <PopupSection id="traces" title={t('traces')}>
              {() => traces && <traces.ClearTracesPanel />}
            </PopupSection>
          </>
        )}
      </main>
      {rest && footer && <footer.PopupFooter language={p.settings.language} onLanguage={p.onLanguage} />}
    </>
  );
}

/** Whether Quick Exit may run in private windows: null until the browser says. */
function usePrivateAllowed(): boolean | null {
  const [allowed, setAllowed] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void isAllowedInPrivate().then((a) => live && setAllowed(a));
    return () => {
      live = false;
    };
  }, []);
  return allowed;
}
