import { useEffect } from 'react';
import type { MeetingView } from '../../shared/api/contract';
import { decisionPhrasing, decisionSentence, formatPercent } from '../../shared/phrasing';
import { displayDate } from '../lib/format';
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
  const itemIndex = Math.max(0, meeting.items.findIndex((i) => i.id === meeting.currentItemId));
  const item = meeting.items[itemIndex];
  const last = lastResult(view);
  return (
    <main className="chair" data-testid="chair">
      <h1 className="chair__body">
        {meeting.body.name} · {displayDate(meeting.date)}
      </h1>
      <section className="chair__item" aria-label="Punto in discussione">
        <p className="chair__label">
          Punto {item ? itemIndex + 1 : '–'} di {meeting.items.length}
        </p>
        <p className="chair__title">{item?.title ?? 'Nessun punto'}</p>
      </section>
      <section className={`chair__quorum ${q.holds ? 'is-ok' : 'is-ko'}`} aria-label="Quorum">
        <p className="chair__big" data-testid="chair-heads">
          Presenti {q.headsPresent} su {q.headsTotal}
        </p>
        <p className="chair__mid">
          Popolazione {formatPercent(q.populationPercent)} · in aula {view.presenceNow.inRoom}, da remoto {view.presenceNow.remote}
        </p>
        <p className="chair__verdict">{q.holds ? 'Seduta valida' : `Quorum non raggiunto: ${q.missing.join(', ')}`}</p>
        <p className="chair__rule">{q.ruleText}</p>
      </section>
      <section className="chair__last" aria-label="Ultimo esito">
        <p className="chair__label">Ultima decisione</p>
        <p className="chair__sentence">{last ?? 'Nessuna decisione finora.'}</p>
      </section>
      {error && <p className="chair__error">Aggiornamento non riuscito: {error}</p>}
    </main>
  );
}

function lastResult(view: MeetingView): string | null {
  const { meeting } = view;
  for (let i = meeting.items.length - 1; i >= 0; i--) {
    const entries = meeting.items[i]!.entries;
    for (let j = entries.length - 1; j >= 0; j--) {
      const entry = entries[j]!;
      if (entry.type !== 'decision') continue;
      try {
        return decisionSentence(decisionPhrasing(meeting, entry, view.check.outcomes[entry.id] ?? 'none'));
      } catch {
        return entry.subject;
      }
    }
  }
  return null;
}
