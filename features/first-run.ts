import { onInstalledOpenWelcome } from '@/utils/first-run';
import type { Feature } from './feature';

/** The welcome page, opened once on the first install (utils/first-run.ts). */
export function register(): Feature {
  return { name: 'first-run', hooks: { onInstalled: (details) => void onInstalledOpenWelcome(details) } };
}
