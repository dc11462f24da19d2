import writeExcelFile from 'write-excel-file/node';
import type { ExportedFile } from '../../../shared/api/contract';

/** The columns the import guesses without help, with one example row to overwrite. */
const TEMPLATE_ROWS = [
  ['N.', 'Ente', 'Rappresentante', 'Ruolo', 'Genere', 'Popolazione', 'Data popolazione', 'Delega'],
  ['1', 'Comune di Esempio', 'Mario Rossi', 'Sindaco', 'M', '12345', '31/12/2025', ''],
];

export async function membersTemplate(format: 'csv' | 'xlsx'): Promise<ExportedFile> {
  if (format === 'csv') {
    const csv = `${TEMPLATE_ROWS.map((row) => row.join(';')).join('\r\n')}\r\n`;
    return { fileName: 'componenti-modello.csv', base64: Buffer.from(`\uFEFF${csv}`, 'utf8').toString('base64') };
  }
  const [header = [], example = []] = TEMPLATE_ROWS;
  const sheet = [
    header.map((value) => ({ value, fontWeight: 'bold' as const })),
    example.map((value, index) => (index === 0 || index === 5 ? Number(value) : value)),
  ];
  const bytes = await writeExcelFile(sheet, { columns: header.map(() => ({ width: 22 })) }).toBuffer();
  return { fileName: 'componenti-modello.xlsx', base64: bytes.toString('base64') };
}
