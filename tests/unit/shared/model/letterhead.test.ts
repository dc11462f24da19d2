import { randomBytes } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BodyProfileSchema, LetterheadSchema, WORD_LETTERHEAD_MAX_BYTES } from '../../../../shared/model';
import { buildVerbale } from '../../../../shared/verbale';
import { exampleBody, exampleMeetingFile, profileOf } from '../../storage/helpers';

const WORD_PARTS = ['[Content_Types].xml', '_rels/.rels', 'word/document.xml'];

/** A ZIP archive with these file names (contents do not matter to the model's check), as base64. */
function archive(names: string[], options: { comment?: string; filler?: number } = {}): string {
  const files = Object.fromEntries(names.map((name) => [name, strToU8(`<x>${name}</x>`)]));
  if (options.filler) files['word/media/image1.png'] = randomBytes(options.filler);
  const bytes = zipSync(files, { level: 0 });
  const comment = Buffer.from(options.comment ?? '', 'latin1');
  // The end record's last field is the comment's length; the comment follows it.
  const withComment = Buffer.concat([bytes.subarray(0, bytes.length - 2), Buffer.from([comment.length & 0xff, comment.length >> 8]), comment]);
  return withComment.toString('base64');
}

const refusal = (word: unknown) => {
  const result = LetterheadSchema.safeParse({ word });
  return result.success ? null : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the letterhead in the body profile', () => {
  it('takes a Word package (document or template) whatever the size of its images, and a ZIP comment after it', () => {
    expect(refusal({ fileName: 'carta.docx', base64: archive(WORD_PARTS) })).toBeNull();
    expect(refusal({ fileName: 'carta.dotx', base64: archive(WORD_PARTS, { comment: 'x'.repeat(40_000) }) })).toBeNull();
    expect(refusal({ fileName: 'carta.docx', base64: archive(WORD_PARTS, { filler: 4_000_000 }) })).toBeNull();
  });

  it('refuses in Italian, at the field, a file that is not a Word package', () => {
    const notWord = 'word.base64: La carta intestata non è un documento Word valido (.docx o .dotx)';
    expect(refusal({ fileName: 'carta.odt', base64: archive(['mimetype', 'content.xml', 'META-INF/manifest.xml']) })).toEqual([notWord]);
    expect(refusal({ fileName: 'carta.xlsx', base64: archive(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml']) })).toEqual([notWord]);
    expect(refusal({ fileName: 'logo.png', base64: Buffer.from('\x89PNG\r\n\x1a\n0000').toString('base64') })).toEqual([notWord]);
    expect(refusal({ fileName: 'carta.docx', base64: 'non è base64!' })).toEqual([notWord]);
    // Cut short: the end of the archive (its directory) is gone.
    const cut = Buffer.from(archive(WORD_PARTS), 'base64');
    expect(refusal({ fileName: 'carta.docx', base64: cut.subarray(0, cut.length - 30).toString('base64') })).toEqual([notWord]);
  });

  it('refuses a letterhead over 5 MB saying so', () => {
    const issues = refusal({ fileName: 'carta.docx', base64: archive(WORD_PARTS, { filler: WORD_LETTERHEAD_MAX_BYTES + 1_000 }) });
    expect(issues).toContain('word.base64: Carta intestata troppo grande: massimo 5 MB');
  });

  it('keeps at most six non-empty header and footer lines', () => {
    expect(LetterheadSchema.parse({ headerLines: ['  Ufficio di Piano  '] })).toEqual({ headerLines: ['Ufficio di Piano'], footerLines: [], word: null });
    expect(LetterheadSchema.safeParse({ footerLines: Array.from({ length: 7 }, (_, i) => `riga ${i}`) }).error?.issues[0]?.message).toBe(
      'Riga del piè di pagina: al massimo 6 righe',
    );
    expect(LetterheadSchema.safeParse({ headerLines: ['Ufficio', ' '] }).error?.issues[0]?.message).toBe("Riga dell'intestazione: campo obbligatorio");
  });

  it('reads a body and a meeting stored before letterheads as having none', () => {
    const profile = profileOf(exampleBody());
    expect('letterhead' in profile).toBe(false);
    expect(BodyProfileSchema.parse(profile).letterhead).toBeUndefined();
    expect(buildVerbale(exampleMeetingFile().meeting).letterhead).toEqual({ headerLines: [], footerLines: [], word: null });
  });
});
