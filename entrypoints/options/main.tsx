import { render } from 'preact';
import { DiscreetGate } from '@/components/DiscreetGate';
import { LangContext } from '@/components/lang';
import { OptionsForm } from '@/components/OptionsForm';
import { useSettings } from '@/components/use-settings';
import { resolveLang } from '@/utils/i18n';
import { getSettings } from '@/utils/settings';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings-schema';

/** The options page: every setting, saved as soon as it changes. */
function Options({ initial }: { initial: Settings }) {
  const [settings, update] = useSettings(initial);
  const lang = resolveLang(settings.language);
  document.documentElement.lang = lang;
  return (
    <LangContext.Provider value={lang}>
      <DiscreetGate settings={settings} page="options">
        <OptionsForm settings={settings} update={update} />
      </DiscreetGate>
    </LangContext.Provider>
  );
}

void getSettings()
  .catch(() => DEFAULT_SETTINGS)
  .then((initial) => render(<Options initial={initial} />, document.getElementById('app')!));
