import { verbaleExportCommand } from './export-verbale';

export const exportPdfCommand = verbaleExportCommand({
  name: 'export-pdf',
  usage: 'verbalizza export-pdf <id-seduta | file-seduta.json> <verbale.pdf> [--public] [--style <modello | file-stile.json>]',
  summary: 'scrive il verbale in PDF/A-2 (il documento da firmare e conservare), da una seduta in archivio o da un file di seduta',
  extension: '.pdf',
  saveMethod: 'files.savePdf',
  loadRender: async () => (await import('../../pdf')).renderMeetingPdf,
  exportedWhat: (copy) => (copy === 'public' ? 'Copia per la pubblicazione PDF/A esportata' : 'Verbale PDF/A esportato'),
});
