import { join } from 'node:path';
import { RESOURCES_DIR } from '../paths';

/**
 * Liberation Serif (SIL OFL 1.1, resources/fonts/LICENSE-LiberationSerif.txt), metric-compatible with the Times New
 * Roman of the DOCX: PDF/A needs every font embedded, so the PDF never relies on a font of the reader's machine.
 */
const FONT_DIR = join(RESOURCES_DIR, 'fonts');

export const FONT_FILES = {
  regular: join(FONT_DIR, 'LiberationSerif-Regular.ttf'),
  bold: join(FONT_DIR, 'LiberationSerif-Bold.ttf'),
  italic: join(FONT_DIR, 'LiberationSerif-Italic.ttf'),
  boldItalic: join(FONT_DIR, 'LiberationSerif-BoldItalic.ttf'),
} as const;

export type FontName = keyof typeof FONT_FILES;

export function fontName(format: { bold?: boolean; italic?: boolean }): FontName {
  if (format.bold && format.italic) return 'boldItalic';
  if (format.bold) return 'bold';
  if (format.italic) return 'italic';
  return 'regular';
}
