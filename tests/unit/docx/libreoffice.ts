import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { VerbaleDocument } from '../../../shared/verbale/document';

/** Converts DOCX files to PDF with LibreOffice headless, in one run, with a throw-away user profile. */
export function convertToPdf(files: string[], outDir: string): { status: number | null; stderr: string } {
  return convertWithLibreOffice('pdf', files, outDir);
}

/** Converts files to another format (pdf, docx ...) with LibreOffice headless, in one run, with a throw-away user profile. */
export function convertWithLibreOffice(format: string, files: string[], outDir: string): { status: number | null; stderr: string } {
  const profile = mkdtempSync(join(tmpdir(), 'lo-verbalizza-'));
  try {
    const result = spawnSync(
      'soffice',
      ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', format, '--outdir', outDir, ...files],
      { encoding: 'utf8', timeout: 120_000 },
    );
    return { status: result.status, stderr: result.stderr ?? '' };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The PDF's text laid out as on the page; pages are separated by form feeds. */
export function pdfText(pdf: string): string {
  const result = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext non riuscito: ${result.stderr}`);
  return result.stdout;
}

export function pdfFonts(pdf: string): string {
  const result = spawnSync('pdffonts', [pdf], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdffonts non riuscito: ${result.stderr}`);
  return result.stdout;
}

/** Whitespace collapsed, so that line breaks and justification do not matter. */
export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of each page, footer lines ("Pagina X di Y") removed. */
export function pages(text: string): string[] {
  const all = text.split('\f');
  if (all.at(-1)?.trim() === '') all.pop();
  return all;
}

export const withoutFooters = (page: string) => page.replace(/^\s*Pagina \d+ di \d+\s*$/gm, '');

/** Every sentence and heading the verbale prints outside tables, from the model itself, whitespace collapsed. */
export function expectedSentences(doc: VerbaleDocument): string[] {
  const texts = [doc.title, doc.subject];
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') texts.push(block.runs.map((run) => run.text).join(''));
    if (block.kind === 'itemHeading' || block.kind === 'sectionHeading') texts.push(block.text);
    if (block.kind === 'signatures') texts.push(...sideBySide(block.left.label, block.right.label));
  }
  return texts.map(normalise);
}

/** Two columns as pdftotext -layout reads them: the first line of each, then the second of each, and so on. */
function sideBySide(left: string, right: string): string[] {
  const [leftLines, rightLines] = [left.split('\n'), right.split('\n')];
  const rows = Math.max(leftLines.length, rightLines.length);
  return Array.from({ length: rows }, (_, row) => [leftLines[row] ?? '', rightLines[row] ?? '']).flat().filter((line) => line.trim() !== '');
}

/** The first of `sentences` not found in `text` after the one before it, or null when all are there, in order. */
export function missingInOrder(text: string, sentences: string[]): string | null {
  let from = 0;
  for (const sentence of sentences) {
    const at = text.indexOf(sentence, from);
    if (at < 0) return sentence;
    from = at + sentence.length;
  }
  return null;
}
