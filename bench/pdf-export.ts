/**
 * PDF/A export time (checkMeeting + buildVerbale + PDF/A writer) on the example meeting and on the seeded stress
 * meeting at 1×, 2× and 4×, with the DOCX export of the same meeting timed in the same run as the baseline.
 * Goals: ≤ 1 s for the example, ≤ 3 s for the stress meeting at 1×, time growing linearly with size.
 * Prints the fastest run and the median; not a timed test.
 */
import { cpus } from 'node:os';
import { renderMeetingDocx } from '../electron/backend/docx';
import { renderMeetingPdf } from '../electron/backend/pdf';
import type { Meeting } from '../shared/model';
import { exampleMeetingFile } from '../tests/unit/storage/helpers';
import { stressMeeting, stressOptions } from './fixtures/stress-meeting';
import { timed } from './timed';

const ms = (value: number) => `${value.toFixed(0)} ms`;

console.log(`Macchina: ${cpus()[0]?.model ?? 'sconosciuta'} (${cpus().length} core), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);

async function measure(label: string, meeting: Meeting, runs: number, goal: string): Promise<number> {
  const pdf = await timed(runs, () => renderMeetingPdf(meeting));
  const docx = await timed(runs, () => renderMeetingDocx(meeting));
  const bytes = (await renderMeetingPdf(meeting)).length;
  console.log(
    `${label}: PDF/A ${ms(pdf.best)} (mediana ${ms(pdf.median)}), ${(bytes / 1024).toFixed(0)} KB; ` +
      `DOCX nella stessa esecuzione ${ms(docx.best)} (mediana ${ms(docx.median)}); PDF/A = ${(pdf.best / docx.best).toFixed(1)}× DOCX${goal}`,
  );
  return pdf.best;
}

await measure('Seduta di esempio', exampleMeetingFile().meeting, 9, ' — obiettivo ≤ 1.000 ms');
let atOne = 0;
for (const scale of [1, 2, 4]) {
  const meeting = stressMeeting(stressOptions(scale));
  const entries = meeting.items.reduce((sum, item) => sum + item.entries.length, 0);
  const best = await measure(`Stress ${scale}× (${meeting.items.length} punti, ${entries} voci)`, meeting, 3, scale === 1 ? ' — obiettivo ≤ 3.000 ms' : '');
  if (scale === 1) atOne = best / entries;
  console.log(`  ${((best / entries) * 1000).toFixed(0)} µs per voce (${(best / entries / atOne).toFixed(2)} rispetto a 1×)`);
}
