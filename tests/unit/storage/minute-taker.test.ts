import { afterEach, describe, expect, it } from 'vitest';
import { createExampleBody, databaseContent, exampleMeetingFile, profileOf, testBackend, type TestBackend } from './helpers';

let t: TestBackend;
afterEach(() => t.close());

describe('the minute-taker as one of the body participants', () => {
  it('links the minute-taker to a participant of the body; an unknown one is refused at the field, nothing written', async () => {
    t = testBackend();
    const body = await createExampleBody(t);
    const participant = body.participants[0]!;
    const minuteTaker = { ...body.minuteTaker, participantId: participant.id, honorific: participant.honorific, name: participant.name };
    const saved = await t.call('bodies.updateProfile', { bodyId: body.id, profile: { ...profileOf(body), minuteTaker } });
    expect(saved.minuteTaker).toMatchObject({ participantId: participant.id, name: participant.name });

    const before = databaseContent(t.backend);
    const error = await t.fail('bodies.updateProfile', { bodyId: body.id, profile: { ...profileOf(saved), minuteTaker: { ...minuteTaker, participantId: 'nessuno' } } });
    expect(error.kind === 'validation' && error.issues).toEqual([{ path: 'profile.minuteTaker.participantId', message: "Verbalizzante: «nessuno» non è tra i partecipanti dell'organo" }]);
    expect(databaseContent(t.backend)).toEqual(before);
  });

  it('refuses to remove the participant who is the minute-taker, saying what to do first', async () => {
    t = testBackend();
    const body = await createExampleBody(t);
    const participant = body.participants[0]!;
    await t.call('bodies.updateProfile', { bodyId: body.id, profile: { ...profileOf(body), minuteTaker: { ...body.minuteTaker, participantId: participant.id } } });
    const error = await t.fail('bodies.removeParticipant', { bodyId: body.id, participantId: participant.id });
    expect(error).toMatchObject({ kind: 'domain', code: 'PARTICIPANT_IS_MINUTE_TAKER' });
    expect(error.message).toContain(`${participant.name} è `);
    expect((await t.call('bodies.get', { bodyId: body.id })).participants.map((p) => p.id)).toContain(participant.id);
  });

  it("refuses a meeting file whose minute-taker names no participant of the meeting's body", async () => {
    t = testBackend();
    const file = exampleMeetingFile();
    const meeting = { ...file.meeting, minuteTaker: { ...file.meeting.minuteTaker, participantId: 'sconosciuto' } };
    const error = await t.fail('files.importJson', { content: JSON.stringify({ ...file, meeting }) });
    expect(JSON.stringify(error)).toContain("Verbalizzante: «sconosciuto» non è tra i partecipanti dell'organo");
    expect(JSON.stringify(error)).toContain('minuteTaker.participantId');
  });
});
