/** Small statistics for benchmark samples (milliseconds). */

export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
  p95: number;
}

/** The q-quantile (0..1) by nearest rank, so the value is one that was really measured. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

export function summarise(samples: readonly number[]): Summary {
  return {
    runs: samples.length,
    median: quantile(samples, 0.5),
    min: Math.min(...samples),
    max: Math.max(...samples),
    p95: quantile(samples, 0.95),
  };
}

/** Times `work` `runs` times after `warmup` untimed runs; returns the samples in ms. */
export async function time(runs: number, work: () => unknown, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return samples;
}
