import type { ArchiveHit, ArchiveSearchResult } from '../../shared/api/search';
import { plural } from '../../shared/phrasing';
import { href, type Route } from '../app/router';
import { STATUS_LABEL, displayDate } from '../lib/format';

/** Where a hit opens: a meeting in preparation on its setup screen, any other at the entry (closed ones read-only). */
function hitRoute(hit: ArchiveHit): Route {
  if (hit.meeting.status === 'draft') return { name: 'setup', meetingId: hit.meeting.id };
  return { name: 'live', meetingId: hit.meeting.id, ...(hit.entryId && { entryId: hit.entryId }) };
}

function Snippet({ hit }: { hit: ArchiveHit }) {
  return (
    <p className="hit__snippet">
      {hit.snippet.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </p>
  );
}

/** The archive search's hits, one page at a time, each opening the meeting where the words are. */
export function ArchiveHits({ result, onPage }: { result: ArchiveSearchResult; onPage(page: number): void }) {
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const first = (result.page - 1) * result.pageSize + 1;
  if (result.total === 0) return <p role="status">Nessun risultato.</p>;
  return (
    <div className="stack">
      <p role="status">
        {plural(result.total, 'risultato', 'risultati')}
        {pages > 1 && ` · dal ${first} al ${first + result.hits.length - 1}`}
      </p>
      <ol className="hits" data-testid="search-hits">
        {result.hits.map((hit) => (
          <li key={`${hit.meeting.id}/${hit.entryId ?? hit.item?.id ?? ''}`} className="hit">
            <a className="hit__title" href={href(hitRoute(hit))}>
              {displayDate(hit.meeting.date)} · {hit.meeting.bodyName}
              {hit.item && ` · punto ${hit.item.number}. ${hit.item.title}`}
            </a>{' '}
            <span className={`badge badge--${hit.meeting.status}`}>{STATUS_LABEL[hit.meeting.status]}</span>
            <Snippet hit={hit} />
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav className="actions" aria-label="Pagine dei risultati">
          <button type="button" disabled={result.page <= 1} onClick={() => onPage(result.page - 1)}>
            Precedenti
          </button>
          <span>
            Pagina {result.page} di {pages}
          </span>
          <button type="button" disabled={result.page >= pages} onClick={() => onPage(result.page + 1)}>
            Successivi
          </button>
        </nav>
      )}
    </div>
  );
}
