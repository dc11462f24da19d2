import { type Meeting, type Organisation, type OrganisationCategory, type StaffMember, type TavoloEntry, organisationRole } from '../model';
import { bodyValues, formatDateWords, openingSentence } from '../phrasing';
import { sentence } from '../style';
import type { TextRun, TextTable, VerbaleBlock, VerbaleDocument, VerbaleParagraph } from '../verbale/document';
import { verbaleDocument } from '../verbale/verbale-document';
import { commitmentOwnerName, organisationById, personName, representativeById, tavoloOf } from './entries';
import { PROCEDURE_KIND_NAMES, attendanceOf, procedureLine } from './naming';

export const CATEGORY_NAMES: Record<OrganisationCategory, string> = {
  ets: 'Enti del Terzo settore',
  comune: 'Comuni',
  asstAts: 'ASST e ATS',
  sindacato: 'Organizzazioni sindacali',
  scuola: 'Istituzioni scolastiche',
  cooperativa: 'Cooperative',
  altro: 'Altri soggetti',
};

const STAFF_TITLES: Record<StaffMember['function'], string> = {
  responsabile: 'Responsabile del procedimento',
  facilitatore: 'Facilitatore',
  verbalizzante: 'Verbalizzante',
};

const paragraph = (role: VerbaleParagraph['role'], runs: TextRun[], style: VerbaleParagraph['style'] = 'normal', entryId?: string): VerbaleParagraph => ({
  kind: 'paragraph',
  style,
  role,
  runs,
  ...(entryId ? { entryId } : {}),
});
const line = (role: VerbaleParagraph['role'], text: string, style: VerbaleParagraph['style'] = 'normal') => paragraph(role, [{ text }], style);
const heading = (text: string): VerbaleBlock => ({ kind: 'sectionHeading', text });

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
  const blocks: VerbaleBlock[] = [
    line('tavoloHeading', procedureLine(tavolo), 'centered'),
    line('tavoloHeading', `${PROCEDURE_KIND_NAMES[tavolo.kind]} – ${tavolo.ambito}`, 'centered'),
    ...(sessionNumber !== null ? [line('tavoloHeading', `Incontro n. ${sessionNumber}`, 'centered')] : []),
    line('opening', openingSentence({ date: meeting.date, startTime: meeting.startTime, modality: meeting.modality, place: meeting.place, convocation: null, body: meeting.body }, style)),
    ...participantBlocks(meeting),
    heading('Temi trattati'),
    ...meeting.items.map((item, index) => line('topic', `${index + 1}. ${item.title}`, 'listItem')),
  ];
  meeting.items.forEach((item, itemIndex) => {
    blocks.push({ kind: 'itemHeading', number: itemIndex + 1, itemId: item.id, text: sentence(style, 'itemHeading', { numero: String(itemIndex + 1), titolo: item.title.trim().replace(/\.$/, ''), allegati: '' }) });
    for (const entry of item.entries) blocks.push(...sessionEntryParagraphs(meeting, entry, item.attachments));
  });
  const steps = nextSteps(meeting);
  if (steps) blocks.push(heading('Prossimi passi e impegni'), steps);
  const next = meeting.tavoloSession?.nextMeeting;
  if (next) {
    const when = `${formatDateWords(next.date, { weekday: true })}${next.time ? ` alle ore ${next.time}` : ''}`;
    blocks.push(line('nextMeeting', `Il prossimo incontro del tavolo è fissato per ${when}${next.place ? `, presso ${next.place}` : ''}.`));
  }
  if (meeting.endTime) blocks.push(line('closing', sentence(style, 'closing', { ...body, ora: meeting.endTime })));
  const days = meeting.tavoloSession?.observationDays;
  if (days) {
    blocks.push(line('approval', `Il presente verbale è trasmesso alle organizzazioni partecipanti. Eventuali osservazioni possono essere inviate all'Ufficio di Piano entro ${days} ${days === 1 ? 'giorno' : 'giorni'} dal ricevimento; trascorso tale termine il verbale si intende approvato.`));
  }
  blocks.push(signatures(meeting));
  return verbaleDocument(meeting, blocks);
}

/** Present organisations grouped by category (in the order of CATEGORY_NAMES), then the absent ones, then the staff. */
function participantBlocks(meeting: Meeting): VerbaleBlock[] {
  const tavolo = tavoloOf(meeting);
  const attendance = attendanceOf(meeting);
  const present = tavolo.organisations.filter((organisation) => attendance.has(organisation.id));
  const absent = tavolo.organisations.filter((organisation) => !attendance.has(organisation.id));
  const blocks: VerbaleBlock[] = [heading('Organizzazioni presenti')];
  for (const category of Object.keys(CATEGORY_NAMES) as OrganisationCategory[]) {
    const inCategory = present.filter((organisation) => organisation.category === category);
    if (inCategory.length === 0) continue;
    blocks.push(paragraph('organisation', [{ text: CATEGORY_NAMES[category], bold: true }]));
    for (const organisation of inCategory) blocks.push(paragraph('organisation', organisationRuns(meeting, organisation), 'listItem'));
  }
  if (present.length === 0) blocks.push(line('organisation', 'Nessuna organizzazione presente.'));
  if (absent.length > 0) {
    blocks.push(heading('Organizzazioni assenti'));
    for (const organisation of absent) blocks.push(line('organisation', organisation.name, 'listItem'));
  }
  if (tavolo.staff.length > 0) {
    blocks.push(heading('Per l\'Ufficio di Piano'));
    for (const person of tavolo.staff) blocks.push(line('staff', `${STAFF_TITLES[person.function]}: ${personName(person)}`, 'listItem'));
  }
  return blocks;
}

/** «Caritas Valfonda (RUNTS 10234, ruolo consultivo): Dott.ssa Anna Neri, presidente (da remoto, dalle ore 10:20)». */
function organisationRuns(meeting: Meeting, organisation: Organisation): TextRun[] {
  const tavolo = tavoloOf(meeting);
  const details = [organisation.runts && `RUNTS ${organisation.runts}`, `ruolo ${organisationRole(organisation, tavolo.procedure)}`].filter(Boolean).join(', ');
  const people = (attendanceOf(meeting).get(organisation.id) ?? []).map((presence) => {
    const person = representativeById(organisation, presence.representativeId);
    const when = [presence.mode === 'remote' && meeting.modality !== 'online' && 'da remoto', presence.arrivedAt && `dalle ore ${presence.arrivedAt}`, presence.leftAt && `fino alle ore ${presence.leftAt}`].filter(Boolean).join(', ');
    return [person ? [personName(person), person.role].filter(Boolean).join(', ') : presence.representativeId, when && ` (${when})`].join('');
  });
  return [{ text: organisation.name, bold: true }, { text: ` (${details}): ${people.join('; ')}` }];
}

/** One entry of a topic as the verbale prints it; a commitment goes to the table of next steps instead. */
export function sessionEntryParagraphs(meeting: Meeting, entry: Meeting['items'][number]['entries'][number], attachments: Meeting['items'][number]['attachments']): VerbaleParagraph[] {
  const tavolo = tavoloOf(meeting);
  const texts = (text: string) => text.split(/\r?\n/).map((part) => part.trim()).filter(Boolean);
  const withLead = (role: VerbaleParagraph['role'], lead: TextRun[], text: string) => {
    const [first = '', ...rest] = texts(text);
    return [paragraph(role, [...lead, { text: first }], 'normal', entry.id), ...rest.map((part) => paragraph(role, [{ text: part }], 'normal', entry.id))];
  };
  switch (entry.type) {
    case 'contribution': {
      const organisation = organisationById(tavolo, entry.organisationId);
      const person = representativeById(organisation, entry.representativeId);
      const who = [person ? personName(person) : entry.representativeId, person?.role].filter(Boolean).join(', ');
      return withLead('contribution', [{ text: organisation?.name ?? entry.organisationId, bold: true }, { text: ` (${who}): ` }], entry.text);
    }
    case 'agreement':
      return withLead('agreement', [{ text: 'Punto condiviso: ', bold: true }], entry.text);
    case 'divergence': {
      const holders = entry.organisationIds.map((id) => organisationById(tavolo, id)?.name ?? id).join(', ');
      return withLead('divergence', [{ text: 'Posizione divergente', bold: true }, { text: ` (${holders}): ` }], entry.text);
    }
    case 'writtenContribution': {
      const attachment = attachments.find((candidate) => candidate.id === entry.attachmentId);
      const organisation = organisationById(tavolo, entry.organisationId)?.name ?? entry.organisationId;
      return [paragraph('writtenContribution', [{ text: `${organisation} ha trasmesso il contributo scritto «${entry.title}»${attachment ? `, allegato al presente verbale (${attachment.label})` : ''}.` }], 'normal', entry.id)];
    }
    case 'note':
      return texts(entry.text).map((text) => paragraph('note', [{ text }], 'normal', entry.id));
    case 'statement':
      return withLead('statement', [], entry.text);
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
  const signer = (fn: StaffMember['function'], fallback: { name: string; role: string }) => {
    const person = tavolo.staff.find((candidate) => candidate.function === fn);
    const feminine = (person?.gender ?? 'm') === 'f';
    const label = fn === 'responsabile' ? `${feminine ? 'La' : 'Il'} Responsabile del procedimento` : `${feminine ? 'La' : 'Il'} verbalizzante`;
    return { label, name: person ? personName(person) : fallback.name, role: '' };
  };
  return { kind: 'signatures', left: signer('responsabile', meeting.president), right: signer('verbalizzante', meeting.minuteTaker) };
}
