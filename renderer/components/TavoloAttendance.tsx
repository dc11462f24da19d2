import type { Meeting } from '../../shared/model';
import { attendanceSummary } from '../../shared/tavolo';

/** In place of the quorum at a tavolo (no quorum, no vote): which organisations are there, how many people, who is missing. */
export function TavoloAttendance({ meeting }: { meeting: Meeting }) {
  const summary = attendanceSummary(meeting);
  return (
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
          <dd>
            {summary.people} ({summary.remote})
          </dd>
        </div>
      </dl>
      {summary.absent.length > 0 && <p className="muted">Assenti: {summary.absent.join(', ')}</p>}
    </section>
  );
}
