import { useEffect, useState } from 'react';
import type { BodyView, TavoloRegisterView } from '../../shared/api/contract';
import { formatDateWords } from '../../shared/phrasing';
import { useSave } from '../app/start-download';
import { DOCX_MIME } from '../lib/download';
import { read } from '../store/calls';

const ROLE_NAMES = { operativo: 'Operativo', consultivo: 'Consultivo' } as const;

/** The tavolo's organisations across its sessions (as the Ambito reports participation) and the documento di sintesi. */
export function TavoloRegister({ body }: { body: BodyView }) {
  const [register, setRegister] = useState<TavoloRegisterView | null>(null);
  const { busy, saved, save } = useSave();

  useEffect(() => {
    void read('tavoli.register', { bodyId: body.id }).then(setRegister);
  }, [body]);

  const exportSintesi = (format: 'docx' | 'pdf') => save(read('tavoli.exportSintesi', { bodyId: body.id, format }), format === 'docx' ? DOCX_MIME : 'application/pdf');

  return (
    <section className="card" aria-labelledby="register-h">
      <h2 id="register-h">Registro delle organizzazioni</h2>
      {register && register.rows.length === 0 && <p className="muted">Il tavolo non ha ancora organizzazioni.</p>}
      {register && register.rows.length > 0 && (
        <table className="data-table" data-testid="tavolo-register">
          <thead>
            <tr>
              <th scope="col">Organizzazione</th>
              <th scope="col">Adesione</th>
              <th scope="col">Ruolo</th>
              <th scope="col">Incontri frequentati</th>
            </tr>
          </thead>
          <tbody>
            {register.rows.map((row) => (
              <tr key={row.organisationId}>
                <th scope="row">{row.name}</th>
                <td>{formatDateWords(row.joinedOn)}</td>
                <td>{ROLE_NAMES[row.role]}{row.roleChanged ? ' (indicato dall’Ufficio)' : ''}</td>
                <td>{`${row.sessionsAttended} su ${row.sessionsSinceJoining}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="actions">
        <button type="button" onClick={() => void exportSintesi('docx')} disabled={busy}>
          Esporta documento di sintesi (DOCX)
        </button>
        <button type="button" onClick={() => void exportSintesi('pdf')} disabled={busy}>
          Esporta documento di sintesi (PDF/A)
        </button>
      </p>
      <p role="status" className="muted small" data-testid="sintesi-saved">
        {busy && 'Esportazione in corso…'}
        {saved !== null && `Documento di sintesi esportato: ${saved}`}
      </p>
    </section>
  );
}
