/** Timing figures: percentiles of a sample, and a table line per operation. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

export interface Timing {
  p50: number;
  p99: number;
  count: number;
}

export function timing(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), count: sorted.length };
}

/**
 * Runs `work` `count` times one after the other and returns each run's milliseconds; past
 * `budgetMs` it stops after at least three runs, so one slow operation cannot hold the bench.
 */
export async function serially(
  count: number,
  work: (run: number) => Promise<unknown>,
  budgetMs = Number.POSITIVE_INFINITY,
): Promise<number[]> {
  const samples: number[] = [];
  const begun = performance.now();
  for (let run = 0; run < count; run++) {
    if (run >= 3 && performance.now() - begun > budgetMs) break;
    const started = performance.now();
    await work(run);
    samples.push(performance.now() - started);
  }
  return samples;
}

/**
 * Runs `work` up to `count` times over `connections` parallel lanes (no new run starts past
 * `budgetMs`): requests per second and latency under that load.
 */
export async function concurrently(
  count: number,
  connections: number,
  work: (run: number) => Promise<unknown>,
  budgetMs = Number.POSITIVE_INFINITY,
): Promise<{ perSecond: number; latency: Timing; errors: number }> {
  const samples: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < count && performance.now() - started < budgetMs) {
        const run = next++;
        const begun = performance.now();
        try {
          await work(run);
        } catch {
          errors++;
        }
        samples.push(performance.now() - begun);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: samples.length / seconds, latency: timing(samples), errors };
}

export const ms = (value: number) =>
  Number.isNaN(value) ? '      -' : `${value.toFixed(value < 10 ? 1 : 0).padStart(7)}`;
