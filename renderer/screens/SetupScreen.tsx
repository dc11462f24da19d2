import { useEffect, useState, type FormEvent } from 'react';
import type { MeetingSummary } from '../../shared/api/contract';
import type { Meeting, Officer } from '../../shared/model';
import { plural } from '../../shared/phrasing';
import { href } from '../app/router';
import { ConvocationFields, type ConvocationDraft } from '../components/ConvocationFields';
import { AttachmentFiles } from '../components/AttachmentFiles';
import { savedAttachments } from '../lib/attachments';
import { ItemForm } from '../components/ItemForm';
import { OfficerFields } from '../components/OfficerFields';
import { useFocusHeading } from '../app/focus';
import { STATUS_LABEL, displayDate } from '../lib/format';
import { useMeeting } from '../store/meeting';
import { read } from '../store/calls';

export function SetupScreen({ meetingId }: { meetingId: string }) {
  const heading = useFocusHeading();
  const view = useMeeting((s) => s.view);
  const load = useMeeting((s) => s.load);
  const loadError = useMeeting((s) => s.loadError);
  const [earlier, setEarlier] = useState<MeetingSummary[]>([]);

  useEffect(() => {
    void load(meetingId);
  }, [load, meetingId]);

  const meeting = view?.meeting.id === meetingId ? view.meeting : null;
  const bodyId = meeting?.body.id;
  const date = meeting?.date;
  useEffect(() => {
    if (!bodyId || !date) return;
    void read('meetings.search', { text: '', bodyId, to: date }).then((list) => list && setEarlier(list.filter((m) => m.id !== meetingId)));
  }, [bodyId, date, meetingId]);

  return (
    <div className="stack">
      <h1 ref={heading} tabIndex={-1}>
        Preparazione della seduta{meeting ? ` del ${displayDate(meeting.date)}` : ''}
      </h1>
      {!meeting && loadError && <p role="alert">{loadError}</p>}
      {meeting && (
        <>
          <p>
            {meeting.body.name} · <span className={`badge badge--${meeting.status}`}>{STATUS_LABEL[meeting.status]}</span>
          </p>
          <HeaderForm key={`${meeting.id}-${meeting.revision}`} meeting={meeting} />
          <AgendaEditor meeting={meeting} earlier={earlier} />
          <div className="form-actions">
            <a className="button button--primary" href={href({ name: 'live', meetingId })}>
              Vai alla seduta (appello e verbale)
            </a>
          </div>
        </>
      )}
    </div>
  );
}

function HeaderForm({ meeting }: { meeting: Meeting }) {
  const act = useMeeting((s) => s.act);
  const [convocation, setConvocation] = useState<ConvocationDraft>({
    date: meeting.date,
    startTime: meeting.startTime,
    modality: meeting.modality,
    convocation: meeting.convocation,
    place: meeting.place,
  });
  // A tavolo is not convened: no convocation to ask for.
  const tavolo = meeting.body.kind === 'tavolo';
  const [president, setPresident] = useState<Officer>(meeting.president);
  const [minuteTaker, setMinuteTaker] = useState<Officer>(meeting.minuteTaker);

  function submit(event: FormEvent) {
    event.preventDefault();
    void act('meetings.updateHeader', {
      meetingId: meeting.id,
      header: { ...convocation, president, minuteTaker },
    });
  }

  return (
    <section className="card" aria-labelledby="header-h">
      <h2 id="header-h">{tavolo ? 'Data, luogo e modalità' : 'Convocazione'}</h2>
      <form className="stack" onSubmit={submit}>
        <div className="form-grid">
          <ConvocationFields value={convocation} onChange={setConvocation} convened={!tavolo} />
        </div>
        <OfficerFields
          legend={tavolo ? 'Chi presiede l’incontro' : 'Presidente della seduta'}
          idPrefix="m-president"
          value={president}
          onChange={setPresident}
          members={tavolo ? undefined : meeting.body.members}
        />
        <OfficerFields legend="Verbalizzante" idPrefix="m-minute-taker" value={minuteTaker} onChange={setMinuteTaker} participants={meeting.body.participants} />
        <div className="form-actions">
          <button type="submit" className="button--primary">
            {tavolo ? 'Salva data, luogo e modalità' : 'Salva convocazione'}
          </button>
        </div>
      </form>
    </section>
  );
}

function AgendaEditor({ meeting, earlier }: { meeting: Meeting; earlier: MeetingSummary[] }) {
  const act = useMeeting((s) => s.act);
  const [editingId, setEditingId] = useState<string | null>(null);
  const count = meeting.items.length;

  return (
    <section className="card" aria-labelledby="agenda-h">
      <h2 id="agenda-h">Ordine del giorno ({plural(count, 'punto', 'punti')})</h2>
      <ol className="agenda-edit" data-testid="agenda-list">
        {meeting.items.map((item, index) => (
          <li key={item.id}>
            {editingId === item.id ? (
              <ItemForm
                formId={`edit-${index}`}
                initial={{ title: item.title, attachments: item.attachments, linkedMeetingIds: item.linkedMeetingIds }}
                earlierMeetings={earlier}
                submitLabel="Salva punto"
                files={<AttachmentFiles meetingId={meeting.id} item={item} formId={`edit-${index}`} />}
                onCancel={() => setEditingId(null)}
                onSubmit={async (draft) => {
                  const attachments = savedAttachments(item.attachments, draft.attachments, (i) => `${item.id}-a${i + 1}-${Date.now()}`);
                  const ok = await act('meetings.updateItem', { meetingId: meeting.id, itemId: item.id, title: draft.title, attachments, linkedMeetingIds: draft.linkedMeetingIds });
                  if (ok) setEditingId(null);
                  return ok !== null;
                }}
              />
            ) : (
              <div className="agenda-edit__row">
                <span className="agenda-edit__title">
                  {item.title}
                  {item.attachments.length > 0 && <span className="muted"> ({item.attachments.map((a) => a.label).join(', ')})</span>}
                  {item.linkedMeetingIds.length > 0 && <span className="muted"> · approva {plural(item.linkedMeetingIds.length, 'verbale', 'verbali')}</span>}
                </span>
                <span className="actions">
                  <button
                    type="button"
                    className="button--quiet"
                    disabled={index === 0}
                    aria-label={`Sposta su: ${item.title}`}
                    onClick={() => void act('meetings.moveItem', { meetingId: meeting.id, itemId: item.id, toIndex: index - 1 })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button--quiet"
                    disabled={index === count - 1}
                    aria-label={`Sposta giù: ${item.title}`}
                    onClick={() => void act('meetings.moveItem', { meetingId: meeting.id, itemId: item.id, toIndex: index + 1 })}
                  >
                    ↓
                  </button>
                  <button type="button" className="button--quiet" onClick={() => setEditingId(item.id)} aria-label={`Modifica: ${item.title}`}>
                    Modifica
                  </button>
                  <button
                    type="button"
                    className="button--quiet"
                    aria-label={`Elimina: ${item.title}`}
                    onClick={() => void act('meetings.removeItem', { meetingId: meeting.id, itemId: item.id })}
                  >
                    Elimina
                  </button>
                </span>
              </div>
            )}
          </li>
        ))}
      </ol>
      <h3>Nuovo punto</h3>
      <ItemForm
        key={count}
        formId="new-item"
        initial={{ title: '', attachments: [], linkedMeetingIds: [] }}
        earlierMeetings={earlier}
        submitLabel="Aggiungi punto"
        onSubmit={async (draft) => {
          const result = await act('meetings.addItem', {
            meetingId: meeting.id,
            title: draft.title,
            attachments: draft.attachments.map((a) => ({ label: a.label, title: a.title })),
            linkedMeetingIds: draft.linkedMeetingIds,
          });
          if (result) document.getElementById('new-item-title')?.focus();
          return result !== null;
        }}
      />
    </section>
  );
}
