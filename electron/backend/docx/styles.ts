import { AlignmentType, type IStylesOptions, LineRuleType } from 'docx';
import { CM, FONT, LANGUAGE, SIZE_FOOTER, SIZE_NORMAL, SIZE_SUBTITLE, SIZE_TABLE, SIZE_TITLE } from './layout';

/** Style ids used by the writer. Title, Heading1, Heading2 and Normal are Word's own, so staff can keep editing with them. */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  centered: 'Centrato',
  listItem: 'ListParagraph',
  tableText: 'TestoTabella',
  tableHeader: 'IntestazioneTabella',
  signature: 'Firma',
  header: 'Header',
  footer: 'Footer',
} as const;

const language = { value: LANGUAGE };
const black = '000000';

/** Every style states the font, the size and Italian as the proofing language. */
const run = (size: number, extra: { bold?: boolean; italics?: boolean } = {}) => ({
  font: FONT,
  size,
  color: black,
  language,
  ...extra,
});

export const verbaleStyles: IStylesOptions = {
  default: {
    document: {
      run: run(SIZE_NORMAL),
      paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
    },
    title: {
      run: run(SIZE_TITLE, { bold: true }),
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 }, keepNext: true },
    },
    heading1: {
      run: run(SIZE_NORMAL, { bold: true }),
      paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
    },
    heading2: {
      run: run(SIZE_NORMAL, { bold: true, italics: true }),
      paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
    },
    listParagraph: {
      run: run(SIZE_NORMAL),
      // Tight between the lines of one list, the normal space after the list.
      paragraph: { alignment: AlignmentType.LEFT, indent: { left: Math.round(0.75 * CM) }, spacing: { after: 120 }, contextualSpacing: true },
    },
  },
  paragraphStyles: [
    {
      id: 'Normal',
      name: 'Normal',
      run: run(SIZE_NORMAL),
      paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.subtitle,
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      run: run(SIZE_SUBTITLE),
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 }, keepNext: true },
    },
    {
      id: STYLE.centered,
      name: 'Centrato',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: run(SIZE_NORMAL),
      paragraph: { alignment: AlignmentType.CENTER },
    },
    {
      id: STYLE.tableText,
      name: 'Testo tabella',
      basedOn: 'Normal',
      quickFormat: true,
      run: run(SIZE_TABLE),
      paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.tableHeader,
      name: 'Intestazione tabella',
      basedOn: STYLE.tableText,
      quickFormat: true,
      run: run(SIZE_TABLE, { bold: true }),
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.signature,
      name: 'Firma',
      basedOn: 'Normal',
      quickFormat: true,
      run: run(SIZE_NORMAL),
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true },
    },
    {
      id: STYLE.header,
      name: 'header',
      basedOn: 'Normal',
      run: run(SIZE_FOOTER),
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
    },
    {
      id: STYLE.footer,
      name: 'footer',
      basedOn: 'Normal',
      run: run(20),
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
    },
  ],
};
