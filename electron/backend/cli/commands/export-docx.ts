import type { Command } from '../command';

/** The DOCX helper's command (electron/backend/cli/export-docx.ts), loaded only when used: the DOCX library is large. */
export const exportDocxCommand: Command = {
  name: 'export-docx',
  usage: 'verbalizza export-docx <id-seduta | file-seduta.json> <verbale.docx> [--public] [--style <modello | file-stile.json>]',
  summary: 'scrive il verbale in DOCX, da una seduta in archivio o da un file di seduta; --style: in un altro stile, senza cambiare la seduta',
  async run(args, { io, dataDir }) {
    const { exportDocxCommand: run } = await import('../export-docx');
    return run(args, io, { dataDir });
  },
};
