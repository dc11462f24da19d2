import { StyleFileSchema, styleFile, type VerbaleStyle } from '../../../shared/style';
import { issueLine } from '../../../shared/api/field-names';
import { InvalidInputError, zodIssues } from './invalid-input';

/** A style as the file an office shares: «stile-<nome>.json». */
export function styleFileOf(style: VerbaleStyle): { fileName: string; content: string } {
  const slug = style.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'stile';
  return { fileName: `stile-${slug}.json`, content: `${JSON.stringify(styleFile(style), null, 2)}\n` };
}

/** Reads a style file, saying where and why it is wrong (a broken template: its sentence, position and problem). */
export function parseStyleFile(content: string): VerbaleStyle {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    throw new InvalidInputError('Il file di stile non è JSON valido.', [{ path: '', message: 'JSON non valido' }]);
  }
  const result = StyleFileSchema.safeParse(data);
  if (!result.success) {
    const issues = zodIssues(result.error);
    const first = issues[0];
    throw new InvalidInputError(`File di stile non valido: ${first ? issueLine(first) : 'contenuto inatteso'}`, issues);
  }
  return result.data.style;
}
