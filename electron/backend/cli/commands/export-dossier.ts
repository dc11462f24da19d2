import { resolve } from 'node:path';
import type { SavedFile } from '../../../../shared/api/contract';
import { splitFlags, type Command } from '../command';
import { reportApiError } from '../report-error';

export const exportDossierCommand: Command = {
  name: 'export-dossier',
  usage: 'verbalizza export-dossier <id-seduta> <cartella | fascicolo.zip>',
  summary: 'scrive il fascicolo della seduta (verbale PDF/A e DOCX, file firmato, allegati, indice CSV e JSON con le impronte SHA-256) in una cartella nuova o in un file .zip',
  async run(args, { io, openArchive }) {
    const { positional, flags } = splitFlags(args);
    const [meetingId, out] = positional;
    if (!meetingId || !out || positional.length > 2 || flags.size > 0) {
      io.err(`Uso: ${this.usage}`);
      return 2;
    }
    // Read-only: works beside a running app.
    const backend = openArchive();
    try {
      const response = await backend.dispatch('files.saveDossier', { meetingId, outputPath: resolve(out) });
      if (!response.ok) {
        reportApiError(io, response.error);
        return 1;
      }
      io.out(`Fascicolo esportato: ${(response.result as SavedFile).path}`);
      return 0;
    } finally {
      backend.close();
    }
  },
};
