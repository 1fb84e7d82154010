import { render } from 'preact';
import type { Settings } from '@/utils/settings-schema';
import { Popup } from './Popup';

/**
 * The whole popup, drawn into `root` after its first frame (./main.tsx). `root` already holds the
 * painted heading and first button (components/exit-now-first-paint.ts): Preact's first render
 * reuses existing elements of the same kind in the same place, so that button stays the same
 * element, with its focus.
 */
export function renderPopup(root: HTMLElement, initial: Settings) {
  render(<Popup initial={initial} />, root);
}
