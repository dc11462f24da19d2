import { posix } from 'node:path';
import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate';
import { DomainError } from '../../../shared/api/errors';
import { attribute, declarations, elements, relationshipXml, type Relationship } from './ooxml';
import { STYLE } from './styles';
import type { ParsedLetterhead } from './word-letterhead';

const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PART_TYPE = {
  headerReference: { kind: 'header', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml' },
  footerReference: { kind: 'footer', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml' },
} as const;

/**
 * Declares on `target`'s root the prefixes `fragment` uses that the root lacks, with the letterhead's meaning of
 * them; refused when both packages use one prefix for two namespaces (the copied XML would mean something else).
 */
function withPrefixesOf(target: string, fragment: string, source: Map<string, string>): string {
  const declared = declarations(target);
  const used = new Set([...fragment.matchAll(/[<\s/]([A-Za-z][A-Za-z0-9_.-]*):[A-Za-z]/g)].map((match) => match[1] as string));
  const missing: string[] = [];
  for (const prefix of used) {
    if (prefix === 'xmlns' || prefix === 'xml') continue;
    const meaning = source.get(prefix);
    if (declared.has(prefix)) {
      if (meaning !== undefined && declared.get(prefix) !== meaning) {
        throw new DomainError('LETTERHEAD_UNREADABLE', `La carta intestata Word non si può usare: il prefisso «${prefix}» vi ha un altro significato.`);
      }
    } else if (meaning !== undefined) missing.push(` xmlns:${prefix}="${meaning}"`);
  }
  return missing.length === 0 ? target : target.replace(/(<[A-Za-z][^?!][^>]*?)(\/?>)/, `$1${missing.join('')}$2`);
}

/** «Pagina X di Y», centred, added to a letterhead's footer that does not number its pages (the page fields are the only fields). */
const PAGE_NUMBERS =
  '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">Pagina </w:t></w:r>' +
  '<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>' +
  '<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> di </w:t></w:r>' +
  '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple></w:p>';

const numbersPages = (xml: string) => /<w:instrText[^>]*>\s*PAGE\b|w:instr="\s*PAGE\b/.test(xml);

function footerWithPageNumbers(xml: string): string {
  return numbersPages(xml) ? xml : replaceLast(xml, '</w:ftr>', `${PAGE_NUMBERS}</w:ftr>`);
}

/** The letterhead's section properties pointing at the copied parts, without references to parts not copied (printer settings). */
function sectionWith(sectionXml: string, references: string[]): string {
  const open = /^<w:sectPr\b[^>]*?(\/?)>/.exec(sectionXml);
  const opening = (open?.[0] ?? '<w:sectPr>').replace(/\/>$/, '>');
  const inner = open?.[1] === '/' ? '' : sectionXml.slice(open?.[0].length ?? 0, sectionXml.lastIndexOf('</w:sectPr>'));
  const kept = inner
    .replace(/<w:sectPrChange\b[\s\S]*?<\/w:sectPrChange>/g, '')
    .replace(/<w:(headerReference|footerReference)\b[^>]*?\/>/g, '')
    .replace(/<w:[A-Za-z]+\b[^>]*\sr:id="[^"]*"[^>]*?\/>/g, '');
  return `${opening}${references.join('')}${kept}</w:sectPr>`;
}

function replaceLast(xml: string, found: string, replacement: string): string {
  const at = xml.lastIndexOf(found);
  return xml.slice(0, at) + replacement + xml.slice(at + found.length);
}

/** Style ids the parts use, with the styles they are based on that the verbale does not define. */
function stylesToCopy(letterhead: ParsedLetterhead, ours: Set<string>): { replace: string[]; add: string[] } {
  const used = new Set(letterhead.parts.flatMap((part) => [...part.xml.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)].map((match) => match[1] as string)));
  const add = new Set<string>();
  const ancestors = [...used];
  while (ancestors.length > 0) {
    const style = letterhead.styles.get(ancestors.pop() as string);
    const basedOn = style && /<w:basedOn w:val="([^"]+)"/.exec(style)?.[1];
    if (basedOn && !ours.has(basedOn) && !add.has(basedOn) && !used.has(basedOn)) {
      add.add(basedOn);
      ancestors.push(basedOn);
    }
  }
  const known = (id: string) => letterhead.styles.has(id);
  return {
    replace: [...used].filter((id) => known(id) && PAGE_STYLES.has(id)),
    add: [...used, ...add].filter((id) => known(id) && !ours.has(id)),
  };
}

/** Our styles that only our own header and footer use, absent on a Word letterhead: the letterhead's replace them. The text's styles stay ours. */
const PAGE_STYLES = new Set<string>([STYLE.header, STYLE.footer]);

/** The letterhead's styles used by its headers and footers: added when the verbale lacks them (with their bases), in place of our header and footer styles. */
function graftStyles(stylesXml: string, letterhead: ParsedLetterhead, source: Map<string, string>): string {
  const ourStyles = new Map(elements(stylesXml, 'w:style').map((style) => [attribute(style, 'w:styleId') ?? '', style]));
  const { replace, add } = stylesToCopy(letterhead, new Set(ourStyles.keys()));
  let result = stylesXml;
  for (const id of replace) result = result.replace(ourStyles.get(id) as string, () => letterhead.styles.get(id) as string);
  const added = add.map((id) => letterhead.styles.get(id) as string).join('');
  result = replaceLast(result, '</w:styles>', `${added}</w:styles>`);
  return withPrefixesOf(result, [...replace, ...add].map((id) => letterhead.styles.get(id)).join(''), source);
}

/**
 * The verbale with the office's Word letterhead: its headers and footers (with their images and relationships)
 * copied as parts of their own, and its section properties (page size, margins, header and footer distance,
 * first-page header) in place of ours.
 */
export function graftLetterhead(verbale: Uint8Array, letterhead: ParsedLetterhead): Uint8Array {
  const files: Zippable = unzipSync(verbale);
  const text = (path: string) => {
    const bytes = files[path];
    if (!(bytes instanceof Uint8Array)) throw new Error(`Parte mancante nel DOCX generato: ${path}`);
    return strFromU8(bytes);
  };
  const write = (path: string, content: string | Uint8Array) => {
    files[path] = typeof content === 'string' ? strToU8(content) : content;
  };
  const overrides: [string, string][] = [];

  const mediaNames = new Map<string, string>();
  [...letterhead.media].forEach(([path, file], i) => {
    const name = `media/letterhead-${i + 1}${posix.extname(path).toLowerCase()}`;
    // Images are compressed already: stored as they are, a 5 MB letterhead costs no time to pack.
    files[`word/${name}`] = [file.bytes, { level: 0 }];
    mediaNames.set(path, name);
    overrides.push([`/word/${name}`, file.contentType]);
  });

  const documentRelationships: Relationship[] = [];
  const references = letterhead.parts.map((part, i) => {
    const { kind, contentType } = PART_TYPE[part.element];
    const name = `letterhead-${kind}${i + 1}.xml`;
    const id = `rIdLetterhead${i + 1}`;
    const partRelationships = part.relationships.map(({ path, ...relationship }) => ({ ...relationship, target: path === null ? relationship.target : (mediaNames.get(path) as string) }));
    write(`word/${name}`, part.element === 'footerReference' ? footerWithPageNumbers(part.xml) : part.xml);
    write(`word/_rels/${name}.rels`, relationshipsXml(partRelationships));
    documentRelationships.push({ id, type: `${R_NS}/${kind}`, target: name, external: false });
    overrides.push([`/word/${name}`, contentType]);
    return `<w:${part.element} w:type="${part.type}" r:id="${id}"/>`;
  });

  const relsPath = 'word/_rels/document.xml.rels';
  const rels = text(relsPath);
  write(relsPath, replaceLast(rels, '</Relationships>', `${documentRelationships.map(relationshipXml).join('')}</Relationships>`));

  const typesPath = '[Content_Types].xml';
  const types = text(typesPath);
  const typeXml = overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('');
  write(typesPath, replaceLast(types, '</Types>', `${typeXml}</Types>`));

  const documentPath = 'word/document.xml';
  const documentXml = text(documentPath);
  const ourSection = elements(documentXml, 'w:sectPr').at(-1) as string;
  // Our «Pagina X di Y», written when the letterhead has no footer for every page.
  const ourFooters = elements(ourSection, 'w:footerReference');
  const section = sectionWith(letterhead.sectionXml, [...references, ...ourFooters]);
  write(documentPath, withPrefixesOf(replaceLast(documentXml, ourSection, section), section, letterhead.documentNamespaces));

  const stylesPath = 'word/styles.xml';
  write(stylesPath, graftStyles(text(stylesPath), letterhead, letterhead.styleNamespaces));

  return zipSync(files, { level: 6 });
}

const relationshipsXml = (list: Relationship[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.map(relationshipXml).join('')}</Relationships>`;
