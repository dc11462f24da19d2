import { useCallback, useState, type KeyboardEvent } from 'react';
import type { Meeting, Organisation, OrganisationCategory, OrganisationRepresentative, Presence, TavoloSession } from '../../shared/model';
import { CATEGORY_NAMES, attendanceSummary, emptyTavoloSession, presenceLine, representativesForQuery, withKeyMark, withPresence, withTimes, type KeyMarkOutcome } from '../../shared/tavolo';
import { personName } from '../../shared/tavolo/entries';
import { href } from '../app/router';
import { nowTime } from '../lib/format';
import { defaultPresence, presenceChoices, presenceForKey } from '../lib/roll-call';
import { useMeeting } from '../store/meeting';

const PRESENCE_LABEL: Record<Presence, string> = { room: 'In sala', remote: 'Da remoto', absent: 'Assente' };

/** The window's pending session changes: one queue for every control, so that none is built on a stale session. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * One change of the tavolo's session, saved whole with `meetings.setTavoloSession`. Changes run one after the other,
 * each on the session as the previous one left it, so quick keystrokes never overwrite each other.
 */
export function useTavoloSessionChange(meetingId: string): (change: (session: TavoloSession) => TavoloSession) => Promise<boolean> {
  const act = useMeeting((s) => s.act);
  return useCallback(
    (change) => {
      const run = queue.then(async () => {
        const meeting = useMeeting.getState().view?.meeting;
        if (meeting?.id !== meetingId) return false;
        const current = meeting.tavoloSession ?? emptyTavoloSession();
        const next = change(current);
        if (JSON.stringify(next) === JSON.stringify(current) && meeting.tavoloSession) return true;
        return (await act('meetings.setTavoloSession', { meetingId, session: next })) !== null;
      });
      // The caller hears of a failure through `run`; the next change must still run.
      queue = run.catch(() => undefined);
      return run;
    },
    [act, meetingId],
  );
}

/**
 * In place of the quorum at a tavolo (no quorum, no vote): which organisations are there, how many people, who is
 * missing; then the tavolo's roll call by organisation (by keyboard too), with arrivals and departures once it is live.
 * A closed session is read only.
 */
export function TavoloAttendance({ meeting }: { meeting: Meeting }) {
  const summary = attendanceSummary(meeting);
  const organisations = meeting.body.tavolo?.organisations ?? [];
  const closed = meeting.status === 'closed';
  return (
    <>
      <section className="quorum" aria-labelledby="tavolo-attendance-h" data-testid="tavolo-attendance">
        <h2 id="tavolo-attendance-h">Presenze al tavolo</h2>
        <dl className="quorum__figures">
          <div>
            <dt>Organizzazioni presenti</dt>
            <dd data-testid="tavolo-organisations">
              {summary.organisationsPresent} su {summary.organisationsTotal}
            </dd>
          </div>
          <div>
            <dt>Persone (di cui da remoto)</dt>
            <dd data-testid="tavolo-people">
              {summary.people} ({summary.remote})
            </dd>
          </div>
        </dl>
        {summary.absent.length > 0 && (
          <p className="muted" data-testid="tavolo-absent">
            Assenti: {summary.absent.join(', ')}
          </p>
        )}
      </section>
      <section className="attendance card" aria-labelledby="tavolo-rollcall-h" data-testid="tavolo-rollcall">
        <h2 id="tavolo-rollcall-h">{closed ? 'Presenze delle organizzazioni' : meeting.status === 'live' ? 'Presenze e movimenti' : 'Appello del tavolo'}</h2>
        {!closed && <TavoloRollCallKeyboard meeting={meeting} />}
        {(Object.keys(CATEGORY_NAMES) as OrganisationCategory[]).map((category) => {
          const inCategory = organisations.filter((organisation) => organisation.category === category);
          if (inCategory.length === 0) return null;
          return (
            <div key={category} className="tavolo-rollcall__category">
              <h3>{CATEGORY_NAMES[category]}</h3>
              <ul className="attendance__list">
                {inCategory.map((organisation) => (
                  <li key={organisation.id} className="tavolo-rollcall__organisation">
                    <strong>{organisation.name}</strong>
                    <ul className="attendance__list">
                      {organisation.representatives.map((person) => (
                        <RepresentativeRow key={person.id} meeting={meeting} organisation={organisation} person={person} />
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
        <p className="small">
          Prossimo incontro e giorni per le osservazioni: in <a href={href({ name: 'close', meetingId: meeting.id })}>Chiusura ed esportazione</a>.
        </p>
      </section>
    </>
  );
}

/**
 * A name or an organisation (every word counts), then a key: Enter present, + in the room, * remote, - absent; arrows
 * choose among several. Once live the keys are movements at the current time: arrives, connects, leaves.
 */
function TavoloRollCallKeyboard({ meeting }: { meeting: Meeting }) {
  const change = useTavoloSessionChange(meeting.id);
  const live = meeting.status === 'live';
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState(0);
  const [message, setMessage] = useState('');
  const matches = meeting.body.tavolo ? representativesForQuery(meeting.body.tavolo, query) : [];
  const target = matches[Math.min(chosen, matches.length - 1)];
  const choices = presenceChoices(meeting);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && matches.length > 1) {
      event.preventDefault();
      setChosen((index) => (Math.min(index, matches.length - 1) + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
      return;
    }
    const isMark = event.key === 'Enter' || event.key === '+' || event.key === '*' || event.key === '-';
    if (!isMark || event.altKey || event.ctrlKey) return;
    event.preventDefault();
    const presence = presenceForKey(meeting, event.key);
    if (!presence) {
      setMessage(meeting.modality === 'online' ? 'Seduta online: nessuno è «In sala».' : 'In questa seduta non è prevista la presenza da remoto.');
      return;
    }
    if (!target) {
      setMessage(query.trim() ? `Nessun rappresentante per «${query.trim()}»: scrivi parte del nome o dell'organizzazione.` : "Scrivi parte del nome o dell'organizzazione, poi il tasto.");
      return;
    }
    setQuery('');
    setChosen(0);
    const { organisation, representative } = target;
    let outcome: KeyMarkOutcome | null = null;
    void change((session) => {
      const marked = withKeyMark(session, organisation.id, representative.id, presence, live ? nowTime() : null);
      outcome = marked.outcome;
      return marked.session;
    }).then((done) => {
      if (done && outcome) setMessage(`${personName(representative)} (${organisation.name}): ${outcomeWords(outcome)}.`);
    });
  }

  const room = defaultPresence(meeting) === 'room';
  const keys = live
    ? [
        ...(choices.includes('room') ? [room ? 'Invio o + arriva ora' : '+ arriva ora'] : []),
        ...(choices.includes('remote') ? [room ? '* si collega ora' : 'Invio o * si collega ora'] : []),
        '- esce ora',
      ]
    : [
        ...(choices.includes('room') ? [room ? 'Invio o + in sala' : '+ in sala'] : []),
        ...(choices.includes('remote') ? [room ? '* da remoto' : 'Invio o * da remoto'] : []),
        '- assente',
      ];
  return (
    <div className="rollcall-keys">
      <label>
        {live ? 'Arrivi e uscite da tastiera' : 'Appello da tastiera'}: parte del nome o dell&apos;organizzazione, poi un tasto
        <input
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setChosen(0);
          }}
          onKeyDown={onKeyDown}
          autoComplete="off"
          aria-describedby="tavolo-rollcall-help"
          data-testid="tavolo-rollcall-input"
        />
      </label>
      <p id="tavolo-rollcall-help" className="muted small">
        {keys.join(' · ')}. Frecce su e giù: un altro dei nomi trovati.{live && " Per correggere l'appello: le scelte qui sotto."}{' '}
        <span data-testid="tavolo-rollcall-target">
          {query.trim() === ''
            ? ''
            : target
              ? `${personName(target.representative)} (${target.organisation.name})${matches.length > 1 ? ` · ${Math.min(chosen, matches.length - 1) + 1} di ${matches.length}` : ''}`
              : `Nessun rappresentante per «${query.trim()}»`}
        </span>
      </p>
      <p role="status" className="small" data-testid="tavolo-rollcall-status">
        {message}
      </p>
    </div>
  );
}

function outcomeWords(outcome: KeyMarkOutcome): string {
  switch (outcome.kind) {
    case 'marked':
      return PRESENCE_LABEL[outcome.presence].toLowerCase();
    case 'arrived':
      return outcome.mode === 'room' ? `arriva alle ${outcome.time}, in sala` : `si collega alle ${outcome.time}`;
    case 'left':
      return `esce alle ${outcome.time}`;
    case 'alreadyLeft':
      return `uscita già registrata alle ${outcome.time}; per un rientro cancella l'ora di uscita`;
    case 'unchanged':
      return `già ${PRESENCE_LABEL[outcome.presence].toLowerCase()}`;
  }
}

function RepresentativeRow({ meeting, organisation, person }: { meeting: Meeting; organisation: Organisation; person: OrganisationRepresentative }) {
  const change = useTavoloSessionChange(meeting.id);
  const line = meeting.tavoloSession ? presenceLine(meeting.tavoloSession, organisation.id, person.id) : null;
  const presence: Presence = line?.mode ?? 'absent';
  const live = meeting.status === 'live';
  const closed = meeting.status === 'closed';
  const choices = presenceChoices(meeting);
  const options = choices.includes(presence) ? choices : [presence, ...choices];
  const who = `${personName(person)} (${organisation.name})`;
  const mark = (next: Presence) => void change((session) => withPresence(session, organisation.id, person.id, next));
  const setTimes = (times: { arrivedAt?: string | null; leftAt?: string | null }) => change((session) => withTimes(session, organisation.id, person.id, times));
  const arrive = (mode: 'room' | 'remote') => void change((session) => withTimes(withPresence(session, organisation.id, person.id, mode), organisation.id, person.id, { arrivedAt: nowTime() }));
  const arrivalModes = choices.filter((p): p is 'room' | 'remote' => p !== 'absent');
  const times = [line?.arrivedAt && `dalle ${line.arrivedAt}`, line?.leftAt && `fino alle ${line.leftAt}`].filter(Boolean).join(', ');

  return (
    <li className={`attendance__row attendance__row--wrap attendance__row--${presence}`} data-testid={`tavolo-row-${organisation.id}-${person.id}`}>
      <span className="attendance__who">
        {personName(person)}
        {person.role && <span className="muted"> · {person.role}</span>}
        {closed && (
          <span className="attendance__state">
            {' '}
            {PRESENCE_LABEL[presence]}
            {times && ` (${times})`}
          </span>
        )}
      </span>
      {!closed && (
        <span role="radiogroup" aria-label={`Presenza di ${who}`} className="segmented">
          {options.map((p) => (
            <label key={p} className={presence === p ? 'is-on' : undefined}>
              <input type="radio" name={`tavolo-${organisation.id}-${person.id}`} checked={presence === p} onChange={() => mark(p)} />
              {PRESENCE_LABEL[p]}
            </label>
          ))}
        </span>
      )}
      {live && line && (
        <span className="tavolo-rollcall__times">
          <TimeField label="Arrivo" who={who} value={line.arrivedAt} onSave={(arrivedAt) => setTimes({ arrivedAt })} />
          <TimeField label="Uscita" who={who} value={line.leftAt} onSave={(leftAt) => setTimes({ leftAt })} />
          {line.leftAt === null && (
            <button type="button" onClick={() => void setTimes({ leftAt: nowTime() })} aria-label={`Esce ora: ${who}`}>
              Esce ora
            </button>
          )}
        </span>
      )}
      {live && !line && (
        <span className="actions">
          {arrivalModes.map((mode) => (
            <button key={mode} type="button" onClick={() => arrive(mode)} aria-label={`${mode === 'room' ? 'Arriva ora' : 'Si collega ora'}: ${who}`}>
              {mode === 'room' ? 'Arriva ora' : 'Si collega ora'}
            </button>
          ))}
        </span>
      )}
    </li>
  );
}

/** An arrival or departure time, saved when she leaves the field or presses Enter; empty: from the opening / to the closing. */
function TimeField({ label, who, value, onSave }: { label: string; who: string; value: string | null; onSave(time: string | null): Promise<boolean> }) {
  const [typed, setTyped] = useState<string | null>(null);
  const shown = typed ?? value ?? '';
  function commit() {
    if (typed === null) return;
    const next = typed || null;
    setTyped(null);
    if (next !== value) void onSave(next);
  }
  return (
    <label className="tavolo-rollcall__time">
      {label}
      <input
        type="time"
        value={shown}
        onChange={(e) => setTyped(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
        aria-label={`${label} di ${who}`}
      />
    </label>
  );
}
