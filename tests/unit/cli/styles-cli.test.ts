import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/backend/cli/main';
import { styleFile, STYLE_PRESETS, SINTETICO_STYLE, ONLINE_STYLE, STANDARD_STYLE } from '../../../shared/style';
import { buildVerbale } from '../../../shared/verbale';
import { elementText, openDocx, paragraphElements } from '../docx/docx-parts';
import { expectedSentences, missingInOrder, normalise, pdfText } from '../docx/libreoffice';
import { exampleMeetingFile, tempDir } from '../storage/helpers';
import { inStyle } from '../shared/style/example-meeting';

const root = join(import.meta.dirname, '..', '..', '..');
const exampleFile = join(root, 'resources/examples/meeting.json');
const example = exampleMeetingFile().meeting;
let dir: string;
let cleanup: () => void;

beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function docxText(path: string): Promise<string> {
  const docx = await openDocx(readFileSync(path));
  return normalise(paragraphElements(docx.text('word/document.xml')).map(elementText).join(' '));
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('CLI styles and --style', () => {
  it('styles lists every preset with its one-line description', async () => {
    const result = await cli('styles');
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    expect(lines.map((line) => line.split(' — ')[0])).toEqual(STYLE_PRESETS.map((style) => style.name));
    for (const line of lines) expect(line.split(' — ')[1]).toMatch(/\S.{20,}\.$/);
  });

  it('export-docx --style renders a meeting of the archive in another style and leaves the archive as it was', async () => {
    const data = join(dir, 'dati');
    expect((await cli('import', exampleFile, '--data-dir', data)).code).toBe(0);
    const archive = join(data, 'verbalizza.sqlite');
    const before = sha256(archive);

    const sintetico = join(dir, 'sintetico.docx');
    expect(await cli('export-docx', example.id, sintetico, '--style', 'sintetico', '--data-dir', data)).toMatchObject({ code: 0, err: '' });
    const standard = join(dir, 'standard.docx');
    expect((await cli('export-docx', example.id, standard, '--data-dir', data)).code).toBe(0);
    expect(sha256(archive)).toBe(before);

    const text = await docxText(sintetico);
    expect(missingInOrder(text, expectedSentences(buildVerbale(inStyle(example, SINTETICO_STYLE))))).toBeNull();
    expect(text).toContain('Punto 1 – Approvazione del verbale della seduta del 12 dicembre 2024');
    expect(text).not.toContain('1. Approvazione del verbale');
    // Without --style the meeting's own style, which the export in another style did not change.
    const own = await docxText(standard);
    expect(missingInOrder(own, expectedSentences(buildVerbale(inStyle(example, STANDARD_STYLE))))).toBeNull();
    expect(own).toContain('1. Approvazione del verbale della seduta del 12 dicembre 2024');
  });

  it('export-docx --style takes a style file; a file with a broken template is refused naming where, nothing written', async () => {
    const own = { ...ONLINE_STYLE, name: 'Ufficio di Piano', templates: { ...ONLINE_STYLE.templates, closing: 'La riunione termina alle ore {ora}.' } };
    const file = join(dir, 'stile.json');
    writeFileSync(file, JSON.stringify(styleFile(own)));
    const out = join(dir, 'verbale.docx');
    expect((await cli('export-docx', exampleFile, out, '--style', file)).code).toBe(0);
    const text = await docxText(out);
    expect(missingInOrder(text, expectedSentences(buildVerbale(inStyle(example, own))))).toBeNull();
    expect(text).toMatch(/La riunione termina alle ore \d\d:\d\d\./);

    const broken = join(dir, 'rotto.json');
    writeFileSync(broken, JSON.stringify(styleFile({ ...own, templates: { ...own.templates, closing: 'Fine alle {orario}.' } })));
    const refused = await cli('export-docx', exampleFile, join(dir, 'no.docx'), '--style', broken);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('File di stile non valido: Stile, chiusura, carattere 11: segnaposto sconosciuto {orario}');
    expect(existsSync(join(dir, 'no.docx'))).toBe(false);
    expect((await cli('export-docx', exampleFile, join(dir, 'no.docx'), '--style', 'Barocco')).err).toContain('Stile sconosciuto «Barocco»');
  });

  it('export-pdf --style renders the PDF/A in another style', async () => {
    const out = join(dir, 'verbale.pdf');
    expect(await cli('export-pdf', exampleFile, out, '--style', 'Online')).toMatchObject({ code: 0, err: '' });
    const text = normalise(pdfText(out));
    expect(text).toContain("In data 5 marzo 2025 si è tenuto online l'incontro");
    expect(text).not.toContain('Il giorno 5 marzo 2025');
  });
});
