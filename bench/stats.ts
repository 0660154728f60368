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

/**
 * Collects garbage before a sample when Node allows it (`npm run bench` starts it with
 * --expose-gc), so one sample's garbage is not charged to the next and a run on a large
 * heap does not pay for a collection that the previous measure caused.
 */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

async function sample(work: () => unknown): Promise<number> {
  collect();
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Times `work` `runs` times after `warmup` untimed runs; returns the samples in ms. */
export async function time(runs: number, work: () => unknown, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await sample(work));
  return samples;
}

/** Times `ours` and `floor` alternately, so a change in the machine's speed lands on both. */
export async function timePair(runs: number, ours: () => unknown, floor: () => unknown, warmup = 1): Promise<{ ours: number[]; floor: number[] }> {
  for (let i = 0; i < warmup; i++) { await ours(); await floor(); }
  const out = { ours: [] as number[], floor: [] as number[] };
  for (let i = 0; i < runs; i++) {
    out.ours.push(await sample(ours));
    out.floor.push(await sample(floor));
  }
  return out;
}
