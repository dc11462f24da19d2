import { useState } from 'react';
import type { Meeting, OmittedField, TimelineEntry } from '../../shared/model';
import { omissionsOf, spansOf, toggled, withSpan, withoutSpans } from '../lib/omissions';
import { useMeeting } from '../store/meeting';

/** The entry's text field that can carry omissis (none for kinds the public copy does not mark yet). */
export function omissibleField(entry: TimelineEntry): { field: OmittedField; text: string } | null {
  switch (entry.type) {
    case 'statement':
    case 'note':
      return { field: 'text', text: entry.text };
    case 'decision':
      return { field: 'subject', text: entry.subject };
    case 'movement':
      return { field: 'reason', text: entry.reason };
    case 'contribution':
    case 'agreement':
    case 'divergence':
      return { field: 'text', text: entry.text };
    case 'commitment':
      return { field: 'text', text: entry.what };
    case 'writtenContribution':
      return { field: 'title', text: entry.title };
  }
}

/** The selected part of the entry's text, as offsets into it; null when nothing of it is selected. */
function selectedSpan(entryId: string, field: OmittedField): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const target = document.querySelector(`[data-omissis-target="${CSS.escape(entryId)}"][data-omissis-field="${field}"]`);
  const range = selection.getRangeAt(0);
  if (!target || !target.contains(range.startContainer) || !target.contains(range.endContainer)) return null;
  const offset = (node: Node, at: number) => {
    const before = document.createRange();
    before.setStart(target, 0);
    before.setEnd(node, at);
    return before.toString().length;
  };
  const start = offset(range.startContainer, range.startOffset);
  const end = offset(range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}

/** «Ometti nella copia pubblica» for the selected words, the whole statement or note, and a participant's name. */
export function OmissisActions({ meeting, entry }: { meeting: Meeting; entry: TimelineEntry }) {
  const act = useMeeting((s) => s.act);
  const [hint, setHint] = useState('');
  const omissions = omissionsOf(meeting);
  const { field, text } = omissibleField(entry) ?? { field: 'text' as const, text: '' };
  const save = (next: typeof omissions) => void act('meetings.setOmissions', { meetingId: meeting.id, omissions: next });
  const whole = (entry.type === 'statement' || entry.type === 'note') && omissions.entryIds.includes(entry.id);
  const person = entry.type === 'statement' && entry.speaker.kind === 'participant' ? entry.speaker.participantId : null;
  const marked = spansOf(meeting, entry.id, field).length > 0;

  const omitSelection = () => {
    const span = selectedSpan(entry.id, field);
    if (!span) {
      setHint('Seleziona prima nel testo le parole da omettere.');
      return;
    }
    setHint('');
    save(withSpan(omissions, { targetId: entry.id, field, ...span }, text));
  };

  return (
    <>
      {text && (
        // Keeps the selection: a click on the button would otherwise clear it before it is read.
        <button type="button" className="button--quiet" onMouseDown={(event) => event.preventDefault()} onClick={omitSelection}>
          Ometti nella copia pubblica
        </button>
      )}
      {marked && (
        <button type="button" className="button--quiet" onClick={() => save(withoutSpans(omissions, entry.id, field))}>
          Togli gli omissis
        </button>
      )}
      {(entry.type === 'statement' || entry.type === 'note') && (
        <button type="button" className="button--quiet" aria-pressed={whole} onClick={() => save(toggled(omissions, 'entryIds', entry.id))}>
          {entry.type === 'statement' ? "Ometti tutto l'intervento" : 'Ometti tutta la nota'}
        </button>
      )}
      {person && (
        <button type="button" className="button--quiet" aria-pressed={omissions.personIds.includes(person)} onClick={() => save(toggled(omissions, 'personIds', person))}>
          Nome riservato
        </button>
      )}
      {hint && (
        <span role="status" className="muted small">
          {hint}
        </span>
      )}
    </>
  );
}
