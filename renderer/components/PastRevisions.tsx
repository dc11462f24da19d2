import { useEffect, useState } from 'react';
import type { RevisionSummary } from '../../shared/api/revisions';
import { href } from '../app/router';
import { revisionCaption } from '../lib/revisions';
import { read } from '../store/calls';

/** The closed revisions a reopening kept, each opening read-only; shown only when the meeting has been reopened. */
export function PastRevisions({ meetingId, revision }: { meetingId: string; revision: number }) {
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);

  useEffect(() => {
    if (revision > 1) void read('meetings.revisions', { meetingId }).then(setRevisions);
  }, [meetingId, revision]);

  if (revision <= 1) return null;
  return (
    <section className="card" aria-labelledby="revisions-h" data-testid="past-revisions">
      <h2 id="revisions-h">Revisioni precedenti</h2>
      {revisions === null ? (
        <p role="status">Caricamento…</p>
      ) : (
        <ul>
          {revisions.map((past) => (
            <li key={past.revision}>
              <a href={href({ name: 'revision', meetingId, revision: past.revision })}>{revisionCaption(past)}</a>
              <span className="muted"> · motivo: {past.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
