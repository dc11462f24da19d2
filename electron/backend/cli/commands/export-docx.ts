import { verbaleExportCommand } from './export-verbale';

export const exportDocxCommand = verbaleExportCommand({
  name: 'export-docx',
  usage: 'verbalizza export-docx <id-seduta | file-seduta.json> <verbale.docx> [--public] [--style <modello | file-stile.json>]',
  summary: 'scrive il verbale in DOCX, da una seduta in archivio o da un file di seduta; --style: in un altro stile, senza cambiare la seduta',
  extension: '.docx',
  saveMethod: 'files.saveDocx',
  loadRender: async () => (await import('../../docx')).renderMeetingDocx,
  exportedWhat: (copy) => (copy === 'public' ? 'Copia per la pubblicazione esportata' : 'Verbale esportato'),
});
