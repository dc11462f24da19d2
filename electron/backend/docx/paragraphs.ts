import { AlignmentType, HeadingLevel, ImageRun, Paragraph, type TextRun } from 'docx';
import type { ItemHeading, SectionHeading, TextRun as ModelRun, VerbaleDocument, VerbaleParagraph } from '../../../shared/verbale/document';
import { fitInside, imageSize } from './image-size';
import { LOGO_MAX_HEIGHT_PX, LOGO_MAX_WIDTH_PX } from './layout';
import { STYLE } from './styles';
import { runsOf } from './xml-text';

/** The model's runs, as they are: the writer never composes or reorders text. */
export function textRuns(runs: ModelRun[]): TextRun[] {
  return runs.flatMap((run) => runsOf(run.text, { bold: run.bold === true ? true : undefined, italics: run.italic === true ? true : undefined }));
}

const styleOf: Record<VerbaleParagraph['style'], string | undefined> = {
  normal: undefined,
  centered: STYLE.centered,
  listItem: STYLE.listItem,
};

export function verbaleParagraph(block: VerbaleParagraph): Paragraph {
  // The closing stays on the page of the signatures that follow it.
  const keepWithSignatures = block.role === 'closing';
  return new Paragraph({
    style: styleOf[block.style],
    children: textRuns(block.runs),
    keepNext: keepWithSignatures || undefined,
    keepLines: keepWithSignatures || undefined,
  });
}

export function itemHeading(block: ItemHeading): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: runsOf(block.text) });
}

export function sectionHeading(block: SectionHeading): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: runsOf(block.text) });
}

/** The logo (unless the page's header carries it), the body's full name as Title, and the subject under it. */
export function titleBlock(doc: VerbaleDocument, options: { logo: boolean }): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const logo = doc.logo && options.logo ? logoParagraph(doc.logo) : null;
  if (logo) paragraphs.push(logo);
  paragraphs.push(new Paragraph({ heading: HeadingLevel.TITLE, children: runsOf(doc.title) }));
  paragraphs.push(new Paragraph({ style: STYLE.subtitle, children: runsOf(doc.subject) }));
  return paragraphs;
}

export function logoParagraph(logo: NonNullable<VerbaleDocument['logo']>): Paragraph | null {
  const bytes = new Uint8Array(Buffer.from(logo.base64, 'base64'));
  const size = imageSize(bytes, logo.mimeType);
  // An unreadable logo is left out rather than written as a broken image.
  if (!size) return null;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { after: 120 },
    children: [
      new ImageRun({
        type: logo.mimeType === 'image/png' ? 'png' : 'jpg',
        data: bytes,
        transformation: fitInside(size, LOGO_MAX_WIDTH_PX, LOGO_MAX_HEIGHT_PX),
        altText: { name: 'Logo', title: 'Logo', description: 'Logo dell\'ente' },
      }),
    ],
  });
}
