import { render } from 'preact';
import { ClearTracesPanel } from '@/components/ClearTracesPanel';
import { DiscreetGate, useAppName } from '@/components/discreet';
import { ExitNowButton } from '@/components/ExitNowButton';
import { HotlineList } from '@/components/HotlineList';
import { IncognitoNotice } from '@/components/IncognitoNotice';
import { LangContext } from '@/components/lang';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { MyEntries } from '@/components/MyEntries';
import { PopupFooter } from '@/components/PopupFooter';
import { SensitiveSitesEditor } from '@/components/SensitiveSitesEditor';
import { useSettings } from '@/components/use-settings';
import { browserLocales, guessCountry } from '@/utils/countries';
import { resolveLang } from '@/utils/i18n';
import { getSettings } from '@/utils/settings';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings-schema';

/** The page's name for screen readers: neutral ("Notes") in discreet mode. */
function PopupTitle() {
  const name = useAppName();
  document.title = name;
  return <h1 class="visually-hidden">{name}</h1>;
}

/**
 * The toolbar popup: Exit now first (focused), then the help lines of the user's country, the
 * user's own numbers and pages (memory only), and the trace-clearing tools.
 */
function Popup({ initial }: { initial: Settings }) {
  const [settings, update] = useSettings(initial);
  const lang = resolveLang(settings.language);
  document.documentElement.lang = lang;
  const country = settings.country ?? guessCountry(browserLocales());
  return (
    <LangContext.Provider value={lang}>
      {/* Discreet mode: a plain notes view until the user's word (components/discreet.tsx). */}
      <DiscreetGate settings={settings} page="popup">
        <main>
          <PopupTitle />
          <ExitNowButton triggers={settings.triggers} />
          <IncognitoNotice />
          <div class="lang-row">
            <LanguageSwitch value={settings.language} onChange={(language) => void update({ language })} />
          </div>
          <HotlineList country={country} onCountry={(c) => void update({ country: c })} />
          <MyEntries />
          <section class="traces">
            <SensitiveSitesEditor />
            <ClearTracesPanel />
          </section>
          <PopupFooter />
        </main>
      </DiscreetGate>
    </LangContext.Provider>
  );
}

// Read the settings before the first paint (a few ms) so the popup opens in the right language.
void getSettings()
  .catch(() => DEFAULT_SETTINGS)
  .then((initial) => render(<Popup initial={initial} />, document.getElementById('app')!));
