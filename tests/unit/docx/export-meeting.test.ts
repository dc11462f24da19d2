import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSha256, renderMeetingDocx } from '../../../electron/backend/docx';
import { DomainError } from '../../../shared/api/errors';
import { MeetingFileSchema } from '../../../shared/meeting-file';
import type { Decision, Meeting } from '../../../shared/model';
import { checkMeeting } from '../../../shared/rules';
import { buildVerbale } from '../../../shared/verbale';
import { withEntry } from '../meeting-edits';
import { openDocx } from './docx-parts';

const loadExample = (): Meeting => MeetingFileSchema.parse(JSON.parse(readFileSync('resources/examples/meeting.json', 'utf8'))).meeting;

function votedDecisions(meeting: Meeting): Decision[] {
  return meeting.items.flatMap((item) => item.entries).filter((entry): entry is Decision => entry.type === 'decision' && entry.kind === 'vote');
}

async function refusal(meeting: Meeting): Promise<DomainError> {
  try {
    await renderMeetingDocx(meeting);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("L'esportazione non è stata rifiutata");
}

describe('renderMeetingDocx', () => {
  it('exports the example meeting with the content hash of its verbale model, the same on every export', async () => {
    const meeting = loadExample();
    const hash = contentSha256(buildVerbale(meeting));
    const first = await openDocx(await renderMeetingDocx(meeting));
    const second = await openDocx(await renderMeetingDocx(loadExample()));
    expect(first.text('docProps/custom.xml')).toContain(`<vt:lpwstr>${hash}</vt:lpwstr>`);
    expect(first.text('docProps/custom.xml')).toContain(`<vt:lpwstr>VRB-${meeting.id}-r${meeting.revision}</vt:lpwstr>`);
    expect(first.text('docProps/core.xml')).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${meeting.date}T00:00:00Z</dcterms:created>`);
    expect(second.text('word/document.xml')).toBe(first.text('word/document.xml'));
    expect(second.text('docProps/custom.xml')).toBe(first.text('docProps/custom.xml'));
  });

  it('refuses a meeting whose tally does not add up, listing the problem', async () => {
    const example = loadExample();
    const decision = votedDecisions(example).find((entry) => !entry.unanimous);
    if (!decision) throw new Error('esempio senza votazione a maggioranza');
    const meeting = withEntry<Decision>(example, decision.id, (entry) => ({ ...entry, favourable: entry.favourable + 1 }));
    const error = await refusal(meeting);
    expect(error.code).toBe('TALLY_INVALID');
    expect(error.message).toMatch(/^Impossibile esportare il verbale/);
    expect(error.details).toEqual(checkMeeting(meeting).problems.map((problem) => problem.message));
    expect(error.details.join('\n')).toMatch(/non corrispondono ai presenti/);
  });

  it('lists every problem when several decisions are wrong', async () => {
    const example = loadExample();
    const decisions = votedDecisions(example);
    expect(decisions.length).toBeGreaterThanOrEqual(2);
    const meeting = decisions.reduce((changed, decision) => withEntry<Decision>(changed, decision.id, (entry) => ({ ...entry, favourable: entry.favourable + 2 })), example);
    const error = await refusal(meeting);
    expect(error.details.length).toBeGreaterThanOrEqual(decisions.length);
    expect(error.message).toContain(`ci sono ${error.details.length} problemi`);
  });
});
