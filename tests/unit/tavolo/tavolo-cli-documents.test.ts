import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSintesiDocument, buildTavoloVerbale } from '../../../shared/tavolo';
import { cli } from '../cli/in-process';
import { convertToPdf, expectedSentences, missingInOrder, normalise, pdfText } from '../docx/libreoffice';
import { tempDir } from '../storage/helpers';
import { exampleSessions, TAVOLO_EXAMPLES } from './examples';

/** Table cells as LibreOffice and pdftotext read them: each cell's words in order, row by row. */
const tableWords = (rows: string[][]) => rows.flat().map(normalise);

describe('tavolo through the CLI: import, register, sintesi and verbale, read back through LibreOffice and pdftotext', () => {
  const { dir, cleanup } = tempDir();
  const data = join(dir, 'dati');
  const sessions = exampleSessions();
  beforeAll(async () => {
    expect((await cli('import', ...TAVOLO_EXAMPLES, '--data-dir', data)).code).toBe(0);
  });
  afterAll(cleanup);

  it('registro --csv: one row per organisation, late joiners consultivo, attendance counted', async () => {
    const { code, out } = await cli('registro', 'povertà e inclusione', '--csv', '--data-dir', data);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Organizzazione;Categoria;RUNTS;Adesione;Ruolo;Incontri frequentati;Incontri dalla adesione;Date degli incontri');
    expect(lines).toHaveLength(21);
    expect(lines).toContain('Associazione Il Tetto APS;Enti del Terzo settore;60733;2026-03-25;consultivo;2;2;2026-04-14 2026-05-19');
    expect(lines).toContain("Emporio solidale Valchiara ETS;Enti del Terzo settore;;2026-04-28;operativo (deciso dall'Ufficio di Piano);1;1;2026-05-19");
  });

  it('refuses the register of a body that is not a tavolo, and a wrong extension', async () => {
    const assemblea = join(dir, 'assemblea');
    await cli('import', join(__dirname, '../../../resources/examples/meeting.json'), '--data-dir', assemblea);
    const refused = await cli('registro', 'Assemblea', '--data-dir', assemblea);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('non è un tavolo di co-programmazione');
    expect((await cli('export-sintesi', 'povertà', join(dir, 'x.odt'), '--data-dir', data)).code).toBe(2);
  });

  it('export-sintesi: the DOCX through LibreOffice and the PDF/A read back with every point in order', async () => {
    const docx = join(dir, 'sintesi.docx');
    const pdf = join(dir, 'sintesi.pdf');
    expect((await cli('export-sintesi', 'povertà', docx, '--data-dir', data)).code).toBe(0);
    expect((await cli('export-sintesi', 'povertà', pdf, '--data-dir', data)).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(convertToPdf([docx], dir).status).toBe(0);
    const expected = expectedSentences(buildSintesiDocument(sessions));
    for (const text of [pdfText(join(dir, 'sintesi.pdf')), pdfText(pdf)]) {
      expect(missingInOrder(normalise(text), expected)).toBeNull();
    }
    const pdfWords = normalise(pdfText(pdf));
    expect(pdfWords).toContain('incontro n. 3 del 19 maggio 2026');
    expect(pdfWords).toContain('Valutare un');
  });

  it('export-docx and export-pdf of a session from the archive: its number, every sentence in order, the table cells', async () => {
    const docx = join(dir, 'incontro-2.docx');
    const pdf = join(dir, 'incontro-2-pdfa.pdf');
    expect((await cli('export-docx', 'tavolo-poverta-2', docx, '--data-dir', data)).code).toBe(0);
    expect((await cli('export-pdf', 'tavolo-poverta-2', pdf, '--data-dir', data)).code).toBe(0);
    expect(convertToPdf([docx], dir).status).toBe(0);
    const doc = buildTavoloVerbale(sessions[1]!, 2);
    const table = doc.blocks.find((block) => block.kind === 'table');
    expect(table?.kind).toBe('table');
    for (const text of [pdfText(join(dir, 'incontro-2.pdf')), pdfText(pdf)]) {
      const words = normalise(text);
      expect(words).toContain('Incontro n. 2');
      expect(missingInOrder(words, expectedSentences(doc))).toBeNull();
      // Cells wrap inside their column: each cell's first words are on the page.
      for (const cell of tableWords(table?.kind === 'table' ? table.rows : [])) expect(words).toContain(cell.split(' ').slice(0, 2).join(' '));
    }
  });

  it('export-docx and export-pdf --style of a session from the archive keep its number', async () => {
    const docx = join(dir, 'incontro-3-sintetico.docx');
    const pdf = join(dir, 'incontro-3-sintetico-pdfa.pdf');
    expect((await cli('export-docx', 'tavolo-poverta-3', docx, '--style', 'Sintetico', '--data-dir', data)).code).toBe(0);
    expect((await cli('export-pdf', 'tavolo-poverta-3', pdf, '--style', 'Sintetico', '--data-dir', data)).code).toBe(0);
    expect(convertToPdf([docx], dir).status).toBe(0);
    for (const text of [pdfText(join(dir, 'incontro-3-sintetico.pdf')), pdfText(pdf)]) expect(normalise(text)).toContain('Incontro n. 3');
  });
});
