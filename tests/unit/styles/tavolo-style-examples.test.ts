import { afterEach, describe, expect, it } from 'vitest';
import { TAVOLO_SENTENCE_KINDS, TAVOLO_STYLE, type VerbaleStyle } from '../../../shared/style';
import { testBackend, type TestBackend } from '../storage/helpers';
import { exampleSessionText } from '../tavolo/examples';

let t: TestBackend;
afterEach(() => t.close());

const office: VerbaleStyle = { ...TAVOLO_STYLE, templates: { ...TAVOLO_STYLE.templates, tavoloAgreement: 'Il tavolo conviene: {testo}', tavoloSessionNumber: '{numero}° incontro' } };

describe('the style editor of a tavolo: its sentences previewed from its latest session', () => {
  it('shows every tavolo sentence as the edited style writes it, from the session where it occurs', async () => {
    t = testBackend();
    const imported = await t.call('files.importJson', { content: exampleSessionText(2) });
    const { source, examples } = await t.call('styles.examples', { bodyId: imported.meeting.body.id, style: office });
    expect(source).toEqual({ kind: 'meeting', meetingId: imported.meeting.id, date: imported.meeting.date });
    expect(examples.tavoloAgreement).toEqual({ text: 'Il tavolo conviene: Gli alloggi di transizione hanno una durata massima di diciotto mesi, con un progetto personalizzato.', fromMeeting: true });
    expect(examples.tavoloOrganisation).toEqual({ text: 'Caritas Valchiara (RUNTS 10234, ruolo operativo): Dott.ssa Anna Neri, direttrice', fromMeeting: true });
    expect(examples.tavoloSignatureResponsabile.text).toBe('La Responsabile del procedimento');
    // The preview renders the session without its place in the archive: its number comes from the documented example.
    expect(examples.tavoloSessionNumber).toEqual({ text: '2° incontro', fromMeeting: false });
    // Sentences this session never writes are shown over the documented examples, never empty.
    expect(examples.tavoloNobodyPresent).toEqual({ text: 'Nessuna organizzazione presente.', fromMeeting: false });
    for (const kind of TAVOLO_SENTENCE_KINDS) expect(examples[kind].text, kind).not.toBe('');
  });
});
