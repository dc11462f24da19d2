import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMeetingDocx } from '../../../electron/backend/docx';
import { STYLE_PRESETS } from '../../../shared/style';
import { buildVerbale } from '../../../shared/verbale';
import { example, inStyle } from '../shared/style/example-meeting';
import { convertToPdf, expectedSentences, missingInOrder, normalise, pages, pdfText, withoutFooters } from './libreoffice';

/** Where the first page of each preset is left as PNG, to be looked at. */
const PAGES_DIR = 'test-results/style-presets';

describe('the example verbale in every preset, opened by LibreOffice', () => {
  let dir: string;
  let conversion: { status: number | null; stderr: string };
  const pdf = (name: string) => join(dir, `${name}.pdf`);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verbalizza-styles-'));
    for (const style of STYLE_PRESETS) writeFileSync(join(dir, `${style.name}.docx`), await renderMeetingDocx(inStyle(example, style)));
    conversion = convertToPdf(STYLE_PRESETS.map((style) => join(dir, `${style.name}.docx`)), dir);
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(STYLE_PRESETS.map((style) => [style.name, style] as const))('%s: every sentence of its verbale printed, in order', (name, style) => {
    expect(conversion.status).toBe(0);
    const text = normalise(pages(pdfText(pdf(name))).map(withoutFooters).join('\n'));
    expect(missingInOrder(text, expectedSentences(buildVerbale(inStyle(example, style))))).toBeNull();
  });

  it('the presets read differently on the page: each opening is only in its own verbale', () => {
    const texts = STYLE_PRESETS.map((style) => normalise(pdfText(pdf(style.name))));
    const openings = STYLE_PRESETS.map((style) => {
      const opening = buildVerbale(inStyle(example, style)).blocks.find((block) => block.kind === 'paragraph' && block.role === 'opening');
      return normalise(opening?.kind === 'paragraph' ? opening.runs.map((run) => run.text).join('') : '');
    });
    expect(openings.every((opening) => opening.length > 40)).toBe(true);
    expect(new Set(openings).size).toBe(STYLE_PRESETS.length);
    openings.forEach((opening, index) => texts.forEach((text, other) => expect(text.includes(opening), `${STYLE_PRESETS[index]!.name} in ${STYLE_PRESETS[other]!.name}`).toBe(index === other)));
  });

  it('leaves the first page of each preset as PNG', () => {
    mkdirSync(PAGES_DIR, { recursive: true });
    for (const style of STYLE_PRESETS) {
      const result = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf(style.name), join(PAGES_DIR, style.name)], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      expect(existsSync(join(PAGES_DIR, `${style.name}-1.png`))).toBe(true);
    }
  });
});
