import { type Meeting, type Organisation, type OrganisationCategory, type TavoloAttendance, type TavoloEntry, organisationRole } from '../model';
import { bodyValues, dateValues, formatDateWords, openingSentence } from '../phrasing';
import { sentence, sentenceRuns } from '../style';
import type { TextRun, TextTable, VerbaleBlock, VerbaleDocument, VerbaleParagraph } from '../verbale/document';
import { verbaleDocument } from '../verbale/verbale-document';
import { splitParagraphs, statementParagraphs } from '../verbale/entry-blocks';
import { participantParagraphs } from '../verbale/attendance-blocks';
import type { PresenceSnapshot } from '../rules/types';
import { commitmentOwnerName, organisationById, personName, representativeById, tavoloOf } from './entries';
import { STAFF_FUNCTION_NAMES, attendanceOf, tavoloHeadingLines } from './naming';

export const CATEGORY_NAMES: Record<OrganisationCategory, string> = {
  ets: 'Enti del Terzo settore',
  comune: 'Comuni',
  asstAts: 'ASST e ATS',
  sindacato: 'Organizzazioni sindacali',
  scuola: 'Istituzioni scolastiche',
  cooperativa: 'Cooperative',
  altro: 'Altri soggetti',
};

const paragraph = (role: VerbaleParagraph['role'], runs: TextRun[], style: VerbaleParagraph['style'] = 'normal', entryId?: string): VerbaleParagraph => ({
  kind: 'paragraph',
  style,
  role,
  runs,
  ...(entryId ? { entryId } : {}),
});
const line = (role: VerbaleParagraph['role'], text: string, style: VerbaleParagraph['style'] = 'normal') => paragraph(role, [{ text }], style);
/** A section's heading; a style that leaves it empty prints none. */
const heading = (text: string): VerbaleBlock[] => (text ? [{ kind: 'sectionHeading', text }] : []);

/**
 * The verbale of one session of a tavolo: the procedure and the tavolo, the session's number, date and place; who took
 * part by category, the absent organisations and the staff; each topic with what was said on it in order; the next
 * steps as a table; the next meeting, the closing and how the verbale is approved; the signatures.
 * `sessionNumber` is the session's place among the tavolo's meetings (null when the archive is not at hand).
 */
export function buildTavoloVerbale(meeting: Meeting, sessionNumber: number | null): VerbaleDocument {
  const tavolo = tavoloOf(meeting);
  const { style } = meeting.body;
  const body = bodyValues(meeting.body);
  const sessionLine = sessionNumber !== null ? sentence(style, 'tavoloSessionNumber', { numero: String(sessionNumber) }) : '';
  const blocks: VerbaleBlock[] = [
    ...[...tavoloHeadingLines(tavolo, style), sessionLine].filter(Boolean).map((text) => line('tavoloHeading', text, 'centered')),
    line('opening', openingSentence({ date: meeting.date, startTime: meeting.startTime, modality: meeting.modality, place: meeting.place, convocation: null, body: meeting.body }, style)),
    ...participantBlocks(meeting),
    ...heading(sentence(style, 'tavoloTopicsHeading', {})),
    ...meeting.items.map((item, index) => line('topic', sentence(style, 'tavoloTopic', { numero: String(index + 1), titolo: item.title }), 'listItem')),
  ];
  meeting.items.forEach((item, itemIndex) => {
    blocks.push({ kind: 'itemHeading', number: itemIndex + 1, itemId: item.id, text: sentence(style, 'itemHeading', { numero: String(itemIndex + 1), titolo: item.title.trim().replace(/\.$/, ''), allegati: '' }) });
    for (const entry of item.entries) blocks.push(...sessionEntryParagraphs(meeting, entry, item.attachments));
  });
  const steps = nextSteps(meeting);
  if (steps) blocks.push(...heading(sentence(style, 'tavoloNextStepsHeading', {})), steps);
  const next = meeting.tavoloSession?.nextMeeting;
  if (next) blocks.push(line('nextMeeting', sentence(style, 'tavoloNextMeeting', { ...dateValues(next.date), ora: next.time ?? '', luogo: next.place ?? '' })));
  if (meeting.endTime) blocks.push(line('closing', sentence(style, 'closing', { ...body, ora: meeting.endTime })));
  const days = meeting.tavoloSession?.observationDays;
  if (days) blocks.push(line('approval', sentence(style, 'tavoloApproval', { giorni: `${days} ${days === 1 ? 'giorno' : 'giorni'}` })));
  blocks.push(signatures(meeting));
  return verbaleDocument(meeting, blocks);
}

/** Present organisations grouped by category (in the order of CATEGORY_NAMES), then the absent ones, then the staff. */
function participantBlocks(meeting: Meeting): VerbaleBlock[] {
  const tavolo = tavoloOf(meeting);
  const { style } = meeting.body;
  const attendance = attendanceOf(meeting);
  const present = tavolo.organisations.filter((organisation) => attendance.has(organisation.id));
  const absent = tavolo.organisations.filter((organisation) => !attendance.has(organisation.id));
  const blocks: VerbaleBlock[] = heading(sentence(style, 'tavoloPresentHeading', {}));
  for (const category of Object.keys(CATEGORY_NAMES) as OrganisationCategory[]) {
    const inCategory = present.filter((organisation) => organisation.category === category);
    if (inCategory.length === 0) continue;
    blocks.push(paragraph('organisation', [{ text: sentence(style, 'tavoloCategory', { categoria: CATEGORY_NAMES[category] }), bold: true }]));
    for (const organisation of inCategory) blocks.push(paragraph('organisation', organisationRuns(meeting, organisation, attendance.get(organisation.id) ?? []), 'listItem'));
  }
  if (present.length === 0) blocks.push(line('organisation', sentence(style, 'tavoloNobodyPresent', {})));
  if (absent.length > 0) {
    blocks.push(...heading(sentence(style, 'tavoloAbsentHeading', {})));
    for (const organisation of absent) blocks.push(line('organisation', sentence(style, 'tavoloAbsentOrganisation', { organizzazione: organisation.name }), 'listItem'));
  }
  if (tavolo.staff.length > 0) {
    blocks.push(...heading(sentence(style, 'tavoloStaffHeading', {})));
    for (const person of tavolo.staff) {
      blocks.push(line('staff', sentence(style, 'tavoloStaff', { funzione: STAFF_FUNCTION_NAMES[person.function], titolo: person.honorific, nome: person.name }), 'listItem'));
    }
  }
  // Guests (an expert, a Regione official) and the tavolo's other participants, as an Assemblea lists them.
  const guests = participantParagraphs(meeting);
  if (guests.length > 0) blocks.push(...heading(sentence(style, 'tavoloGuestsHeading', {})), ...guests);
  return blocks;
}

/** «Caritas Valfonda (RUNTS 10234, ruolo consultivo): Dott.ssa Anna Neri, presidente (da remoto, dalle ore 10:20)». */
function organisationRuns(meeting: Meeting, organisation: Organisation, attendance: readonly TavoloAttendance[]): TextRun[] {
  const tavolo = tavoloOf(meeting);
  const { style } = meeting.body;
  const people = attendance.map((presence) => {
    const person = representativeById(organisation, presence.representativeId);
    return sentence(style, 'tavoloRepresentative', {
      ...personValues(person, presence.representativeId),
      da_remoto: presence.mode === 'remote' && meeting.modality !== 'online' ? 'da remoto' : '',
      arrivo: presence.arrivedAt ?? '',
      uscita: presence.leftAt ?? '',
    });
  });
  return sentenceRuns(style, 'tavoloOrganisation', {
    organizzazione: organisation.name,
    runts: organisation.runts ?? '',
    ruolo: organisationRole(organisation, tavolo.procedure),
    persone: people.filter((text) => text !== '').join('; '),
  });
}

/** A representative's title, name and role; an id the tavolo no longer knows stands as the name. */
const personValues = (person: { honorific: string; name: string; role?: string } | undefined, id: string) =>
  person ? { titolo: person.honorific, nome: person.name, ruolo: person.role ?? '' } : { titolo: '', nome: id, ruolo: '' };

const NO_MEMBERS_PRESENT: PresenceSnapshot = { position: { itemIndex: 0, entryIndex: 0 }, members: [], presentIds: [], inRoom: 0, remote: 0, absent: 0 };

/** One entry of a topic as the verbale prints it; a commitment goes to the table of next steps instead. */
export function sessionEntryParagraphs(meeting: Meeting, entry: Meeting['items'][number]['entries'][number], attachments: Meeting['items'][number]['attachments']): VerbaleParagraph[] {
  const tavolo = tavoloOf(meeting);
  const { style } = meeting.body;
  // The first line of the text follows the entry's opening words; its further lines are paragraphs of their own.
  const withLead = (role: VerbaleParagraph['role'], lead: (first: string) => TextRun[], text: string) => {
    const [first = '', ...rest] = splitParagraphs(text);
    return [paragraph(role, lead(first), 'normal', entry.id), ...rest.map((part) => paragraph(role, [{ text: part }], 'normal', entry.id))];
  };
  switch (entry.type) {
    case 'contribution': {
      const organisation = organisationById(tavolo, entry.organisationId);
      const values = { organizzazione: organisation?.name ?? entry.organisationId, ...personValues(representativeById(organisation, entry.representativeId), entry.representativeId) };
      return withLead('contribution', (testo) => sentenceRuns(style, 'tavoloContribution', { ...values, testo }), entry.text);
    }
    case 'agreement':
      return withLead('agreement', (testo) => sentenceRuns(style, 'tavoloAgreement', { testo }), entry.text);
    case 'divergence': {
      const organizzazioni = entry.organisationIds.map((id) => organisationById(tavolo, id)?.name ?? id).join(', ');
      return withLead('divergence', (testo) => sentenceRuns(style, 'tavoloDivergence', { organizzazioni, testo }), entry.text);
    }
    case 'writtenContribution': {
      const attachment = attachments.find((candidate) => candidate.id === entry.attachmentId);
      const text = sentence(style, 'tavoloWrittenContribution', {
        organizzazione: organisationById(tavolo, entry.organisationId)?.name ?? entry.organisationId,
        titolo: entry.title,
        allegato: attachment?.label ?? '',
      });
      return [paragraph('writtenContribution', [{ text }], 'normal', entry.id)];
    }
    case 'note':
      return splitParagraphs(entry.text).map((text) => paragraph('note', [{ text }], 'normal', entry.id));
    case 'statement':
      // Who speaks (the minute-taker, a guest, the president) is named as at an Assemblea; a tavolo has no members'
      // presence to look up, so their representative is the stored one.
      return statementParagraphs(entry, { meeting, snapshot: () => NO_MEMBERS_PRESENT, decisionLabel: false });
    case 'commitment':
    case 'decision':
    case 'movement':
      // Commitments are in the table; a tavolo has no votes and records arrivals in the attendance (tavolo-integrity).
      return [];
  }
}

function nextSteps(meeting: Meeting): TextTable | null {
  const commitments = meeting.items.flatMap((item) => item.entries.filter((entry): entry is Extract<TavoloEntry, { type: 'commitment' }> => entry.type === 'commitment'));
  if (commitments.length === 0) return null;
  return {
    kind: 'table',
    headers: ['Chi', 'Che cosa', 'Entro'],
    rows: commitments.map((entry) => [commitmentOwnerName(meeting, entry), entry.what, entry.due ? formatDateWords(entry.due) : '—']),
    widths: [0.3, 0.5, 0.2],
  };
}

function signatures(meeting: Meeting): VerbaleBlock {
  const tavolo = tavoloOf(meeting);
  const { style } = meeting.body;
  const signer = (fn: 'responsabile' | 'verbalizzante', fallback: { name: string; role: string }) => {
    const person = tavolo.staff.find((candidate) => candidate.function === fn);
    const articolo = (person?.gender ?? 'm') === 'f' ? 'La' : 'Il';
    const label = sentence(style, fn === 'responsabile' ? 'tavoloSignatureResponsabile' : 'tavoloSignatureMinuteTaker', { articolo });
    return { label, name: person ? personName(person) : fallback.name, role: '' };
  };
  return { kind: 'signatures', left: signer('responsabile', meeting.president), right: signer('verbalizzante', meeting.minuteTaker) };
}
