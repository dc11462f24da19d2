import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SavedFile } from '../../../shared/api/contract';
import { DomainError } from '../../../shared/api/errors';
import { InvalidInputError } from '../../services/invalid-input';
import { toApiError } from '../../transport/dispatch';
import { writeFileAtomic } from '../../write-file-atomic';
import { splitFlags, type Command, type CliContext } from '../command';
import { readMeetingFile } from '../read-meeting-file';
import { reportApiError } from '../report-error';

/** A meeting file on disk is exported without touching any database; anything else is a meeting id in the archive. */
function isMeetingFile(target: string): boolean {
  if (existsSync(target)) return statSync(target).isFile();
  return target.toLowerCase().endsWith('.json');
}

/** From a meeting file: refusals (a file the model refuses, tallies that do not add up) are reported like the API's. */
async function exportFromFile(file: string, outPath: string, { io }: CliContext): Promise<number> {
  try {
    const { renderMeetingPdf } = await import('../../pdf');
    writeFileAtomic(outPath, await renderMeetingPdf(readMeetingFile(file).meeting));
  } catch (error) {
    if (!(error instanceof DomainError || error instanceof InvalidInputError)) throw error;
    reportApiError(io, toApiError(error));
    return 1;
  }
  io.out(`Verbale PDF/A esportato: ${outPath}`);
  return 0;
}

/** From the archive, opened read-only (works beside a running app): the same files.savePdf the app's menu uses. */
async function exportFromArchive(meetingId: string, outPath: string, { io, openArchive }: CliContext): Promise<number> {
  const backend = openArchive();
  try {
    const response = await backend.dispatch('files.savePdf', { meetingId, outputPath: outPath });
    if (!response.ok) {
      reportApiError(io, response.error);
      return 1;
    }
    io.out(`Verbale PDF/A esportato: ${(response.result as SavedFile).path}`);
    return 0;
  } finally {
    backend.close();
  }
}

export const exportPdfCommand: Command = {
  name: 'export-pdf',
  usage: 'verbalizza export-pdf <id-seduta | file-seduta.json> <verbale.pdf>',
  summary: 'scrive il verbale in PDF/A-2 (il documento da firmare e conservare), da una seduta in archivio o da un file di seduta',
  async run(args, context) {
    const { positional, flags } = splitFlags(args);
    const [target, out] = positional;
    if (!target || !out || positional.length > 2 || flags.size > 0) {
      context.io.err(`Uso: ${this.usage}`);
      return 2;
    }
    if (!out.toLowerCase().endsWith('.pdf')) {
      context.io.err(`Il file di uscita deve avere estensione .pdf: ${out}`);
      return 2;
    }
    const outPath = resolve(out);
    return isMeetingFile(target) ? exportFromFile(resolve(target), outPath, context) : exportFromArchive(target, outPath, context);
  },
};
