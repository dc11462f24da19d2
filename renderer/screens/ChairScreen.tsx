import { useEffect } from 'react';
import type { MeetingView } from '../../shared/api/contract';
import type { AgendaItem, Meeting } from '../../shared/model';
import { rulesWeighPopulation } from '../../shared/rules';
import { decisionPhrasing, decisionSentence, formatPercent } from '../../shared/phrasing';
import { displayDate } from '../lib/format';
import { speakerKey, speakerOptions, type SpeakerOption } from '../lib/people';
import { ChairTavolo } from '../components/ChairTavolo';
import { useMeeting } from '../store/meeting';

/**
 * The president's screen: large type, read-only. Loaded once; then each change event of its meeting at another
 * version reads it again (renderer/store/follow.ts): no polling.
 */
export function ChairScreen({ meetingId }: { meetingId: string }) {
  const view = useMeeting((s) => (s.view?.meeting.id === meetingId ? s.view : null));
  const error = useMeeting((s) => s.loadError);
  const load = useMeeting((s) => s.load);

  useEffect(() => {
    void load(meetingId);
  }, [load, meetingId]);

  if (!view) {
    return (
      <main className="chair">
        <h1>Schermo del presidente</h1>
        <p role="status">{error ?? 'Caricamento…'}</p>
      </main>
    );
  }
  const { meeting, quorumNow: q } = view;
  const heading = (
    <h1 className="chair__body">
      {meeting.body.name} · {displayDate(meeting.date)}
    </h1>
  );
  const failed = error && <p className="chair__error">Aggiornamento non riuscito: {error}</p>;
  // A tavolo has no quorum and no votes: its own panels.
  if (meeting.body.kind === 'tavolo') {
    return (
      <main className="chair" data-testid="chair">
        {heading}
        <ChairTavolo meeting={meeting} />
        {failed}
      </main>
    );
  }
  const itemIndex = Math.max(0, meeting.items.findIndex((i) => i.id === meeting.currentItemId));
  const item = meeting.items[itemIndex];
  const last = item ? lastDecision(view, item) : null;
  const speaker = item ? currentSpeaker(meeting, item) : null;
  const weighsPopulation = rulesWeighPopulation(meeting.body.rules);
  return (
    <main className="chair" data-testid="chair">
      {heading}
      <section className="chair__item" aria-label="Punto in discussione">
        <p className="chair__label">
          Punto {item ? itemIndex + 1 : '–'} di {meeting.items.length}
        </p>
        <p className="chair__title">{item?.title ?? 'Nessun punto'}</p>
      </section>
      <section className="chair__speaker" aria-label="Oratore">
        <p className="chair__label">Ha la parola</p>
        <p className="chair__sentence" data-testid="chair-speaker">
          {speaker ? (
            <>
              <strong>{speaker.name}</strong> <span className="chair__detail">{speaker.detail}</span>
            </>
          ) : (
            'Nessun intervento su questo punto.'
          )}
        </p>
      </section>
      <section className={`chair__quorum ${q.holds ? 'is-ok' : 'is-ko'}`} aria-label="Quorum">
        <p className="chair__big" data-testid="chair-heads">
          Presenti {q.headsPresent} su {q.headsTotal}
        </p>
        <p className="chair__mid" data-testid="chair-presence">
          {weighsPopulation && `Popolazione ${formatPercent(q.populationPercent)} · `}in aula {view.presenceNow.inRoom}, da remoto {view.presenceNow.remote}
        </p>
        <p className="chair__verdict">{q.holds ? 'Seduta valida' : `Quorum non raggiunto: ${q.missing.join(', ')}`}</p>
        <p className="chair__rule">{q.ruleText}</p>
      </section>
      <section className="chair__last" aria-label="Ultimo esito">
        <p className="chair__label">Ultima decisione su questo punto</p>
        <p className="chair__sentence">{last ?? 'Nessuna decisione su questo punto.'}</p>
      </section>
      {failed}
    </main>
  );
}

/** The speaker of the current item's last statement: who has the floor now. */
function currentSpeaker(meeting: Meeting, item: AgendaItem): SpeakerOption | null {
  const statement = item.entries.findLast((entry) => entry.type === 'statement');
  if (!statement) return null;
  const key = speakerKey(statement.speaker);
  return speakerOptions(meeting).find((option) => option.key === key) ?? null;
}

/** The last decision of the item on screen: a decision of an earlier item is not this item's outcome. */
function lastDecision(view: MeetingView, item: AgendaItem): string | null {
  const decision = item.entries.findLast((entry) => entry.type === 'decision');
  if (!decision) return null;
  try {
    return decisionSentence(decisionPhrasing(view.meeting, decision, view.check.outcomes[decision.id] ?? 'none'));
  } catch {
    return decision.subject;
  }
}
