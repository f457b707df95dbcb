import { performance } from 'node:perf_hooks';

/** Percentile by nearest rank, on a copy: p50 is the median. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const ms = (value: number): string => `${value.toFixed(2)} ms`;

/** Runs `work` `runs` times and returns each duration in milliseconds. */
export function time(runs: number, work: (run: number) => void): number[] {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    work(run);
    samples.push(performance.now() - started);
  }
  return samples;
}
