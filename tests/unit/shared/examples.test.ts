import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MeetingFileSchema } from '../../../shared/meeting-file';
import { BodySchema, type TimelineEntry } from '../../../shared/model';
import { attendanceSummary, checkMeeting, presenceAt, voteCounts } from '../../../shared/rules';

const examples = fileURLToPath(new URL('../../../resources/examples/', import.meta.url));
const readJson = (name: string): unknown => JSON.parse(readFileSync(examples + name, 'utf8'));

const body = BodySchema.parse(readJson('body.json'));
const file = MeetingFileSchema.parse(readJson('meeting.json'));
const meeting = file.meeting;
const entries = (type: TimelineEntry['type']) => meeting.items.flatMap((item) => item.entries.filter((entry) => entry.type === type));

describe('example body', () => {
  it('parses and is the body snapshot of the example meeting', () => {
    expect(body.members).toHaveLength(17);
    expect(meeting.body).toEqual(body);
  });

  it('has unique ids and seats, accents and apostrophes, and a feminine entity', () => {
    expect(new Set(body.members.map((m) => m.id)).size).toBe(17);
    expect(body.members.map((m) => m.seat)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    const entities = body.members.map((m) => m.entity);
    expect(entities).toContain("Comune di Sant'Andrea al Colle");
    expect(entities).toContain('Comune di Città di Borgo');
    expect(body.members.find((m) => m.entity === 'Comunità Montana Alta Val Chiara')?.entityGender).toBe('f');
    expect(body.president.memberId).not.toBeNull();
    expect(body.members.some((m) => m.id === body.president.memberId)).toBe(true);
    expect(body.participants).toHaveLength(5);
  });
});

describe('example meeting', () => {
  it('is a version 2 meeting file (as written today) of a closed mixed meeting', () => {
    const written = readJson('meeting.json') as { format: string; version: number };
    expect([written.format, written.version]).toEqual(['verbalizza.meeting', 2]);
    expect(meeting).toMatchObject({ status: 'closed', modality: 'mixed', convocation: 'first', date: '2025-03-05', startTime: '17:30', endTime: '19:47' });
  });

  it('passes checkMeeting with no problem', () => {
    const check = checkMeeting(meeting);
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
    expect(check.decisions.every((d) => d.quorum.holds)).toBe(true);
  });

  it('covers the cases the verbale must render', () => {
    const roll = meeting.rollCall.map((entry) => entry.presence);
    expect(roll).toContain('remote');
    expect(roll).toContain('absent');
    expect(entries('movement').map((e) => e.type === 'movement' && e.movement).sort()).toEqual(['arrival', 'arrival', 'departure', 'return', 'temporaryExit']);
    const decisions = entries('decision').flatMap((e) => (e.type === 'decision' ? [e] : []));
    expect(decisions.some((d) => d.unanimous)).toBe(true);
    expect(decisions.some((d) => d.abstainedMemberIds.length === 1 && d.againstMemberIds.length === 0)).toBe(true);
    expect(decisions.some((d) => d.abstainedMemberIds.length === 2 && d.againstMemberIds.length === 1)).toBe(true);
    expect(decisions.some((d) => d.kind === 'notedWithVote')).toBe(true);
    expect(decisions.some((d) => d.kind === 'noVote')).toBe(true);
    expect(decisions.some((d) => d.immediateEffect)).toBe(true);
    expect(meeting.participantAttendance.some((p) => !p.present)).toBe(true);
  });

  it('counts each vote against the members present at that moment', () => {
    const check = checkMeeting(meeting);
    for (const d of check.decisions) {
      const entry = meeting.items[d.itemIndex]?.entries[d.entryIndex];
      if (entry?.type !== 'decision' || entry.kind === 'noVote') continue;
      const present = presenceAt(meeting, { itemIndex: d.itemIndex, entryIndex: d.entryIndex }).presentIds.length;
      const counts = voteCounts(entry);
      expect(counts.favourable + counts.against + counts.abstained + counts.notVoting).toBe(present);
    }
    const marks = [...attendanceSummary(meeting).values()];
    expect(marks).toContain('sì');
    expect(marks).toContain('sì da remoto');
    expect(marks).toContain('no');
  });
});
