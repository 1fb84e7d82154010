import { browser } from 'wxt/browser';
import type { Lang } from './i18n';
import { iconPaths, NEUTRAL_MESSAGES } from './neutral-names';

/**
 * Discreet mode: while it is on, nothing the extension shows when closed (toolbar icon, tooltip,
 * badge) looks like a safety tool; the toolbar shows a plain notes icon titled "Notes"/"Notas".
 * Chrome forgets `action.setIcon`/`setTitle` when the browser restarts, so the background applies
 * the look again every time it starts. Before it runs, the manifest's icon shows: that is what the
 * discreet build (neutral manifest) is for.
 *
 * Quick Exit shows no notifications and sets no badge; the badge is cleared in discreet mode anyway
 * so that no later feature can leak through it.
 */

/** True in the discreet build (`wxt build --mode discreet`): the neutral look is the only look. */
export const IS_DISCREET_BUILD = import.meta.env.MODE === 'discreet';

/** What the toolbar shows. */
export interface ToolbarLook {
  title: string;
  icon: Record<string, string>;
}

/** The neutral look, in the UI language. */
export function neutralLook(lang: Lang): ToolbarLook {
  return { title: NEUTRAL_MESSAGES[lang].actionTitle, icon: withSlash(iconPaths(true)) };
}

/** The name a page shows in its header and tab title: the product's, or the neutral one. */
export function appName(discreet: boolean, lang: Lang): string {
  return discreet || IS_DISCREET_BUILD ? NEUTRAL_MESSAGES[lang].extName : 'Quick Exit';
}

const withSlash = (paths: Record<string, string>) =>
  Object.fromEntries(Object.entries(paths).map(([k, v]) => [k, `/${v}`]));

/** The slice of the extension API this module uses. */
export interface DiscreetApi {
  action: Pick<typeof browser.action, 'setIcon' | 'setTitle' | 'setBadgeText'>;
  i18n: Pick<typeof browser.i18n, 'getMessage'>;
}

/**
 * Shows the neutral look (discreet) or the manifest's own look (the normal build's product icon and
 * tooltip; the discreet build's manifest is neutral already).
 */
export async function applyToolbarLook(
  discreet: boolean,
  lang: Lang,
  api: DiscreetApi = browser as unknown as DiscreetApi,
): Promise<ToolbarLook> {
  const look =
    discreet || IS_DISCREET_BUILD
      ? neutralLook(lang)
      : { title: api.i18n.getMessage('actionTitle') || 'Quick Exit', icon: withSlash(iconPaths(false)) };
  await Promise.all([
    api.action.setTitle({ title: look.title }),
    api.action.setIcon({ path: look.icon }),
    discreet ? api.action.setBadgeText({ text: '' }) : undefined,
  ]);
  return look;
}
