import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SavedFile } from '../../../shared/api/contract';
import { DomainError, type ApiError } from '../../../shared/api/errors';
import { renderMeetingDocx } from '../docx';
import { defaultDataDir } from '../paths';
import { openBackend } from '../services/backend';
import { InvalidInputError } from '../services/invalid-input';
import type { VerbaleCopy } from '../verbale-export';
import { writeFileAtomic } from '../write-file-atomic';
import type { CliIo } from './command';
import { archivedMeeting, inStyle, readStyleOption } from './style-option';
import type { VerbaleStyle } from '../../../shared/style';
import { readMeetingFile } from './read-meeting-file';
import { reportApiError } from './report-error';

export const EXPORT_DOCX_USAGE = 'Uso: verbalizza export-docx <id-seduta | file-seduta.json> <verbale.docx> [--public] [--style <modello | file-stile.json>] [--data-dir <cartella>]';

const consoleIo: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** A meeting file on disk is exported without touching any database; anything else is a meeting id in the archive. */
function isMeetingFile(target: string): boolean {
  if (existsSync(target)) return statSync(target).isFile();
  return target.toLowerCase().endsWith('.json');
}

async function exportFromFile(file: string, outPath: string, copy: VerbaleCopy, style: VerbaleStyle | null): Promise<string> {
  const { meeting } = readMeetingFile(file);
  writeFileAtomic(outPath, await renderMeetingDocx(style ? inStyle(meeting, style) : meeting, copy));
  return outPath;
}

async function exportFromArchive(meetingId: string, outPath: string, copy: VerbaleCopy, style: VerbaleStyle | null, dataDir: string): Promise<string> {
  const backend = openBackend(dataDir, { dailyBackup: false, readOnly: true });
  try {
    // In another style: the meeting is read and rendered here, the archive only read.
    if (style) {
      const read = await archivedMeeting(backend, meetingId);
      if (!read.ok) throw new ApiFailure(read.error);
      writeFileAtomic(outPath, await renderMeetingDocx(inStyle(read.meeting, style), copy, backend.services.tavoli.sessionNumber(read.meeting)));
      return outPath;
    }
    const response = await backend.dispatch('files.saveDocx', { meetingId, copy, outputPath: outPath });
    if (!response.ok) throw new ApiFailure(response.error);
    return (response.result as SavedFile).path;
  } finally {
    backend.close();
  }
}

class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/** Prints why the export failed: the message, then each problem. */
function reportFailure(io: CliIo, error: unknown): void {
  if (error instanceof ApiFailure) return reportApiError(io, error.error);
  if (error instanceof DomainError) return reportApiError(io, { kind: 'domain', code: error.code, message: error.message, details: error.details });
  if (error instanceof InvalidInputError) return reportApiError(io, { kind: 'validation', message: error.message, issues: error.issues });
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('E')) {
    return io.err(`Impossibile scrivere o leggere il file: ${error.message}`);
  }
  io.err(`Esportazione non riuscita: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * `export-docx <meeting-or-file> <out.docx>` (registered in electron/backend/cli/commands): writes the verbale of a meeting
 * file or of a meeting in the archive.
 * Returns the exit code: 0 done, 1 refused or failed (nothing written), 2 wrong usage.
 */
export async function exportDocxCommand(args: string[], io: CliIo = consoleIo, options: { dataDir?: string } = {}): Promise<number> {
  const positional: string[] = [];
  let dataDir = options.dataDir;
  let copy: VerbaleCopy = 'original';
  let styleName: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--data-dir') {
      dataDir = args[++i];
      if (!dataDir) {
        io.err('Manca la cartella dopo --data-dir.');
        io.err(EXPORT_DOCX_USAGE);
        return 2;
      }
    } else if (arg === '--style' || arg.startsWith('--style=')) {
      styleName = arg === '--style' ? args[++i] : arg.slice('--style='.length);
      if (!styleName) {
        io.err('Manca lo stile dopo --style (un modello, vedi «verbalizza styles», o un file di stile).');
        io.err(EXPORT_DOCX_USAGE);
        return 2;
      }
    } else if (arg === '--public') {
      copy = 'public';
    } else {
      positional.push(arg);
    }
  }
  const [target, out] = positional;
  if (!target || !out || positional.length > 2) {
    io.err(EXPORT_DOCX_USAGE);
    return 2;
  }
  if (!out.toLowerCase().endsWith('.docx')) {
    io.err(`Il file di uscita deve avere estensione .docx: ${out}`);
    return 2;
  }
  const outPath = resolve(out);
  try {
    const style = styleName === undefined ? null : readStyleOption(styleName);
    const written = isMeetingFile(target)
      ? await exportFromFile(resolve(target), outPath, copy, style)
      : await exportFromArchive(target, outPath, copy, style, dataDir ?? defaultDataDir());
    io.out(`${copy === 'public' ? 'Copia per la pubblicazione esportata' : 'Verbale esportato'}: ${written}`);
    return 0;
  } catch (error) {
    reportFailure(io, error);
    return 1;
  }
}
