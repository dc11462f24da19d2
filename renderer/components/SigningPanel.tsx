import { useEffect, useRef, useState } from 'react';
import type { SignedFile, SigningStatus } from '../../shared/api/signing';
import { plural } from '../../shared/phrasing';
import { fileToBase64 } from '../app/file-base64';
import { startDownload } from '../app/start-download';
import { read, write } from '../store/calls';

const KIND_LABEL: Record<SignedFile['kind'], string> = { pades: 'PDF firmato (PAdES)', cades: 'file .p7m (CAdES)' };

/**
 * The signing of a closed meeting's verbale: «Esporta per la firma» (the PDF/A, its SHA-256 shown), the signed file
 * brought back (recognised and matched to that export), and the fascicolo with everything and its index.
 */
export function SigningPanel({ meetingId, revision }: { meetingId: string; revision: number }) {
  const [status, setStatus] = useState<SigningStatus | null>(null);
  const [busy, setBusy] = useState<'export' | 'signed' | 'dossier' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void read('signing.status', { meetingId }).then(setStatus);
  }, [meetingId, revision]);

  async function exportForSignature() {
    setBusy('export');
    const exported = await write('signing.exportForSignature', { meetingId });
    setBusy(null);
    if (!exported) return;
    startDownload(exported, 'application/pdf');
    setStatus(await read('signing.status', { meetingId }));
  }

  async function attachSigned() {
    const file = input.current?.files?.[0];
    if (!file) return;
    setBusy('signed');
    const signed = await write('signing.attachSigned', { meetingId, fileName: file.name, base64: await fileToBase64(file) });
    setBusy(null);
    if (signed) setStatus(await read('signing.status', { meetingId }));
  }

  async function exportDossier() {
    setBusy('dossier');
    const dossier = await read('files.exportDossier', { meetingId });
    setBusy(null);
    if (dossier) setSaved(startDownload(dossier, 'application/zip'));
  }

  const latest = status?.exports[0];
  const signed = status?.signed;
  return (
    <section className="card stack" aria-labelledby="signing-h">
      <h2 id="signing-h">Firma e fascicolo</h2>
      <div className="actions">
        <button type="button" onClick={() => void exportForSignature()} disabled={busy !== null}>
          Esporta per la firma
        </button>
        <button type="button" onClick={() => void exportDossier()} disabled={busy !== null}>
          Esporta il fascicolo (.zip)
        </button>
      </div>
      {latest && (
        <p data-testid="signing-export">
          Da firmare: <strong>{latest.fileName}</strong>
          <br />
          Impronta SHA-256: <code className="hash">{latest.sha256}</code>
        </p>
      )}
      {latest && (
        <div className="form-grid">
          <label className="span-2">
            File firmato (.pdf con firma PAdES o .p7m)
            <input type="file" ref={input} accept=".pdf,.p7m" data-testid="signed-file" />
          </label>
          <div className="form-actions">
            <button type="button" onClick={() => void attachSigned()} disabled={busy !== null}>
              Allega il file firmato
            </button>
          </div>
        </div>
      )}
      {signed && (
        <p role="status" data-testid="signed-status">
          <span className="badge badge--signed">Firmata</span> {signed.fileName}: {KIND_LABEL[signed.kind]},{' '}
          {plural(signed.signatures, 'firma', 'firme')}, sul PDF/A esportato per la firma.
          <br />
          Impronta SHA-256: <code className="hash">{signed.sha256}</code>
        </p>
      )}
      <p className="muted small">La validità dei certificati non è verificata: usare il software di firma.</p>
      <p role="status" className="muted small" data-testid="dossier-saved">
        {busy === 'dossier' && 'Esportazione in corso…'}
        {busy !== 'dossier' && saved && `Fascicolo esportato: ${saved}`}
      </p>
    </section>
  );
}
