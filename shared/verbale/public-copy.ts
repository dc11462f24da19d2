import { NO_OMISSIONS, type AgendaItem, type Meeting, type OmittedField, type OmittedSpan, type TimelineEntry } from '../model';
import { buildVerbale } from './build-verbale';
import type { VerbaleDocument } from './document';

/** What replaces each omitted part; one place, for the style to take over. */
export const OMISSIS_TEXT = 'omissis';

/** The line that marks the public copy on its first page. */
export const PUBLIC_COPY_LINE = 'Copia per la pubblicazione — dati personali omessi';

/**
 * The verbale for the Albo pretorio: built from the meeting with every omitted part already replaced, so no writer,
 * property, bookmark or metadata can print what was marked; the original meeting is not changed.
 */
export function buildPublicVerbale(meeting: Meeting): VerbaleDocument {
  const verbale = buildVerbale(publicMeeting(meeting, OMISSIS_TEXT));
  return {
    ...verbale,
    subject: `${verbale.subject} — copia per la pubblicazione`,
    documentId: `${verbale.documentId}-pubblicazione`,
    blocks: [{ kind: 'paragraph', style: 'centered', role: 'publicCopy', runs: [{ text: PUBLIC_COPY_LINE, bold: true }] }, ...verbale.blocks],
  };
}

/** The meeting as the public copy prints it: marked words, whole entries and private persons' names replaced. */
export function publicMeeting(meeting: Meeting, omissis: string): Meeting {
  const { spans, entryIds, personIds } = meeting.omissions ?? NO_OMISSIONS;
  const omittedEntries = new Set(entryIds);
  const privatePeople = new Set(personIds);
  const privateNames = [...meeting.body.participants, ...meeting.guests]
    .filter((person) => privatePeople.has(person.id))
    .map((person) => person.name.trim())
    .filter(Boolean);
  const clean = (targetId: string, field: OmittedField, text: string) => withoutNames(withoutSpans(text, spansOf(spans, targetId, field), omissis), privateNames, omissis);
  const renamed = <P extends { id: string; name: string }>(person: P): P => (privatePeople.has(person.id) ? { ...person, name: omissis } : person);

  const entry = (original: TimelineEntry): TimelineEntry => {
    if (omittedEntries.has(original.id)) return { id: original.id, type: 'note', text: omissis };
    switch (original.type) {
      case 'statement':
      case 'note':
      case 'contribution':
      case 'agreement':
      case 'divergence':
        return { ...original, text: clean(original.id, 'text', original.text) };
      case 'decision':
        return { ...original, subject: clean(original.id, 'subject', original.subject) };
      case 'movement':
        return { ...original, reason: clean(original.id, 'reason', original.reason) };
      case 'commitment':
        return { ...original, what: clean(original.id, 'text', original.what) };
      case 'writtenContribution':
        return { ...original, title: clean(original.id, 'title', original.title) };
    }
  };
  const item = (original: AgendaItem): AgendaItem => ({
    ...original,
    title: clean(original.id, 'title', original.title),
    attachments: original.attachments.map((attachment) => ({
      ...attachment,
      title: withoutNames(attachment.title, privateNames, omissis),
      ...(attachment.file ? { file: { ...attachment.file, fileName: withoutNames(attachment.file.fileName, privateNames, omissis) } } : {}),
    })),
    entries: original.entries.map(entry),
  });
  return {
    ...meeting,
    body: { ...meeting.body, participants: meeting.body.participants.map(renamed) },
    guests: meeting.guests.map(renamed),
    items: meeting.items.map(item),
  };
}

function spansOf(spans: readonly OmittedSpan[], targetId: string, field: OmittedField): OmittedSpan[] {
  return spans.filter((span) => span.targetId === targetId && span.field === field);
}

/** Replaces each span (valid and apart: the model checked them) from the last one, so earlier offsets hold. */
function withoutSpans(text: string, spans: readonly OmittedSpan[], omissis: string): string {
  return [...spans].sort((a, b) => b.start - a.start).reduce((result, span) => result.slice(0, span.start) + omissis + result.slice(span.end), text);
}

/** A private person's name wherever a text writes it, whatever its case. */
function withoutNames(text: string, names: readonly string[], omissis: string): string {
  return names.reduce((result, name) => result.replace(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'), omissis), text);
}
