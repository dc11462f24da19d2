import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAVOLO_STYLE, styleFile } from '../../../shared/style';
import { cli } from '../cli/in-process';
import { elementText, openDocx, paragraphElements, runsOf } from '../docx/docx-parts';
import { tempDir } from '../storage/helpers';
import { TAVOLO_EXAMPLES } from './examples';

describe('a tavolo session exported in an office style that words its agreements its own way', () => {
  const { dir, cleanup } = tempDir();
  const data = join(dir, 'dati');
  beforeAll(async () => {
    expect((await cli('import', ...TAVOLO_EXAMPLES, '--data-dir', data)).code).toBe(0);
  });
  afterAll(cleanup);

  const paragraphsOf = async (docx: string) => paragraphElements((await openDocx(readFileSync(docx))).text('word/document.xml'));

  it('prints «Il tavolo conviene:» in bold where the Tavolo preset prints «Punto condiviso:», the rest unchanged', async () => {
    const styleText = JSON.stringify(styleFile({ ...TAVOLO_STYLE, name: 'Ufficio di Piano Val Chiara', templates: { ...TAVOLO_STYLE.templates, tavoloAgreement: 'Il tavolo conviene: {testo}' } }));
    writeFileSync(join(dir, 'stile.json'), styleText);
    const preset = join(dir, 'preset.docx');
    const office = join(dir, 'ufficio.docx');
    expect((await cli('export-docx', 'tavolo-poverta-2', preset, '--style', 'Tavolo di co-programmazione', '--data-dir', data)).code).toBe(0);
    expect((await cli('export-docx', 'tavolo-poverta-2', office, '--style', join(dir, 'stile.json'), '--data-dir', data)).code).toBe(0);

    const before = await paragraphsOf(preset);
    const after = await paragraphsOf(office);
    const agreement = 'Gli alloggi di transizione hanno una durata massima di diciotto mesi, con un progetto personalizzato.';
    expect(before.map(elementText)).toContain(`Punto condiviso: ${agreement}`);
    const edited = after.find((p) => elementText(p) === `Il tavolo conviene: ${agreement}`);
    expect(edited && runsOf(edited).map(({ text, bold }) => ({ text, bold }))).toEqual([
      { text: 'Il tavolo conviene: ', bold: true },
      { text: agreement, bold: false },
    ]);
    expect(after.map(elementText).filter((text) => text.startsWith('Il tavolo conviene: '))).toHaveLength(2);
    expect(after.map(elementText).join('\n')).not.toContain('Punto condiviso');
    // Only the agreements changed: every other paragraph is the same, in the same order.
    const others = (paragraphs: string[]) => paragraphs.map(elementText).filter((text) => !/^(Punto condiviso|Il tavolo conviene): /.test(text));
    expect(others(after)).toEqual(others(before));
  });
});
