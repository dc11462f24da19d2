import { useState } from 'react';
import type { Meeting, OmittedField, TimelineEntry } from '../../shared/model';
import { omissionsOf, spansOf, toggled, withSpan, withoutSpans } from '../lib/omissions';
import { useMeeting } from '../store/meeting';

/** The entry's text field that can carry omissis (none for kinds the public copy does not mark yet). */
function omissibleField(entry: TimelineEntry): { field: OmittedField; text: string } | null {
  switch (entry.type) {
    case 'statement':
    case 'note':
    case 'contribution':
    case 'agreement':
    case 'divergence':
      return { field: 'text', text: entry.text };
    case 'decision':
      return { field: 'subject', text: entry.subject };
    case 'movement':
      return { field: 'reason', text: entry.reason };
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

/** «Ometti nella copia pubblica» for the selected words of one text, and «Togli gli omissis» once it has marks. */
export function OmissisSpanActions({ meeting, targetId, field, text }: { meeting: Meeting; targetId: string; field: OmittedField; text: string }) {
  const act = useMeeting((s) => s.act);
  const [hint, setHint] = useState('');
  const omissions = omissionsOf(meeting);
  const save = (next: typeof omissions) => void act('meetings.setOmissions', { meetingId: meeting.id, omissions: next });
  const marked = spansOf(meeting, targetId, field).length > 0;

  const omitSelection = () => {
    const span = selectedSpan(targetId, field);
    if (!span) {
      setHint('Seleziona prima nel testo le parole da omettere.');
      return;
    }
    setHint('');
    save(withSpan(omissions, { targetId, field, ...span }, text));
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
        <button type="button" className="button--quiet" onClick={() => save(withoutSpans(omissions, targetId, field))}>
          Togli gli omissis
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

/** «Nome riservato» for a participant or guest (a private person): their name goes from the public copy. */
export function PrivateNameButton({ meeting, personId, name }: { meeting: Meeting; personId: string; name?: string }) {
  const act = useMeeting((s) => s.act);
  const omissions = omissionsOf(meeting);
  const reserved = omissions.personIds.includes(personId);
  return (
    <button
      type="button"
      className="button--quiet"
      aria-label={name && `${reserved ? 'Nome non riservato' : 'Nome riservato'}: ${name}`}
      onClick={() => void act('meetings.setOmissions', { meetingId: meeting.id, omissions: toggled(omissions, 'personIds', personId) })}
    >
      {reserved ? 'Nome non riservato' : 'Nome riservato'}
    </button>
  );
}

/** The public copy's actions on a timeline entry: its words, the whole statement or note, and the speaker's name. */
export function OmissisActions({ meeting, entry }: { meeting: Meeting; entry: TimelineEntry }) {
  const act = useMeeting((s) => s.act);
  const omissions = omissionsOf(meeting);
  const { field, text } = omissibleField(entry) ?? { field: 'text' as const, text: '' };
  const whole = (entry.type === 'statement' || entry.type === 'note') && omissions.entryIds.includes(entry.id);
  const person = entry.type === 'statement' && entry.speaker.kind === 'participant' ? entry.speaker.participantId : null;

  return (
    <>
      <OmissisSpanActions meeting={meeting} targetId={entry.id} field={field} text={text} />
      {(entry.type === 'statement' || entry.type === 'note') && (
        <button
          type="button"
          className="button--quiet"
          aria-pressed={whole}
          onClick={() => void act('meetings.setOmissions', { meetingId: meeting.id, omissions: toggled(omissions, 'entryIds', entry.id) })}
        >
          {entry.type === 'statement' ? "Ometti tutto l'intervento" : 'Ometti tutta la nota'}
        </button>
      )}
      {person && <PrivateNameButton meeting={meeting} personId={person} />}
    </>
  );
}
