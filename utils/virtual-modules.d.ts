/** Modules the build makes (utils/hotline-split.ts): they exist in no file. */
declare module 'virtual:hotline-chunks' {
  import type { CountryHotlines } from '@/utils/hotline-chunks';
  /** Each country of data/hotlines/hotlines.json, and the import of its own chunk. */
  export const HOTLINE_CHUNKS: Readonly<Record<string, () => Promise<{ default: CountryHotlines }>>>;
}
