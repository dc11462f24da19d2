/**
 * DOCX export time (checkMeeting + buildVerbale + DOCX writer), on the example meeting and on the seeded stress
 * meeting (60 items, 2.000 statements, 200 decisions, 40 members) at 1×, 2× and 4×. Prints the fastest run and the median; not a timed test.
 * Goals: ≤ 0,3 s for the example, ≤ 1,5 s for the stress meeting at 1×, time growing linearly with size.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { renderMeetingDocx, renderVerbaleDocx } from '../electron/backend/docx';
import { MeetingFileSchema } from '../shared/meeting-file';
import type { Meeting } from '../shared/model';
import { checkMeeting } from '../shared/rules';
import { buildVerbale } from '../shared/verbale';
import { stressMeeting, stressOptions } from './fixtures/stress-meeting';
import { timed } from './timed';

/** Machine baseline measured in the same run: SHA-256 of 64 MB, so figures from different machines compare. */
const baselineBytes = Buffer.alloc(64 * 1024 * 1024, 7);
const baseline = (await timed(5, () => createHash('sha256').update(baselineBytes).digest())).best;

const ms = (value: number) => `${value.toFixed(0)} ms`;
const ratio = (value: number) => `${(value / baseline).toFixed(1)}× base`;

console.log(`Macchina: ${cpus()[0]?.model ?? 'sconosciuta'} (${cpus().length} core), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`Base: SHA-256 di 64 MB = ${ms(baseline)}`);

const example = MeetingFileSchema.parse(JSON.parse(readFileSync('resources/examples/meeting.json', 'utf8'))).meeting;
const exampleTimes = await timed(15, () => renderMeetingDocx(example));
const exampleTime = exampleTimes.best;
const exampleBytes = (await renderMeetingDocx(example)).length;
console.log(`Seduta di esempio: ${ms(exampleTime)} (${ratio(exampleTime)}; mediana ${ms(exampleTimes.median)}), DOCX di ${(exampleBytes / 1024).toFixed(0)} KB — obiettivo ≤ 300 ms`);

let perEntryAtOne = 0;
for (const scale of [1, 2, 4]) {
  const meeting: Meeting = stressMeeting(stressOptions(scale));
  const entries = meeting.items.reduce((sum, item) => sum + item.entries.length, 0);
  const runs = 5;
  const totals = await timed(runs, () => renderMeetingDocx(meeting));
  const total = totals.best;
  const check = (await timed(runs, () => checkMeeting(meeting))).best;
  const build = (await timed(runs, () => buildVerbale(meeting))).best;
  const doc = buildVerbale(meeting);
  const write = (await timed(runs, () => renderVerbaleDocx(doc))).best;
  const bytes = (await renderVerbaleDocx(doc)).length;
  const perEntry = total / entries;
  if (scale === 1) perEntryAtOne = perEntry;
  console.log(
    `Stress ${scale}×: ${meeting.items.length} punti, ${entries} voci, ${doc.blocks.length} blocchi → ${ms(total)} (${ratio(total)}; mediana ${ms(totals.median)}); ` +
      `controllo ${ms(check)}, composizione ${ms(build)}, scrittura DOCX ${ms(write)}; ${(bytes / 1024).toFixed(0)} KB; ` +
      `${(perEntry * 1000).toFixed(0)} µs per voce (${(perEntry / perEntryAtOne).toFixed(2)} rispetto a 1×)` +
      (scale === 1 ? ' — obiettivo ≤ 1.500 ms' : ''),
  );
}
