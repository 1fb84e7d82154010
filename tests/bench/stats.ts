/** Small statistics for the benchmark: nearest-rank percentiles, no interpolation. */

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = values.toSorted((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const median = (values: number[]) => percentile(values, 50);
export const p95 = (values: number[]) => percentile(values, 95);

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function summarize(values: number[]): Summary {
  return {
    n: values.length,
    median: round(median(values)),
    p95: round(p95(values)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
  };
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** A number of milliseconds for the table. */
export const ms = (x: number) => (Number.isFinite(x) ? `${round(x)} ms` : 'n/a');
/** A size in kB (1 kB = 1,000 bytes, as the targets). */
export const kb = (bytes: number) => `${round(bytes / 1000, 2)} kB`;

/**
 * A 95 % bootstrap interval for `median(a) / median(b) - 1` (2,000 resamples of each side, a
 * fixed-seed generator so that the same samples always give the same interval).
 */
export function ratioInterval(a: number[], b: number[], resamples = 2000): [number, number] {
  let seed = 0x2545f491;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const resample = (xs: number[]) => xs.map(() => xs[Math.floor(random() * xs.length)]);
  const ratios = Array.from({ length: resamples }, () => median(resample(a)) / median(resample(b)) - 1);
  return [percentile(ratios, 2.5), percentile(ratios, 97.5)];
}
