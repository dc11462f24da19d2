import type { IntegrityIssue } from './integrity';
import type { Meeting } from './meeting';
import { NO_OMISSIONS, type OmittedField, type OmittedSpan } from './omissions';

/** A text that can carry omissis: where it is in the meeting, its Italian name, and the text itself. */
export interface MarkableText {
  path: (string | number)[];
  label: string;
  text: string;
}

/** The text a span marks, or null when the target has no such field. */
export function markableText(meeting: Meeting, targetId: string, field: OmittedField): MarkableText | null {
  for (const [itemIndex, item] of meeting.items.entries()) {
    const itemPath = ['items', itemIndex];
    if (item.id === targetId) return field === 'title' ? { path: [...itemPath, 'title'], label: `Punto ${itemIndex + 1}, titolo`, text: item.title } : null;
    const entryIndex = item.entries.findIndex((entry) => entry.id === targetId);
    const entry = item.entries[entryIndex];
    if (!entry) continue;
    const where = `Punto ${itemIndex + 1}, voce ${entryIndex + 1}`;
    const path = [...itemPath, 'entries', entryIndex, field];
    if (entry.type === 'statement' && field === 'text') return { path, label: `${where}, testo dell'intervento`, text: entry.text };
    if (entry.type === 'note' && field === 'text') return { path, label: `${where}, testo della nota`, text: entry.text };
    if (entry.type === 'decision' && field === 'subject') return { path, label: `${where}, oggetto della decisione`, text: entry.subject };
    if (entry.type === 'movement' && field === 'reason') return { path, label: `${where}, motivo`, text: entry.reason };
    if ((entry.type === 'contribution' || entry.type === 'agreement' || entry.type === 'divergence') && field === 'text') return { path, label: `${where}, testo`, text: entry.text };
    if (entry.type === 'commitment' && field === 'text') return { path: [...itemPath, 'entries', entryIndex, 'what'], label: `${where}, impegno`, text: entry.what };
    if (entry.type === 'writtenContribution' && field === 'title') return { path, label: `${where}, titolo del contributo scritto`, text: entry.title };
    return null;
  }
  return null;
}

function spanIssues(meeting: Meeting): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const marked = new Map<string, { span: OmittedSpan; index: number }[]>();
  (meeting.omissions ?? NO_OMISSIONS).spans.forEach((span, index) => {
    const path = ['omissions', 'spans', index];
    const target = markableText(meeting, span.targetId, span.field);
    if (!target) {
      issues.push({ path: [...path, 'targetId'], message: `Omissis ${index + 1}: «${span.targetId}» non ha un testo «${span.field}» da omettere in questa seduta` });
      return;
    }
    if (span.start >= span.end || span.end > target.text.length) {
      issues.push({
        path: [...path, 'end'],
        message: `${target.label}: l'omissis ${span.start}–${span.end} è fuori dal testo (${target.text.length} caratteri); togliere l'omissis prima di accorciare il testo`,
      });
      return;
    }
    if (target.text.slice(span.start, span.end) !== span.text) {
      issues.push({
        path: [...path, 'text'],
        message: `${target.label}: le parole dell'omissis ${span.start}–${span.end} non sono più quelle segnate; togliere l'omissis prima di modificare il testo, poi segnarle di nuovo`,
      });
      return;
    }
    const key = `${span.targetId}\u0000${span.field}`;
    const earlier = marked.get(key) ?? [];
    const overlapping = earlier.find((other) => other.span.start < span.end && span.start < other.span.end);
    if (overlapping) {
      issues.push({ path: [...path, 'start'], message: `${target.label}: l'omissis ${span.start}–${span.end} si sovrappone all'omissis ${overlapping.span.start}–${overlapping.span.end}` });
      return;
    }
    marked.set(key, [...earlier, { span, index }]);
  });
  return issues;
}

function entryIssues(meeting: Meeting): IntegrityIssue[] {
  // Checked on every write: a meeting that omits no whole entry must not pay for an index of all its entries.
  if ((meeting.omissions ?? NO_OMISSIONS).entryIds.length === 0) return [];
  const typeOf = new Map(meeting.items.flatMap((item) => item.entries.map((entry) => [entry.id, entry.type] as const)));
  const issues: IntegrityIssue[] = [];
  (meeting.omissions ?? NO_OMISSIONS).entryIds.forEach((entryId, index) => {
    const type = typeOf.get(entryId);
    const path = ['omissions', 'entryIds', index];
    if (type === undefined) issues.push({ path, message: `Omissis: la voce «${entryId}» non è in questa seduta` });
    else if (type === 'decision' || type === 'movement') {
      issues.push({ path, message: `Omissis: ${type === 'decision' ? 'una decisione' : 'un\'entrata o uscita'} non si omette per intero, solo alcune parole del suo testo` });
    } else if ((meeting.omissions ?? NO_OMISSIONS).entryIds.indexOf(entryId) !== index) issues.push({ path, message: `Omissis: la voce «${entryId}» è già omessa` });
  });
  return issues;
}

function personIssues(meeting: Meeting): IntegrityIssue[] {
  const people = new Set([...meeting.body.participants, ...meeting.guests].map((person) => person.id));
  const issues: IntegrityIssue[] = [];
  (meeting.omissions ?? NO_OMISSIONS).personIds.forEach((personId, index) => {
    const path = ['omissions', 'personIds', index];
    if (personId === meeting.minuteTaker.participantId) {
      issues.push({ path, message: "Omissis: la verbalizzante firma il verbale, il suo nome resta anche nella copia per la pubblicazione" });
    } else if (!people.has(personId)) {
      issues.push({ path, message: `Omissis: «${personId}» non è un partecipante né un ospite di questa seduta (i nomi di chi rappresenta un ente o presiede restano)` });
    } else if ((meeting.omissions ?? NO_OMISSIONS).personIds.indexOf(personId) !== index) issues.push({ path, message: `Omissis: il nome di «${personId}» è già omesso` });
  });
  return issues;
}

/** Omissis that mark nothing, outside their text or over each other: refused like any other integrity issue. */
export function omissionIssues(meeting: Meeting): IntegrityIssue[] {
  return [...spanIssues(meeting), ...entryIssues(meeting), ...personIssues(meeting)];
}
