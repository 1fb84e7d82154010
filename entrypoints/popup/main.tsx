import { render } from 'preact';
import { getSettings } from '@/utils/settings';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';
import { Popup } from './Popup';

// Read the settings before the first paint (a few ms) so the popup opens in the right language.
void getSettings()
  .catch(() => DEFAULT_SETTINGS)
  .then((initial) => render(<Popup initial={initial} />, document.getElementById('app')!));
