import type { SignedFile } from '../../../shared/api/signing';
import type { Meeting } from '../../../shared/model';
import { sha256Hex } from '../db/blobs';
import { csvField } from '../csv-field';

/** One file of the fascicolo, as the index lists it. */
export interface DossierFile {
  /** Path inside the folder or zip, «/»-separated. */
  name: string;
  role: 'verbale-pdfa' | 'verbale-docx' | 'allegato' | 'verbale-firmato';
  /** In Italian, for the protocol: «Allegato All.1 – Relazione del revisore». */
  description: string;
  bytes: Uint8Array;
}

export interface DossierIndexEntry {
  file: string;
  role: DossierFile['role'];
  description: string;
  sha256: string;
  bytes: number;
}

export interface DossierParts {
  meeting: Meeting;
  pdf: { fileName: string; bytes: Uint8Array };
  docx: { fileName: string; bytes: Uint8Array };
  attachmentBytes: (sha256: string) => Uint8Array;
  signed: { file: SignedFile; bytes: Uint8Array } | null;
}

/** A name any file system takes: no folders, no reserved characters, no leading dots. */
export function safeFileName(name: string): string {
  const cleaned = [...name]
    .map((char) => (char < ' ' || '\\/:*?"<>|'.includes(char) ? '_' : char))
    .join('')
    .replace(/^[.\s]+/, '')
    .trim();
  return cleaned.slice(0, 180) || 'file';
}

/** Every file of the fascicolo in order: verbale PDF/A, DOCX, the signed file, then the attachments by number. */
export function dossierFiles(parts: DossierParts): DossierFile[] {
  const files: DossierFile[] = [
    { name: safeFileName(parts.pdf.fileName), role: 'verbale-pdfa', description: 'Verbale in PDF/A-2', bytes: parts.pdf.bytes },
    { name: safeFileName(parts.docx.fileName), role: 'verbale-docx', description: 'Verbale in DOCX (modificabile, non per la conservazione)', bytes: parts.docx.bytes },
  ];
  if (parts.signed) {
    const kind = parts.signed.file.kind === 'pades' ? 'PAdES' : 'CAdES (.p7m)';
    files.push({ name: safeFileName(parts.signed.file.fileName), role: 'verbale-firmato', description: `Verbale firmato digitalmente, ${kind}`, bytes: parts.signed.bytes });
  }
  for (const item of parts.meeting.items) {
    for (const attachment of item.attachments) {
      if (!attachment.file) continue;
      files.push({
        name: `allegati/${safeFileName(`${attachment.label} - ${attachment.file.fileName}`)}`,
        role: 'allegato',
        description: `Allegato ${attachment.label}${attachment.title ? ` – ${attachment.title}` : ''}`,
        bytes: parts.attachmentBytes(attachment.file.sha256),
      });
    }
  }
  return files;
}

export function dossierIndex(files: readonly DossierFile[]): DossierIndexEntry[] {
  return files.map((file) => ({ file: file.name, role: file.role, description: file.description, sha256: sha256Hex(file.bytes), bytes: file.bytes.length }));
}

/** The index as CSV with «;» (what Excel opens in Italian), UTF-8 with a BOM. */
export function indexCsv(entries: readonly DossierIndexEntry[]): string {
  const lines = [['file', 'ruolo', 'descrizione', 'sha256', 'byte'], ...entries.map((entry) => [entry.file, entry.role, entry.description, entry.sha256, entry.bytes])];
  return `\uFEFF${lines.map((line) => line.map(csvField).join(';')).join('\r\n')}\r\n`;
}

export function indexJson(meeting: Meeting, entries: readonly DossierIndexEntry[]): string {
  return `${JSON.stringify({ format: 'verbalizza.fascicolo', version: 1, meetingId: meeting.id, date: meeting.date, revision: meeting.revision, body: meeting.body.name, files: entries }, null, 2)}\n`;
}
