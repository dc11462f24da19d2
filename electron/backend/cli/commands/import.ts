import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ImportedMeeting } from '../../../../shared/api/contract';
import type { ApiError } from '../../../../shared/api/errors';
import { formatDateWords } from '../../../../shared/phrasing';
import { organisationsAddedSentence } from '../../../../shared/tavolo/organisations-added';
import { splitFlags, type CliIo, type Command } from '../command';
import { readMeetingFileText } from '../read-meeting-file';
import { reportApiError } from '../report-error';
import { InvalidInputError } from '../../services/invalid-input';
import type { Backend } from '../../services/backend';

type Outcome =
  | { kind: 'imported'; meeting: ImportedMeeting['meeting']; organisationsAdded: string[] }
  | { kind: 'present'; meetingId: string; organisationsAdded: string[] }
  | { kind: 'refused'; error: ApiError | string };

/** The files named: each file as given, each folder as the .json files in it (not its subfolders), in name order. */
function meetingFiles(paths: string[]): string[] {
  return paths.flatMap((path) => {
    const full = resolve(path);
    const isFolder = (() => {
      try {
        return statSync(full).isDirectory();
      } catch {
        return false; // a missing path is refused by the reader, by name
      }
    })();
    if (!isFolder) return [full];
    return readdirSync(full)
      .filter((name) => name.toLowerCase().endsWith('.json'))
      .sort()
      .map((name) => join(full, name));
  });
}

async function importFile(backend: Backend, content: string): Promise<Outcome> {
  const response = await backend.dispatch('files.importJson', { content });
  if (!response.ok) return { kind: 'refused', error: response.error };
  const { meeting, alreadyPresent, organisationsAdded } = response.result as ImportedMeeting;
  return alreadyPresent ? { kind: 'present', meetingId: meeting.id, organisationsAdded } : { kind: 'imported', meeting, organisationsAdded };
}

function readOrRefuse(path: string): { content: string } | { refusal: string } {
  try {
    return { content: readMeetingFileText(path) };
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return { refusal: error.message };
  }
}

/** A refusal as the lines a single import prints: the message, then each field or problem. */
function refusalLines(error: ApiError | string): string[] {
  if (typeof error === 'string') return [error];
  const lines: string[] = [];
  reportApiError({ out: (line) => lines.push(line), err: (line) => lines.push(line) }, error);
  return lines;
}

const importedSentence = (meeting: ImportedMeeting['meeting']) => `la seduta del ${formatDateWords(meeting.date)} (${meeting.body.name}): id ${meeting.id}`;

/** One file: the sentences of a single import, as they always were. */
async function importSingle(path: string, io: CliIo, openArchive: () => Backend): Promise<number> {
  const read = readOrRefuse(path);
  if ('refusal' in read) {
    io.err(read.refusal);
    return 1;
  }
  const backend = openArchive();
  try {
    const outcome = await importFile(backend, read.content);
    if (outcome.kind === 'refused') {
      for (const line of refusalLines(outcome.error)) io.err(line);
      io.err("Nessuna modifica all'archivio.");
      return 1;
    }
    if (outcome.kind === 'present') io.out(`Seduta già presente nell'archivio, identica: nulla da importare (id ${outcome.meetingId}).`);
    else io.out(`Importata ${importedSentence(outcome.meeting)}`);
    if (outcome.organisationsAdded.length > 0) io.out(organisationsAddedSentence(outcome.organisationsAdded));
    return 0;
  } finally {
    backend.close();
  }
}

/** Several files or a folder: one line per file, each imported on its own (a refused file changes nothing and stops nothing). */
async function importMany(paths: string[], io: CliIo, openArchive: () => Backend): Promise<number> {
  const counts = { imported: 0, present: 0, refused: 0 };
  const backend = openArchive();
  try {
    for (const path of paths) {
      const name = basename(path);
      const read = readOrRefuse(path);
      const outcome: Outcome = 'refusal' in read ? { kind: 'refused', error: read.refusal } : await importFile(backend, read.content);
      counts[outcome.kind === 'imported' ? 'imported' : outcome.kind === 'present' ? 'present' : 'refused'] += 1;
      if (outcome.kind === 'refused') {
        const [reason, ...details] = refusalLines(outcome.error);
        io.err(`${name}: rifiutata: ${reason}`);
        for (const detail of details) io.err(`  ${detail}`);
        continue;
      }
      io.out(outcome.kind === 'imported' ? `${name}: importata ${importedSentence(outcome.meeting)}` : `${name}: già presente, identica (id ${outcome.meetingId})`);
      if (outcome.organisationsAdded.length > 0) io.out(`${name}: ${organisationsAddedSentence(outcome.organisationsAdded)}`);
    }
  } finally {
    backend.close();
  }
  const word = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  io.out(
    `${word(paths.length, 'file', 'file')}: ${word(counts.imported, 'importata', 'importate')}, ${counts.present} già presenti, ${word(counts.refused, 'rifiutata', 'rifiutate')}` +
      (counts.refused > 0 ? " (i file rifiutati non hanno cambiato nulla nell'archivio)." : '.'),
  );
  return counts.refused > 0 ? 1 : 0;
}

export const importCommand: Command = {
  name: 'import',
  usage: 'verbalizza import <file-seduta.json | cartella> [altri file o cartelle…]',
  summary: "importa nell'archivio una o più sedute da file JSON di Verbalizza (anche tutti i .json di una cartella)",
  writesArchive: true,
  async run(args, { io, openArchive }) {
    const { positional } = splitFlags(args);
    if (positional.length === 0) {
      io.err(`Uso: ${this.usage}`);
      return 2;
    }
    const files = meetingFiles(positional);
    if (files.length === 0) {
      io.err(`Nessun file .json in ${positional.map((p) => resolve(p)).join(', ')}.`);
      return 1;
    }
    const single = positional.length === 1 && files.length === 1 && files[0] === resolve(positional[0]!);
    return single ? importSingle(files[0]!, io, openArchive) : importMany(files, io, openArchive);
  },
};
