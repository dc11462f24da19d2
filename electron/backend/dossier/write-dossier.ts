import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import { DomainError } from '../../../shared/api/errors';
import type { Meeting } from '../../../shared/model';
import { writeFileAtomic, writeNewFileFlushed } from '../write-file-atomic';
import { type DossierFile, dossierIndex, indexCsv, indexJson } from './dossier-files';

/** The fascicolo's files with its index (index.csv and index.json list every other file with its SHA-256). */
export function withIndex(meeting: Meeting, files: readonly DossierFile[]): { name: string; bytes: Uint8Array }[] {
  const entries = dossierIndex(files);
  const encoder = new TextEncoder();
  return [...files, { name: 'indice.csv', bytes: encoder.encode(indexCsv(entries)) }, { name: 'indice.json', bytes: encoder.encode(indexJson(meeting, entries)) }];
}

/**
 * Stored, not deflated: PDF, DOCX, images and office files are compressed already (deflating 60 MB of them took 9 s
 * for nothing), and a stored zip is what any conservation system reads.
 */
export function dossierZip(files: readonly { name: string; bytes: Uint8Array }[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((file) => [file.name, file.bytes])), { level: 0 });
}

/** A zip when the path ends in .zip, else a folder; either is written under a temporary name and renamed. */
export function writeDossier(path: string, files: readonly { name: string; bytes: Uint8Array }[]): void {
  if (path.toLowerCase().endsWith('.zip')) {
    writeFileAtomic(path, dossierZip(files));
    return;
  }
  if (existsSync(path) && (!statSync(path).isDirectory() || readdirSync(path).length > 0)) {
    throw new DomainError('DOSSIER_TARGET_EXISTS', `«${path}» esiste già e non è una cartella vuota: indicare una cartella nuova o un file .zip.`);
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    for (const file of files) {
      const target = join(temp, ...file.name.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      writeNewFileFlushed(target, file.bytes);
    }
    if (existsSync(path)) rmdirSync(path);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}
