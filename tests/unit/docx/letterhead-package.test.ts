import { describe, expect, it } from 'vitest';
import { renderVerbaleDocx } from '../../../electron/backend/docx';
import type { WordLetterhead } from '../../../shared/model';
import { xmlProblems } from '../integrity/text-cases';
import { fieldInstructions, openDocx } from './docx-parts';
import { fixtureDocument } from './fixture-document';
import { HEADER_TYPE, wordLetterhead } from './word-style-letterhead';

const withLetterhead = (word: WordLetterhead) => ({ ...fixtureDocument(), letterhead: { headerLines: ['mai stampata'], footerLines: [], word } });

describe('the DOCX writer on a Word letterhead', () => {
  it('takes its page, its headers for odd and even pages with their styles, and nothing it cannot carry', async () => {
    const docx = await renderVerbaleDocx(withLetterhead(wordLetterhead()));
    expect(await xmlProblems(docx)).toEqual([]);
    const parts = await openDocx(docx);
    const section = /<w:sectPr[\s\S]*<\/w:sectPr>/.exec(parts.text('word/document.xml'))?.[0] ?? '';
    expect(section).toContain('<w:pgSz w:w="12240" w:h="15840"/>');
    expect(section).toContain('w:left="1800"');
    expect(section).not.toContain('printerSettings');
    expect(parts.paths.some((path) => path.includes('printerSettings'))).toBe(false);
    expect(parts.text('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    // The styles its headers use come along, with the style they are based on.
    expect(parts.text('word/styles.xml')).toMatch(/w:styleId="Intestazione"[\s\S]*<w:jc w:val="right"\/>/);
    expect(parts.text('word/styles.xml')).toContain('w:styleId="BaseUfficio"');
    // Its Normal is not the verbale's: the text keeps our justified 12 pt.
    const normal = /<w:style [^>]*w:styleId="Normal"[\s\S]*?<\/w:style>/.exec(parts.text('word/styles.xml'))?.[0] ?? '';
    expect(normal).toContain('<w:jc w:val="both"/>');
    expect(normal).not.toContain('<w:sz w:val="40"/>');
    expect(parts.text('word/document.xml')).not.toContain('mai stampata');

    // Every reference of the section names a part of the package with a header's content type.
    const rels = parts.text('word/_rels/document.xml.rels');
    for (const [, type, id] of section.matchAll(/<w:headerReference w:type="(\w+)" r:id="([^"]+)"\/>/g)) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] as string;
      expect(parts.paths, type).toContain(`word/${target}`);
      expect(parts.text('[Content_Types].xml')).toContain(`PartName="/word/${target}" ContentType="${HEADER_TYPE}"`);
      expect(parts.text(`word/_rels/${target}.rels`)).toContain('TargetMode="External"');
    }
    expect([...section.matchAll(/<w:headerReference w:type="(\w+)"/g)].map((match) => match[1])).toEqual(['default', 'even']);
    // It has no footer: ours numbers the pages.
    const footerId = /<w:footerReference w:type="default" r:id="([^"]+)"\/>/.exec(section)?.[1];
    const footer = new RegExp(`Id="${footerId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] as string;
    expect(fieldInstructions(parts.text(`word/${footer}`))).toEqual(['PAGE', 'NUMPAGES']);
  });

  it('refuses, in Italian and writing nothing, a letterhead whose document does not speak WordprocessingML', async () => {
    const foreign = wordLetterhead('<w:document xmlns:w="urn:altro" xmlns:r="urn:altro-r">');
    await expect(renderVerbaleDocx(withLetterhead(foreign))).rejects.toMatchObject({
      code: 'LETTERHEAD_UNREADABLE',
      message: expect.stringMatching(/^La carta intestata Word non si può usare: /),
    });
  });
});
