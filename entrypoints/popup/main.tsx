import { paintExitNow } from '@/components/exit-now-first-paint';
import { resolveLang } from '@/utils/i18n';
import { firstPaintSettingsFrom, type FirstPaintSettings } from '@/utils/popup-url';
import { readSettings } from '@/utils/settings-read';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings-schema';

/**
 * The popup's entry: as little as it takes to show "Exit now" focused and working. The heading
 * and the button are painted without the framework (components/exit-now-first-paint.ts) in the
 * language and look the popup's address carries (utils/popup-url.ts: the background keeps it up
 * to date), so the first frame waits for nothing. The settings are read meanwhile; once that frame
 * is painted the rest of the page loads (./render.tsx: Preact and the first screen's components,
 * which keep the painted button). Opened without those parameters, the popup reads the settings
 * before it paints. `npm run bench`, popup section.
 */
const root = document.getElementById('app')!;
const fromAddress = firstPaintSettingsFrom(location.search);
if (fromAddress) paintExitNow(root, fromAddress);
const settings = readSettings().catch(() => DEFAULT_SETTINGS);
void settings.then((initial) => {
  // The address said otherwise (the settings changed a moment ago): paint what they say now.
  if (!fromAddress || differs(fromAddress, initial)) paintExitNow(root, initial);
  const renderRest = () => void import('./render').then((m) => m.renderPopup(root, initial));
  // A frame callback runs before that frame is painted; a task queued from it, after. A page
  // opened where it cannot be seen (popup.html in a background tab) gets no frames: at once then.
  if (document.visibilityState === 'hidden') renderRest();
  else requestAnimationFrame(() => setTimeout(renderRest));
});

function differs(painted: FirstPaintSettings, now: Settings): boolean {
  return painted.discreet !== now.discreet || resolveLang(painted.language) !== resolveLang(now.language);
}
