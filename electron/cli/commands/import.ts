import { resolve } from 'node:path';
import type { ImportedMeeting } from '../../../shared/api/contract';
import { formatDateWords } from '../../../shared/phrasing';
import { splitFlags, type Command } from '../command';
import { readMeetingFileText } from '../read-meeting-file';
import { reportApiError } from '../report-error';
import { InvalidInputError } from '../../services/invalid-input';

export const importCommand: Command = {
  name: 'import',
  usage: 'verbalizza import <file-seduta.json>',
  summary: "importa una seduta da un file JSON di Verbalizza nell'archivio",
  writesArchive: true,
  async run(args, { io, openArchive }) {
    const { positional } = splitFlags(args);
    const [file] = positional;
    if (!file || positional.length > 1) {
      io.err(`Uso: ${this.usage}`);
      return 2;
    }
    let content: string;
    try {
      content = readMeetingFileText(resolve(file));
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      io.err(error.message);
      return 1;
    }
    const backend = openArchive();
    try {
      const response = await backend.dispatch('files.importJson', { content });
      if (!response.ok) {
        reportApiError(io, response.error);
        io.err("Nessuna modifica all'archivio.");
        return 1;
      }
      const { meeting, alreadyPresent } = response.result as ImportedMeeting;
      if (alreadyPresent) {
        io.out(`Seduta già presente nell'archivio, identica: nulla da importare (id ${meeting.id}).`);
        return 0;
      }
      io.out(`Importata la seduta del ${formatDateWords(meeting.date)} (${meeting.body.name}): id ${meeting.id}`);
      return 0;
    } finally {
      backend.close();
    }
  },
};
