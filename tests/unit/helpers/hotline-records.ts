import data from '@/data/hotlines/hotlines.json';
import type { HotlineRecord } from '@/utils/hotlines';

/** Every record of data/hotlines/hotlines.json, as the file has it (pages load one country's chunk). */
export const HOTLINE_RECORDS: readonly HotlineRecord[] = data as HotlineRecord[];
