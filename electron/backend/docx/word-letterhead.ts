import { posix } from 'node:path';
import { strFromU8, type Unzipped, unzipSync } from 'fflate';
import { DomainError } from '../../../shared/api/errors';
import type { WordLetterhead } from '../../../shared/model';
import type { PageGeometry } from './layout';
import { attribute, declarations, elements, relationships, type Relationship } from './ooxml';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const OFFICE_DOCUMENT = `${R_NS}/officeDocument`;

/** A header or footer of the letterhead, with the files it refers to (images), ready to be copied into a verbale. */
export interface LetterheadPart {
  element: 'headerReference' | 'footerReference';
  /** default, first or even. */
  type: string;
  xml: string;
  /** Its relationships, targets resolved to paths inside the package (null for external ones). */
  relationships: (Relationship & { path: string | null })[];
  /** The visible text of each of its paragraphs. */
  lines: string[];
}

/** What the verbale takes from an office's Word letterhead. */
export interface ParsedLetterhead {
  page: PageGeometry;
  /** The last section's properties as the letterhead writes them (w:sectPr), references to be renamed. */
  sectionXml: string;
  parts: LetterheadPart[];
  /** Every file a part refers to, by its path in the letterhead, with its content type. */
  media: Map<string, { bytes: Uint8Array; contentType: string }>;
  /** Paragraph and character styles of the letterhead, by id (the headers' styles are copied when the verbale lacks them). */
  styles: Map<string, string>;
  /** The prefixes declared by the letterhead's document and styles parts, for the XML copied out of them. */
  documentNamespaces: Map<string, string>;
  styleNamespaces: Map<string, string>;
  evenAndOddHeaders: boolean;
}

const unreadable = (why: string) =>
  new DomainError('LETTERHEAD_UNREADABLE', `La carta intestata Word non si può usare: ${why}. Caricarla di nuovo salvata da Word o LibreOffice come .docx o .dotx.`);

/** A part of the package larger than this is left unread (a letterhead is a few pages; this is not one). */
const PART_MAX_BYTES = 20 * 1024 * 1024;

function unzipped(base64: string): Unzipped {
  try {
    return unzipSync(Buffer.from(base64, 'base64'), { filter: (file) => file.originalSize <= PART_MAX_BYTES });
  } catch {
    throw unreadable('il file non è un pacchetto Word');
  }
}

const relsPathOf = (part: string) => posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
const resolve = (part: string, target: string) => (target.startsWith('/') ? target.slice(1) : posix.join(posix.dirname(part), target));

function twips(section: string, element: string, name: string, fallback: number): number {
  const found = elements(section, `w:${element}`)[0];
  const value = found ? Number(attribute(found, `w:${name}`)) : Number.NaN;
  return Number.isFinite(value) && value >= 0 ? Math.round(value) : fallback;
}

function pageOf(section: string, standard: PageGeometry): PageGeometry {
  return {
    width: twips(section, 'pgSz', 'w', standard.width),
    height: twips(section, 'pgSz', 'h', standard.height),
    margin: {
      top: twips(section, 'pgMar', 'top', standard.margin.top),
      right: twips(section, 'pgMar', 'right', standard.margin.right),
      bottom: twips(section, 'pgMar', 'bottom', standard.margin.bottom),
      left: twips(section, 'pgMar', 'left', standard.margin.left),
      header: twips(section, 'pgMar', 'header', standard.margin.header),
      footer: twips(section, 'pgMar', 'footer', standard.margin.footer),
    },
  };
}

function contentTypeOf(contentTypes: string, path: string): string {
  const override = elements(contentTypes, 'Override').find((item) => attribute(item, 'PartName') === `/${path}`);
  if (override) return attribute(override, 'ContentType') ?? 'application/octet-stream';
  const extension = posix.extname(path).slice(1).toLowerCase();
  const byExtension = elements(contentTypes, 'Default').find((item) => attribute(item, 'Extension')?.toLowerCase() === extension);
  return (byExtension && attribute(byExtension, 'ContentType')) ?? 'application/octet-stream';
}

const unescapeXml = (value: string) =>
  value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function paragraphLines(xml: string): string[] {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [])
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => unescapeXml(match[1] ?? '')).join(''))
    .filter((line) => line.trim() !== '');
}

/** Reads the headers, footers, their files, the page size and the margins of a Word letterhead (.docx or .dotx). */
export function readWordLetterhead(letterhead: WordLetterhead, standard: PageGeometry): ParsedLetterhead {
  const files = unzipped(letterhead.base64);
  const text = (path: string) => {
    const bytes = files[path];
    return bytes ? strFromU8(bytes) : null;
  };
  const contentTypes = text('[Content_Types].xml');
  const packageRels = text('_rels/.rels');
  if (!contentTypes || !packageRels) throw unreadable('mancano le parti di ogni documento Word');
  const main = relationships(packageRels).find((relationship) => relationship.type === OFFICE_DOCUMENT);
  const mainPath = main && resolve('', main.target);
  const documentXml = mainPath ? text(mainPath) : null;
  if (!mainPath || !documentXml) throw unreadable('manca il documento principale');
  const namespaces = declarations(documentXml);
  if (namespaces.get('w') !== W_NS || namespaces.get('r') !== R_NS) throw unreadable('il documento non usa gli spazi dei nomi di Word');
  const sectionXml = elements(documentXml, 'w:sectPr').at(-1);
  if (!sectionXml) throw unreadable('il documento non ha impostazioni di pagina');

  const mainRels = relationships(text(relsPathOf(mainPath)) ?? '');
  const media = new Map<string, { bytes: Uint8Array; contentType: string }>();
  const parts: LetterheadPart[] = [];
  for (const reference of [...elements(sectionXml, 'w:headerReference'), ...elements(sectionXml, 'w:footerReference')]) {
    const target = mainRels.find((relationship) => relationship.id === attribute(reference, 'r:id'));
    const partPath = target && resolve(mainPath, target.target);
    const xml = partPath ? text(partPath) : null;
    if (!partPath || !xml) throw unreadable('un\'intestazione o un piè di pagina manca nel file');
    const partRels = relationships(text(relsPathOf(partPath)) ?? '').map((relationship) => ({
      ...relationship,
      path: relationship.external ? null : resolve(partPath, relationship.target),
    }));
    for (const { path } of partRels) {
      const bytes = path ? files[path] : undefined;
      if (path && bytes && !media.has(path)) media.set(path, { bytes, contentType: contentTypeOf(contentTypes, path) });
    }
    parts.push({
      element: reference.startsWith('<w:headerReference') ? 'headerReference' : 'footerReference',
      type: attribute(reference, 'w:type') ?? 'default',
      xml,
      relationships: partRels.filter(({ path }) => path === null || media.has(path)),
      lines: paragraphLines(xml),
    });
  }

  const stylesXml = text(resolve(mainPath, 'styles.xml')) ?? '';
  const styles = new Map(elements(stylesXml, 'w:style').map((style) => [attribute(style, 'w:styleId') ?? '', style]));
  const settings = text(resolve(mainPath, 'settings.xml')) ?? '';
  const evenAndOdd = elements(settings, 'w:evenAndOddHeaders')[0];
  const evenAndOddHeaders = evenAndOdd !== undefined && !['0', 'false', 'off'].includes(attribute(evenAndOdd, 'w:val') ?? 'true');

  return {
    page: pageOf(sectionXml, standard),
    sectionXml,
    parts,
    media,
    styles,
    documentNamespaces: declarations(documentXml),
    styleNamespaces: declarations(stylesXml),
    evenAndOddHeaders,
  };
}
