import { useState, type FormEvent } from 'react';
import type { Meeting, NextMeeting } from '../../shared/model';
import { formatDateWords, plural } from '../../shared/phrasing';
import { emptyTavoloSession } from '../../shared/tavolo';
import { useTavoloSessionChange } from './TavoloAttendance';

/** The end of a tavolo's session: the next meeting (or none yet) and the days for observations on the verbale. */
export function TavoloSessionFields({ meeting }: { meeting: Meeting }) {
  const session = meeting.tavoloSession ?? emptyTavoloSession();
  if (meeting.status === 'closed') {
    return (
      <section className="card" aria-labelledby="tavolo-session-h" data-testid="tavolo-session-fields">
        <h2 id="tavolo-session-h">Prossimo incontro e osservazioni</h2>
        <p>Prossimo incontro: {session.nextMeeting ? nextMeetingWords(session.nextMeeting) : 'nessuno fissato'}.</p>
        <p>Osservazioni sul verbale entro {plural(session.observationDays, 'giorno', 'giorni')}.</p>
      </section>
    );
  }
  // A new form whenever the stored values change (a save here, or another window): it starts from what is stored.
  return <SessionForm key={JSON.stringify([session.nextMeeting, session.observationDays])} meeting={meeting} />;
}

function nextMeetingWords(next: NextMeeting): string {
  return `${formatDateWords(next.date, { weekday: true })}${next.time ? ` alle ore ${next.time}` : ''}${next.place ? `, presso ${next.place}` : ''}`;
}

function SessionForm({ meeting }: { meeting: Meeting }) {
  const stored = meeting.tavoloSession ?? emptyTavoloSession();
  const change = useTavoloSessionChange(meeting.id);
  const [planned, setPlanned] = useState(stored.nextMeeting !== null);
  const [date, setDate] = useState(stored.nextMeeting?.date ?? '');
  const [time, setTime] = useState(stored.nextMeeting?.time ?? '');
  const [place, setPlace] = useState(stored.nextMeeting?.place ?? '');
  const [days, setDays] = useState(String(stored.observationDays));

  function submit(event: FormEvent) {
    event.preventDefault();
    const nextMeeting = planned ? { date, time: time || null, place: place.trim() } : null;
    // Only these two fields: the attendance is the one stored when the change runs. The model checks the values.
    void change((session) => ({ ...session, nextMeeting, observationDays: Number(days) }));
  }

  return (
    <section className="card" aria-labelledby="tavolo-session-h" data-testid="tavolo-session-fields">
      <h2 id="tavolo-session-h">Prossimo incontro e osservazioni</h2>
      <form className="form-grid" onSubmit={submit} aria-label="Prossimo incontro e osservazioni">
        <label className="checkbox span-2">
          <input type="checkbox" checked={planned} onChange={(e) => setPlanned(e.target.checked)} />
          Il prossimo incontro è già fissato
        </label>
        {planned && (
          <>
            <label>
              Data del prossimo incontro
              <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
            </label>
            <label>
              Ora (facoltativa)
              <input type="time" value={time} onChange={(e) => setTime(e.target.value)} />
            </label>
            <label className="span-2">
              Luogo (facoltativo)
              <input value={place} onChange={(e) => setPlace(e.target.value)} placeholder="la Sala consiliare del Comune di …" />
            </label>
          </>
        )}
        <label>
          Giorni per le osservazioni sul verbale
          <input type="number" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} />
        </label>
        <div className="form-actions">
          <button type="submit" className="button--primary">
            Salva prossimo incontro e osservazioni
          </button>
        </div>
      </form>
      <p className="muted small" data-testid="tavolo-session-stored">
        Nel verbale: prossimo incontro {stored.nextMeeting ? nextMeetingWords(stored.nextMeeting) : 'non indicato'}; osservazioni entro{' '}
        {plural(stored.observationDays, 'giorno', 'giorni')}.
      </p>
    </section>
  );
}
