import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import type { Meeting } from '../../../shared/model';
import { withItem } from '../meeting-edits';

/** A character and how the messages and test names call it. */
export interface Character {
  name: string;
  value: string;
}

const codeOf = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
const character = (code: number): Character => ({ name: codeOf(code), value: String.fromCodePoint(code) });

/** Characters the model refuses: what XML 1.0 cannot hold, the other controls and the noncharacters. */
export const REFUSED_CHARACTERS: Character[] = [
  ...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => ![0x09, 0x0a, 0x0b, 0x0c, 0x0d].includes(code)).map(character),
  ...[0x7f, 0x80, 0x9f, 0xfdd0, 0xfffe, 0xffff, 0x1fffe, 0x10ffff].map(character),
  { name: 'U+D800', value: '\uD800' },
  { name: 'U+DBFF', value: '\uDBFF' },
  { name: 'U+DC00', value: '\uDC00' },
];

/** Line breaks the model turns into "\n" (or a space in a single-line text). */
export const LINE_BREAKS: Character[] = [
  { name: 'VT', value: '\v' },
  { name: 'FF', value: '\f' },
  { name: 'CR', value: '\r' },
  { name: 'CRLF', value: '\r\n' },
  { name: 'NEL', value: '\u0085' },
  { name: 'LS', value: '\u2028' },
  { name: 'PS', value: '\u2029' },
];

/** Strings of a meeting file that are not free text: formats, dates, times, enumerations (the style's choices too), the logo's bytes. */
const NOT_TEXT = new Set([
  'format', 'exportedAt', 'date', 'populationDate', 'startTime', 'endTime', 'time', 'gender', 'entityGender', 'kind', 'status',
  'modality', 'convocation', 'presence', 'movement', 'mode', 'type', 'base', 'weighting', 'mimeType', 'base64',
  'decisionLabel', 'namedOrder', 'participants', 'lateArrivals',
]);

export interface TextField {
  /** The field's kind, array indices as `*` and timeline entries named by type: "meeting.items.*.entries.statement.text". */
  kind: string;
  path: (string | number)[];
  value: string;
  /** Statements, notes, decision subjects and the style's templates keep their lines; every other text is one line. */
  multiLine: boolean;
  /** An identifier or a reference to one: changing it alone breaks the references, so only refusals are tried. */
  isId: boolean;
}

const MULTI_LINE = new Set(['entries.statement.text', 'entries.note.text', 'entries.decision.subject']);
/** The style's sentence templates are texts of several lines too (the model's longText). */
const isTemplate = (kind: string) => kind.includes('.style.templates.');

/** The first field of each kind in a meeting file (or any JSON value), in document order. */
export function textFields(value: unknown): TextField[] {
  const fields = new Map<string, TextField>();
  const walk = (node: unknown, path: (string | number)[], kind: string[]) => {
    if (typeof node === 'string') {
      const key = [...path].reverse().find((part) => typeof part === 'string') as string;
      const kindText = kind.join('.');
      if (NOT_TEXT.has(key) || fields.has(kindText)) return;
      const multiLine = isTemplate(kindText) || [...MULTI_LINE].some((suffix) => kindText.endsWith(suffix));
      fields.set(kindText, { kind: kindText, path, value: node, multiLine, isId: key === 'id' || /Ids?$/.test(key) });
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => {
        const entryType = path.at(-1) === 'entries' ? (child as { type: string }).type : '*';
        walk(child, [...path, i], [...kind, entryType]);
      });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key], [...kind, key]);
    }
  };
  walk(value, [], []);
  return [...fields.values()];
}

/** A deep copy of `value` with `path` set to `text`. */
export function withText<T>(value: T, path: (string | number)[], text: string): T {
  const copy = structuredClone(value);
  let node = copy as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = text;
  return copy;
}

export function valueAt(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, part) => (node as Record<string | number, unknown>)[part], value);
}

/** A note and a guest added to the example meeting, so that their texts are tried too. */
export function withNoteAndGuest(meeting: Meeting): Meeting {
  const withNote = withItem(meeting, 0, (item) => ({ ...item, entries: [...item.entries, { id: 'n-prova', type: 'note', text: 'Nota di prova sulla seduta.' }] }));
  return { ...withNote, guests: [...meeting.guests, { id: 'g-prova', honorific: 'Sig.', name: 'Paolo Ospite', role: 'relatore', organisation: 'Cooperativa Alfa', gender: 'm' }] };
}

/**
 * Every XML part of a DOCX (.xml and .rels) read as strict UTF-8 and parsed by a strict XML 1.0 parser (saxes checks
 * well-formedness, namespaces and that every character is one XML 1.0 allows). The problems found, "part: message".
 */
export async function xmlProblems(docx: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(docx);
  const problems: string[] = [];
  const parts = Object.keys(zip.files).filter((path) => /\.(xml|rels)$/.test(path));
  if (!parts.includes('word/document.xml')) problems.push('word/document.xml mancante');
  for (const path of parts) {
    const bytes = await (zip.file(path) as JSZip.JSZipObject).async('uint8array');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      problems.push(`${path}: UTF-8 non valido`);
      continue;
    }
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (error) => problems.push(`${path}: ${error.message}`));
    parser.write(text).close();
  }
  return problems;
}
