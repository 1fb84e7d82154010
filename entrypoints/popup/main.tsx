import { render } from 'preact';
import { readSettings } from '@/utils/settings-read';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';
import { Popup } from './Popup';

// Read the settings before the first paint (one bare storage read) so the popup opens in the right
// language, and in discreet mode on its notes view.
void readSettings()
  .catch(() => DEFAULT_SETTINGS)
  .then((initial) => render(<Popup initial={initial} />, document.getElementById('app')!));
