import { useEffect, useState, type FormEvent } from 'react';
import type { BodySummary, MeetingSummary } from '../../shared/api/contract';
import type { ArchiveSearchResult } from '../../shared/api/search';
import type { MeetingStatus } from '../../shared/model';
import { plural } from '../../shared/phrasing';
import { organisationsAddedSentence } from '../../shared/tavolo/organisations-added';
import { href, navigate } from '../app/router';
import { useFocusHeading } from '../app/focus';
import { ArchiveHits } from '../components/ArchiveHits';
import { ConvocationFields, type ConvocationDraft } from '../components/ConvocationFields';
import { DeleteDraftDialog } from '../components/DeleteDraftDialog';
import { ExportDocxButton } from '../components/ExportDocxButton';
import { STATUS_LABEL, displayDate, nowTime, todayIso } from '../lib/format';
import { read, write } from '../store/calls';

export function HomeScreen() {
  const heading = useFocusHeading();
  const [bodies, setBodies] = useState<BodySummary[]>([]);
  // Counts the imports that kept her on this screen: the lists show what they brought.
  const [imports, setImports] = useState(0);
  useEffect(() => {
    void read('bodies.list', {}).then((list) => list && setBodies(list));
  }, [imports]);

  return (
    <div className="stack">
      <h1 ref={heading} tabIndex={-1}>
        Archivio e organi
      </h1>
      <BodiesSection bodies={bodies} />
      {bodies.length > 0 && <NewMeetingForm bodies={bodies} />}
      <ArchiveSection key={imports} bodies={bodies} />
      <ImportSection onStayed={() => setImports((n) => n + 1)} />
    </div>
  );
}

function BodiesSection({ bodies }: { bodies: BodySummary[] }) {
  return (
    <section className="card" aria-labelledby="bodies-h">
      <div className="card__head">
        <h2 id="bodies-h">Organi</h2>
        <a className="button" href={href({ name: 'newBody' })}>
          Nuovo organo
        </a>
      </div>
      {bodies.length === 0 ? (
        <p>Nessun organo. Creane uno per iniziare: nome, presidente, verbalizzante e regole.</p>
      ) : (
        <ul className="plain-list">
          {bodies.map((b) => (
            <li key={b.id}>
              <a href={href({ name: 'body', bodyId: b.id })}>{b.name}</a>{' '}
              <span className="muted">
                {plural(b.memberCount, 'componente', 'componenti')} · {plural(b.meetingCount, 'seduta', 'sedute')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function NewMeetingForm({ bodies }: { bodies: BodySummary[] }) {
  const [bodyId, setBodyId] = useState(bodies[0]?.id ?? '');
  const [convocation, setConvocation] = useState<ConvocationDraft>({
    date: todayIso(),
    startTime: nowTime(),
    modality: 'presence',
    convocation: 'first',
    place: '',
  });

  // A tavolo is not convened: its sessions have no convocation, whatever was chosen for another body.
  const tavolo = bodies.find((body) => body.id === bodyId)?.kind === 'tavolo';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const created = await write('meetings.create', { bodyId, ...convocation, ...(tavolo && { convocation: null }) });
    if (created) navigate({ name: 'setup', meetingId: created.meetingId });
  }

  return (
    <section className="card" aria-labelledby="newmeeting-h">
      <h2 id="newmeeting-h">Nuova seduta</h2>
      <form className="form-grid" onSubmit={submit}>
        <label>
          Organo
          <select value={bodyId} onChange={(e) => setBodyId(e.target.value)}>
            {bodies.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
        <ConvocationFields value={convocation} onChange={setConvocation} convened={!tavolo} />
        <div className="form-actions">
          <button type="submit" className="button--primary">
            Crea seduta
          </button>
        </div>
      </form>
    </section>
  );
}

function ArchiveSection({ bodies }: { bodies: BodySummary[] }) {
  const [text, setText] = useState('');
  const [bodyId, setBodyId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [status, setStatus] = useState<MeetingStatus | ''>('');
  const [results, setResults] = useState<MeetingSummary[] | null>(null);
  const [hits, setHits] = useState<ArchiveSearchResult | null>(null);
  const [deleting, setDeleting] = useState<MeetingSummary | null>(null);
  const filters = { ...(bodyId ? { bodyId } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}), ...(status ? { status } : {}) };

  // Words to find: the hits, a page at a time; no words: the meetings that pass the filters.
  async function search(event?: FormEvent) {
    event?.preventDefault();
    if (text.trim()) return showPage(1);
    setHits(null);
    const found = await read('meetings.search', { text: '', ...filters });
    if (found) setResults(found);
  }

  async function showPage(page: number) {
    const found = await read('archive.search', { text, page, ...filters });
    if (found) setHits(found);
  }

  useEffect(() => {
    void read('meetings.search', { text: '' }).then((found) => found && setResults(found));
  }, []);

  return (
    <section className="card" aria-labelledby="archive-h">
      <h2 id="archive-h">Archivio delle sedute</h2>
      <form className="form-grid form-grid--search" onSubmit={search} role="search">
        <label className="span-2">
          Testo (interventi, oratori, enti, decisioni, punti, luoghi)
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          Organo
          <select value={bodyId} onChange={(e) => setBodyId(e.target.value)}>
            <option value="">Tutti</option>
            {bodies.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Dal
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          Al
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <label>
          Stato
          <select value={status} onChange={(e) => setStatus(e.target.value as MeetingStatus | '')}>
            <option value="">Tutti</option>
            <option value="draft">Bozza</option>
            <option value="live">In corso</option>
            <option value="closed">Chiusa</option>
          </select>
        </label>
        <div className="form-actions">
          <button type="submit">Cerca</button>
        </div>
      </form>
      {hits && <ArchiveHits result={hits} onPage={(page) => void showPage(page)} />}
      {!hits && results && results.length === 0 && <p>Nessuna seduta trovata.</p>}
      {!hits && results && results.length > 0 && (
        <table className="data-table">
          <caption className="sr-only">Sedute trovate</caption>
          <thead>
            <tr>
              <th scope="col">Data</th>
              <th scope="col">Organo</th>
              <th scope="col">Stato</th>
              <th scope="col">Ordine del giorno</th>
              <th scope="col">Azioni</th>
            </tr>
          </thead>
          <tbody>
            {results.map((m) => (
              <tr key={m.id}>
                <td>{displayDate(m.date)}</td>
                <td>{m.bodyName}</td>
                <td>
                  <span className={`badge badge--${m.status}`}>{STATUS_LABEL[m.status]}</span>
                  {m.signed && <span className="badge badge--signed">Firmata</span>}
                  {m.revision > 1 && <span className="muted"> rev. {m.revision}</span>}
                </td>
                <td className="clip">{m.itemTitles.join(' · ')}</td>
                <td className="actions">
                  <a href={href({ name: m.status === 'draft' ? 'setup' : 'live', meetingId: m.id })}>Apri</a>
                  <a href={href({ name: 'chair', meetingId: m.id })} target="_blank" rel="noreferrer">
                    Schermo presidente
                  </a>
                  {m.status === 'closed' && <ExportDocxButton meetingId={m.id} label="Esporta DOCX" />}
                  {m.status === 'draft' && (
                    <button type="button" className="button--quiet" onClick={() => setDeleting(m)} aria-label={`Elimina la seduta del ${displayDate(m.date)}`}>
                      Elimina
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deleting && (
        <DeleteDraftDialog
          meeting={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            void search();
          }}
        />
      )}
    </section>
  );
}

/** The import opens the session it brought in, unless it also changed the tavolo: then it says so first. */
function ImportSection({ onStayed }: { onStayed(): void }) {
  const [added, setAdded] = useState<{ meetingId: string; date: string; sentence: string } | null>(null);
  async function onFile(file: File | undefined) {
    if (!file) return;
    setAdded(null);
    const content = await file.text();
    const view = await write('files.importJson', { content });
    if (!view) return;
    if (view.organisationsAdded.length === 0) navigate({ name: 'live', meetingId: view.meeting.id });
    else {
      setAdded({ meetingId: view.meeting.id, date: view.meeting.date, sentence: organisationsAddedSentence(view.organisationsAdded) });
      onStayed();
    }
  }
  return (
    <section className="card" aria-labelledby="import-h">
      <h2 id="import-h">Importa una seduta</h2>
      <label>
        File di seduta Verbalizza (.json)
        <input type="file" accept="application/json,.json" onChange={(e) => void onFile(e.target.files?.[0])} />
      </label>
      <div role="status" data-testid="import-organisations-added">
        {added && (
          <p>
            {added.sentence} <a href={href({ name: 'live', meetingId: added.meetingId })}>Apri la seduta del {displayDate(added.date)}</a>
          </p>
        )}
      </div>
    </section>
  );
}
