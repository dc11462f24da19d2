/**
 * How long buildVerbale takes on the seeded stress meeting (60 items, 2.000 statements, 200 decisions, 40 members)
 * and on twice and four times that: the time per entry should stay flat (linear growth).
 * Prints figures; not a timed test.
 */
import { performance } from 'node:perf_hooks';
import { buildVerbale } from '../shared/verbale';
import { stressMeeting, stressOptions } from './fixtures/stress-meeting';

const RUNS = 7;
const meetings = [1, 2, 4].map((scale) => ({ scale, meeting: stressMeeting(stressOptions(scale)) }));

// Warm-up (JIT) on the smallest meeting, so that the first scale measured is not the one paying for it.
for (let warm = 0; warm < 8; warm += 1) buildVerbale(meetings[0]!.meeting);

for (const { scale, meeting } of meetings) {
  const entries = meeting.items.reduce((sum, item) => sum + item.entries.length, 0);
  buildVerbale(meeting);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    buildVerbale(meeting);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)] ?? 0;
  console.log(`buildVerbale, scala ${scale}: ${entries} voci, mediana ${median.toFixed(1)} ms su ${RUNS} esecuzioni (${((median * 1000) / entries).toFixed(1)} µs per voce)`);
}
