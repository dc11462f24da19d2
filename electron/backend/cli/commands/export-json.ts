import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitFlags, type Command } from '../command';
import { reportApiError } from '../report-error';

export const exportJsonCommand: Command = {
  name: 'export-json',
  usage: 'verbalizza export-json <id-seduta> <file.json>',
  summary: 'scrive una seduta in un file JSON di Verbalizza (formato versionato)',
  async run(args, { io, openArchive }) {
    const { positional } = splitFlags(args);
    const [meetingId, file] = positional;
    if (!meetingId || !file || positional.length > 2) {
      io.err(`Uso: ${this.usage}`);
      return 2;
    }
    const backend = openArchive();
    try {
      const response = await backend.dispatch('files.exportJson', { meetingId });
      if (!response.ok) {
        reportApiError(io, response.error);
        return 1;
      }
      const path = resolve(file);
      writeFileSync(path, (response.result as { content: string }).content);
      io.out(`Seduta esportata in ${path}`);
      return 0;
    } finally {
      backend.close();
    }
  },
};
