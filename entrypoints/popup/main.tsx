import { paintExitNow } from '@/components/exit-now-first-paint';
import { readSettings } from '@/utils/settings-read';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';

/**
 * The popup's entry: as little as it takes to show "Exit now" focused and working. It reads the
 * settings (one bare storage read: the language, discreet mode), paints the heading and the button
 * without the framework (components/exit-now-first-paint.ts), and loads the rest of the page once
 * that frame is painted (./render.tsx: Preact and the first screen's components, which keep the
 * painted button). `npm run bench`, popup section.
 */
void readSettings()
  .catch(() => DEFAULT_SETTINGS)
  .then((initial) => {
    const root = document.getElementById('app')!;
    paintExitNow(root, initial);
    const renderRest = () => void import('./render').then((m) => m.renderPopup(root, initial));
    // A frame callback runs before that frame is painted; a task queued from it, after. A page
    // opened where it cannot be seen (popup.html in a background tab) gets no frames: at once then.
    if (document.visibilityState === 'hidden') renderRest();
    else requestAnimationFrame(() => setTimeout(renderRest));
  });
