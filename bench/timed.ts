import { performance } from 'node:perf_hooks';

/**
 * The fastest of `runs` timed runs after a warm-up. On a machine shared with other work the fastest run is the
 * one least disturbed by it; the median is printed too, to show the spread.
 */
export async function timed(runs: number, task: () => unknown): Promise<{ best: number; median: number }> {
  await task();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    // With --expose-gc, each run starts from a collected heap, so earlier runs' garbage is not charged to it.
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { best: times[0] ?? 0, median: times[Math.floor(runs / 2)] ?? 0 };
}
