import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { lazyModule } from './lazy';
import { NeutralNotes } from './NeutralNotes';
import { browserLocales, guessCountry } from '@/utils/countries';
import { IS_DISCREET_BUILD } from '@/utils/discreet-build';
import type { Settings } from '@/utils/settings-schema';

/** The options and welcome pages' word field (components/discreet.tsx, with the word's storage). */
const useWordGate = lazyModule(() => import('./discreet'));

function LazyWordGate(props: { onUnlock: () => void; heading: 'notes' | 'settingsTitle' }) {
  const m = useWordGate();
  return m && <m.WordGate {...props} />;
}

/**
 * Wraps a page's content: outside discreet mode, the content as is; in discreet mode, the neutral
 * view until the word is given (for this opening of the page only: nothing stays unlocked).
 * `settings` must be the stored settings from the first render on (the pages read them first).
 * The popup's notes view is painted with the gate (components/NeutralNotes.tsx); the other pages'
 * word field a moment later (it waits for the stored word anyway): nothing else shows meanwhile.
 */
export function DiscreetGate({
  settings,
  page,
  children,
}: {
  settings: Pick<Settings, 'discreet' | 'country'>;
  page: 'popup' | 'options' | 'welcome';
  children: ComponentChildren;
}) {
  // A page opened outside discreet mode stays open when the user turns it on there (the set-up):
  // it asks for the word from the next opening on.
  const [unlocked, setUnlocked] = useState(() => !(settings.discreet || IS_DISCREET_BUILD));
  if (!(settings.discreet || IS_DISCREET_BUILD) || unlocked) return <>{children}</>;
  const unlock = () => setUnlocked(true);
  if (page === 'popup')
    return <NeutralNotes country={settings.country ?? guessCountry(browserLocales())} onUnlock={unlock} />;
  return <LazyWordGate onUnlock={unlock} heading={page === 'options' ? 'settingsTitle' : 'notes'} />;
}
