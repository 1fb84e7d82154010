import { forgetOwnPageVisit } from '@/utils/own-pages';
import type { Feature } from './feature';

/** Quick Exit's own pages never stay in History (utils/own-pages.ts). */
export function register(): Feature {
  return { name: 'own-pages', hooks: { onVisited: (visit) => void forgetOwnPageVisit(visit) } };
}
