import type { AgendaItem, Meeting } from '../../shared/model';
import { isTavoloEntry } from '../../shared/model/tavolo';
import { attendanceSummary, tavoloEntryLine } from '../../shared/tavolo';
import { speakerKey, speakerOptions } from '../lib/people';

/**
 * The president's screen at a tavolo: no quorum and no votes, so the topic, who is at the table and the last thing
 * said on the topic (a contribution with its organisation, a point of agreement, a divergent view, a commitment).
 */
export function ChairTavolo({ meeting }: { meeting: Meeting }) {
  const itemIndex = Math.max(0, meeting.items.findIndex((i) => i.id === meeting.currentItemId));
  const item = meeting.items[itemIndex];
  const summary = attendanceSummary(meeting);
  const last = item ? lastSaid(meeting, item) : null;
  return (
    <>
      <section className="chair__item" aria-label="Tema in discussione">
        <p className="chair__label">
          Tema {item ? itemIndex + 1 : '–'} di {meeting.items.length}
        </p>
        <p className="chair__title">{item?.title ?? 'Nessun tema'}</p>
      </section>
      <section className="chair__attendance" aria-label="Presenze al tavolo">
        <p className="chair__big" data-testid="chair-organisations">
          Organizzazioni presenti {summary.organisationsPresent} su {summary.organisationsTotal}
        </p>
        <p className="chair__mid" data-testid="chair-people">
          {summary.people === 1 ? '1 persona' : `${summary.people} persone`}, di cui da remoto {summary.remote}
        </p>
      </section>
      <section className="chair__last" aria-label="Ultima voce">
        <p className="chair__label">{last ? `Ultima voce su questo tema: ${last.kind}` : 'Ultima voce su questo tema'}</p>
        {last ? (
          <div data-testid="chair-last-said">
            {last.who && <p className="chair__sentence"><strong>{last.who}</strong></p>}
            <p className="chair__said">{last.text}</p>
          </div>
        ) : (
          <p className="chair__sentence" data-testid="chair-last-said">
            Nessun contributo su questo tema.
          </p>
        )}
      </section>
    </>
  );
}

/** The item's last contribution, agreement, divergence, commitment, written contribution or intervention, as one line. */
function lastSaid(meeting: Meeting, item: AgendaItem): { kind: string; who: string; text: string } | null {
  const entry = item.entries.findLast((candidate) => isTavoloEntry(candidate) || candidate.type === 'statement');
  if (!entry) return null;
  if (isTavoloEntry(entry)) return tavoloEntryLine(meeting, entry);
  if (entry.type !== 'statement') return null;
  const key = speakerKey(entry.speaker);
  const speaker = speakerOptions(meeting).find((option) => option.key === key);
  return { kind: 'intervento', who: speaker ? [speaker.name, speaker.detail].filter(Boolean).join(', ') : '', text: entry.text };
}
