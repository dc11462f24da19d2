import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SavedFile } from '../../../../shared/api/contract';
import { DomainError } from '../../../../shared/api/errors';
import type { Meeting } from '../../../../shared/model';
import type { VerbaleStyle } from '../../../../shared/style';
import { InvalidInputError } from '../../services/invalid-input';
import { toApiError } from '../../transport/dispatch';
import type { VerbaleCopy } from '../../verbale-export';
import { writeFileAtomic } from '../../write-file-atomic';
import { splitOptions, type CliContext, type Command } from '../command';
import { readMeetingFile } from '../read-meeting-file';
import { reportApiError } from '../report-error';
import { archivedMeeting, inStyle, readStyleOption } from '../style-option';

type Render = (meeting: Meeting, copy: VerbaleCopy, sessionNumber?: number | null) => Promise<Uint8Array>;

/** What sets export-docx and export-pdf apart; the rest of the two commands is this one. */
export interface VerbaleFormat {
  name: string;
  usage: string;
  summary: string;
  extension: '.docx' | '.pdf';
  /** The API method the app's menu uses for a meeting of the archive in its own style. */
  saveMethod: 'files.saveDocx' | 'files.savePdf';
  /** Loaded only when used: the DOCX and PDF libraries are large. */
  loadRender(): Promise<Render>;
  exportedWhat(copy: VerbaleCopy): string;
}

/** A meeting file on disk is exported without touching any database; anything else is a meeting id in the archive. */
function isMeetingFile(target: string): boolean {
  if (existsSync(target)) return statSync(target).isFile();
  return target.toLowerCase().endsWith('.json');
}

/** From a meeting file: refusals (a file the model refuses, tallies that do not add up) are reported like the API's. */
async function exportFromFile(format: VerbaleFormat, file: string, outPath: string, copy: VerbaleCopy, style: VerbaleStyle | null, { io }: CliContext): Promise<number> {
  try {
    const render = await format.loadRender();
    const { meeting } = readMeetingFile(file);
    writeFileAtomic(outPath, await render(style ? inStyle(meeting, style) : meeting, copy));
  } catch (error) {
    if (!(error instanceof DomainError || error instanceof InvalidInputError)) throw error;
    reportApiError(io, toApiError(error));
    return 1;
  }
  io.out(`${format.exportedWhat(copy)}: ${outPath}`);
  return 0;
}

/** From the archive, opened read-only (works beside a running app): the same save method the app's menu uses. */
async function exportFromArchive(format: VerbaleFormat, meetingId: string, outPath: string, copy: VerbaleCopy, style: VerbaleStyle | null, { io, openArchive }: CliContext): Promise<number> {
  const backend = openArchive();
  try {
    // In another style: the meeting is read and rendered here, the archive only read.
    if (style) {
      const read = await archivedMeeting(backend, meetingId);
      if (!read.ok) {
        reportApiError(io, read.error);
        return 1;
      }
      const render = await format.loadRender();
      writeFileAtomic(outPath, await render(inStyle(read.meeting, style), copy, backend.services.tavoli.sessionNumber(read.meeting)));
      io.out(`${format.exportedWhat(copy)}: ${outPath}`);
      return 0;
    }
    const response = await backend.dispatch(format.saveMethod, { meetingId, copy, outputPath: outPath });
    if (!response.ok) {
      reportApiError(io, response.error);
      return 1;
    }
    io.out(`${format.exportedWhat(copy)}: ${(response.result as SavedFile).path}`);
    return 0;
  } finally {
    backend.close();
  }
}

/** `export-<format> <meeting-id | meeting-file> <out> [--public] [--style <preset | style file>]`. */
export function verbaleExportCommand(format: VerbaleFormat): Command {
  return {
    name: format.name,
    usage: format.usage,
    summary: format.summary,
    async run(args, context) {
      const { positional, flags, values, missing } = splitOptions(args, ['style']);
      const [target, out] = positional;
      const copy: VerbaleCopy = flags.delete('public') ? 'public' : 'original';
      if (!target || !out || positional.length > 2 || flags.size > 0 || missing.length > 0) {
        if (missing.length > 0) context.io.err('Manca lo stile dopo --style (un modello, vedi «verbalizza styles», o un file di stile).');
        context.io.err(`Uso: ${format.usage}`);
        return 2;
      }
      if (!out.toLowerCase().endsWith(format.extension)) {
        context.io.err(`Il file di uscita deve avere estensione ${format.extension}: ${out}`);
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
      return isMeetingFile(target) ? exportFromFile(format, resolve(target), outPath, copy, style, context) : exportFromArchive(format, target, outPath, copy, style, context);
    },
  };
}
