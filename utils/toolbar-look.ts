import { browser } from 'wxt/browser';
import { IS_DISCREET_BUILD } from './discreet-build';
import type { Lang } from './i18n';
import { iconPaths, NEUTRAL_MESSAGES } from './neutral-names';

/**
 * The toolbar button's look. In discreet mode nothing the extension shows when closed (toolbar
 * icon, tooltip, badge) looks like a safety tool: a plain notes icon titled "Notes"/"Notas".
 * Chrome forgets `action.setIcon`/`setTitle` when the browser restarts, so the background applies
 * the look at the browser's start, and checks it at every start of its own. Before it runs, the
 * manifest's icon shows: that is what the discreet build (neutral manifest) is for.
 *
 * Quick Exit shows no notifications and sets no badge; the badge is cleared in discreet mode anyway
 * so that no later feature can leak through it.
 */

/** What the toolbar shows. */
export interface ToolbarLook {
  title: string;
  icon: Record<string, string>;
}

/** The neutral look, in the UI language. */
export function neutralLook(lang: Lang): ToolbarLook {
  return { title: NEUTRAL_MESSAGES[lang].actionTitle, icon: withSlash(iconPaths(true)) };
}

const withSlash = (paths: Record<string, string>) =>
  Object.fromEntries(Object.entries(paths).map(([k, v]) => [k, `/${v}`]));

/** The slice of the extension API this module uses. */
export interface ToolbarApi {
  action: Pick<typeof browser.action, 'setIcon' | 'setTitle' | 'setBadgeText' | 'getTitle'>;
  i18n: Pick<typeof browser.i18n, 'getMessage'>;
}

/**
 * Shows the neutral look (discreet) or the manifest's own look (the normal build's product icon and
 * tooltip; the discreet build's manifest is neutral already).
 */
export async function applyToolbarLook(
  discreet: boolean,
  lang: Lang,
  api: ToolbarApi = browser as unknown as ToolbarApi,
): Promise<ToolbarLook> {
  const look = toolbarLook(discreet, lang, api);
  await Promise.all([
    api.action.setTitle({ title: look.title }),
    api.action.setIcon({ path: look.icon }),
    discreet ? api.action.setBadgeText({ text: '' }) : undefined,
  ]);
  return look;
}

/** The look the toolbar must show: neutral (discreet mode or build), or the manifest's own. */
function toolbarLook(discreet: boolean, lang: Lang, api: ToolbarApi): ToolbarLook {
  return discreet || IS_DISCREET_BUILD
    ? neutralLook(lang)
    : { title: api.i18n.getMessage('actionTitle') || 'Quick Exit', icon: withSlash(iconPaths(false)) };
}

/**
 * At a start of the service worker: applies the look only when the toolbar does not show it
 * already, and says whether it did. The browser keeps an action's title and icon for its session,
 * across stops of the worker (reset only by a restart, an update or a reload, which show the
 * manifest's title again); the title and the icon are always set together. Setting them at every
 * start made a worker woken by a page load or an exit load and decode the icon images each time
 * (`npm run bench`, worker just woken).
 */
export async function ensureToolbarLook(
  discreet: boolean,
  lang: Lang,
  api: ToolbarApi = browser as unknown as ToolbarApi,
): Promise<boolean> {
  const shown = await api.action.getTitle({}).catch(() => undefined);
  if (shown === toolbarLook(discreet, lang, api).title) return false;
  await applyToolbarLook(discreet, lang, api);
  return true;
}
