import type { Lang } from './i18n';
import { NEUTRAL_MESSAGES } from './neutral-names';

/**
 * What the pages need of discreet mode to draw their first frame: whether this is the discreet
 * build, and the name a page shows. Apart from utils/discreet.ts (the toolbar look and the word),
 * which brings the storage wrapper: the popup paints before it loads.
 */

/** True in the discreet build (`wxt build --mode discreet`): the neutral look is the only look. */
export const IS_DISCREET_BUILD = import.meta.env.MODE === 'discreet';

/** The name a page shows in its header and tab title: the product's, or the neutral one. */
export function appName(discreet: boolean, lang: Lang): string {
  return discreet || IS_DISCREET_BUILD ? NEUTRAL_MESSAGES[lang].extName : 'Quick Exit';
}
