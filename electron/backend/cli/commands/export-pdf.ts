import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SavedFile } from '../../../../shared/api/contract';
import { DomainError } from '../../../../shared/api/errors';
import { InvalidInputError } from '../../services/invalid-input';
import type { VerbaleCopy } from '../../verbale-export';
import { toApiError } from '../../transport/dispatch';
import { writeFileAtomic } from '../../write-file-atomic';
import { splitOptions, type Command, type CliContext } from '../command';
import { archivedMeeting, inStyle, readStyleOption } from '../style-option';
import type { VerbaleStyle } from '../../../../shared/style';
import { readMeetingFile } from '../read-meeting-file';
import { reportApiError } from '../report-error';

/** A meeting file on disk is exported without touching any database; anything else is a meeting id in the archive. */
function isMeetingFile(target: string): boolean {
  if (existsSync(target)) return statSync(target).isFile();
  return target.toLowerCase().endsWith('.json');
}

/** From a meeting file: refusals (a file the model refuses, tallies that do not add up) are reported like the API's. */
async function exportFromFile(file: string, outPath: string, copy: VerbaleCopy, style: VerbaleStyle | null, { io }: CliContext): Promise<number> {
  try {
    const { renderMeetingPdf } = await import('../../pdf');
    const { meeting } = readMeetingFile(file);
    writeFileAtomic(outPath, await renderMeetingPdf(style ? inStyle(meeting, style) : meeting, copy));
  } catch (error) {
    if (!(error instanceof DomainError || error instanceof InvalidInputError)) throw error;
    reportApiError(io, toApiError(error));
    return 1;
  }
  io.out(`${exportedWhat(copy)}: ${outPath}`);
  return 0;
}

function exportedWhat(copy: VerbaleCopy): string {
  return copy === 'public' ? 'Copia per la pubblicazione PDF/A esportata' : 'Verbale PDF/A esportato';
}

/** From the archive, opened read-only (works beside a running app): the same files.savePdf the app's menu uses. */
async function exportFromArchive(meetingId: string, outPath: string, copy: VerbaleCopy, style: VerbaleStyle | null, { io, openArchive }: CliContext): Promise<number> {
  const backend = openArchive();
  try {
    // In another style: the meeting is read and rendered here, the archive only read.
    if (style) {
      const read = await archivedMeeting(backend, meetingId);
      if (!read.ok) {
        reportApiError(io, read.error);
        return 1;
      }
      const { renderMeetingPdf } = await import('../../pdf');
      writeFileAtomic(outPath, await renderMeetingPdf(inStyle(read.meeting, style), copy, backend.services.tavoli.sessionNumber(read.meeting)));
      io.out(`${exportedWhat(copy)}: ${outPath}`);
      return 0;
    }
    const response = await backend.dispatch('files.savePdf', { meetingId, copy, outputPath: outPath });
    if (!response.ok) {
      reportApiError(io, response.error);
      return 1;
    }
    io.out(`${exportedWhat(copy)}: ${(response.result as SavedFile).path}`);
    return 0;
  } finally {
    backend.close();
  }
}

export const exportPdfCommand: Command = {
  name: 'export-pdf',
  usage: 'verbalizza export-pdf <id-seduta | file-seduta.json> <verbale.pdf> [--public] [--style <modello | file-stile.json>]',
  summary: 'scrive il verbale in PDF/A-2 (il documento da firmare e conservare), da una seduta in archivio o da un file di seduta',
  async run(args, context) {
    const { positional, flags, values, missing } = splitOptions(args, ['style']);
    const [target, out] = positional;
    const copy: VerbaleCopy = flags.delete('public') ? 'public' : 'original';
    if (!target || !out || positional.length > 2 || flags.size > 0 || missing.length > 0) {
      context.io.err(`Uso: ${this.usage}`);
      return 2;
    }
    if (!out.toLowerCase().endsWith('.pdf')) {
      context.io.err(`Il file di uscita deve avere estensione .pdf: ${out}`);
      return 2;
    }
    const outPath = resolve(out);
    const styleName = values.get('style');
    let style: VerbaleStyle | null = null;
    try {
      style = styleName === undefined ? null : readStyleOption(styleName);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      reportApiError(context.io, toApiError(error));
      return 1;
    }
    return isMeetingFile(target) ? exportFromFile(resolve(target), outPath, copy, style, context) : exportFromArchive(target, outPath, copy, style, context);
  },
};
