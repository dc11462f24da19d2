import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filterSpeakers, speakerOptions } from '../../../renderer/lib/people';
import { entryOf, formOf, type Picks } from '../../../renderer/lib/tavolo-entry-form';
import { attendingKeys, composerOptions, organisationChoices, ownerChoices, recentComposerKeys, representativeChoices } from '../../../renderer/lib/tavolo-options';
import { removedStatement } from '../../../renderer/lib/undo';
import { MeetingFileSchema } from '../../../shared/meeting-file';
import type { Meeting } from '../../../shared/model';
import { exampleSessions } from '../tavolo/examples';

const session = exampleSessions()[2]!;
const assemblea = MeetingFileSchema.parse(JSON.parse(readFileSync('resources/examples/meeting.json', 'utf8'))).meeting;

function picksOf(meeting: Meeting): Picks {
  return {
    representative: (key) => representativeChoices(meeting).find((c) => c.key === key)?.value,
    organisation: (key) => organisationChoices(meeting).find((c) => c.key === key)?.value,
    owner: (key) => ownerChoices(meeting).find((c) => c.key === key)?.value,
  };
}

describe('who speaks at a tavolo', () => {
  it('finds a representative by the organisation\'s name as well as by the person\'s, the present ones first', () => {
    const options = composerOptions(session);
    expect(filterSpeakers(options, 'caritas').map((o) => o.name)).toEqual(['Dott.ssa Anna Neri', 'Paolo Gatti']);
    expect(filterSpeakers(options, 'asst elisa')[0]).toMatchObject({ name: 'Elisa Monti', detail: 'assistente sociale, ASST Valchiara', speaker: { kind: 'representative', organisationId: 'o06', representativeId: 'r2' } });
    // Two representatives of one organisation: the one at this session comes first.
    const paoloOnly: Meeting = { ...session, tavoloSession: { ...session.tavoloSession!, attendance: [{ organisationId: 'o01', representativeId: 'r2', mode: 'room', arrivedAt: null, leftAt: null }] } };
    expect(filterSpeakers(composerOptions(paoloOnly), 'caritas', 8, attendingKeys(paoloOnly)).map((o) => o.name)).toEqual(['Paolo Gatti', 'Dott.ssa Anna Neri']);
    // The minute-taker can still speak (a statement).
    expect(filterSpeakers(options, 'verbalizzante')[0]?.speaker).toEqual({ kind: 'minuteTaker' });
  });

  it('outside a tavolo offers the speakers as before, and recent speakers include contributions', () => {
    expect(composerOptions(assemblea)).toEqual(speakerOptions(assemblea));
    const last = session.items.at(-1)!.entries.filter((e) => e.type === 'contribution').at(-1)!;
    expect(recentComposerKeys(session)[0]).toBe(`representative:${last.organisationId}:${last.representativeId}`);
  });

  it('offers a commitment on an organisation or on a person of the Ufficio di Piano', () => {
    expect(filterSpeakers(ownerChoices(session), 'ferraro').map((c) => [c.name, c.detail, c.value])).toEqual([['Tommaso Ferraro', 'Ufficio di Piano', { kind: 'staff', staffId: 'st2' }]]);
    expect(filterSpeakers(organisationChoices(session), 'marta riva')[0]?.name).toBe('Associazione Casa Aperta APS');
  });
});

describe('the dialog of a tavolo entry', () => {
  it('gives back every kind of entry of the example session as it is, once filled from it', () => {
    const entries = session.items.flatMap((item) => item.entries).filter((e) => e.type !== 'statement' && e.type !== 'note' && e.type !== 'decision' && e.type !== 'movement');
    expect(new Set(entries.map((e) => e.type))).toEqual(new Set(['contribution', 'agreement', 'divergence', 'commitment', 'writtenContribution']));
    for (const entry of entries) {
      const { id: _id, ...expected } = entry;
      const rebuilt = entryOf(formOf(entry.type, entry), picksOf(session));
      expect(rebuilt).toEqual(expected);
    }
  });

  it('says what is still to choose or type; a divergent view held by nobody is left to the model', () => {
    const picks = picksOf(session);
    expect(entryOf(formOf('contribution'), picks)).toEqual({ missing: 'Scegli chi parla: un rappresentante o la sua organizzazione.' });
    expect(entryOf({ ...formOf('commitment'), whoKey: 'staff:st1', text: '  ' }, picks)).toEqual({ missing: 'Scrivi in che cosa consiste l\'impegno.' });
    expect(entryOf({ ...formOf('divergence'), text: 'Non siamo d\'accordo' }, picks)).toEqual({ type: 'divergence', text: 'Non siamo d\'accordo', organisationIds: [] });
    expect(entryOf({ ...formOf('writtenContribution'), whoKey: 'organisation:o18', title: ' Proposta ' }, picks)).toEqual({ type: 'writtenContribution', organisationId: 'o18', title: 'Proposta', attachmentId: null });
    expect(entryOf({ ...formOf('commitment'), whoKey: 'organisation:o02', text: 'Censire gli alloggi', due: '2026-07-10' }, picks)).toEqual({ type: 'commitment', owner: { kind: 'organisation', organisationId: 'o02' }, what: 'Censire gli alloggi', due: '2026-07-10' });
  });

  it('puts an undone contribution back in the composer, with its representative', () => {
    const item = session.items[0]!;
    const contribution = item.entries.find((e) => e.type === 'contribution')!;
    const after: Meeting = { ...session, items: session.items.map((i) => (i.id === item.id ? { ...i, entries: i.entries.filter((e) => e.id !== contribution.id) } : i)) };
    expect(removedStatement(session, after)).toEqual({ itemId: item.id, speaker: { kind: 'representative', organisationId: contribution.organisationId, representativeId: contribution.representativeId }, text: contribution.text });
  });
});
