import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MeetingView } from '../../../shared/api/contract';
import { formatDateWords } from '../../../shared/phrasing';
import { splitFlags, type Command } from '../command';
import { reportApiError } from '../report-error';

export const importCommand: Command = {
  name: 'import',
  usage: 'verbalizza import <file-seduta.json>',
  summary: "importa una seduta da un file JSON di Verbalizza nell'archivio",
  async run(args, { io, openArchive }) {
    const { positional } = splitFlags(args);
    const [file] = positional;
    if (!file || positional.length > 1) {
      io.err(`Uso: ${this.usage}`);
      return 2;
    }
    let content: string;
    try {
      content = readFileSync(resolve(file), 'utf8');
    } catch {
      io.err(`File non leggibile: ${file}`);
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
      const { meeting } = response.result as MeetingView;
      io.out(`Importata la seduta del ${formatDateWords(meeting.date)} (${meeting.body.name}): id ${meeting.id}`);
      return 0;
    } finally {
      backend.close();
    }
  },
};
