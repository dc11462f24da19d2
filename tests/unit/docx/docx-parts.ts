import JSZip from 'jszip';

/** A DOCX opened for inspection: every part's text by path. */
export interface DocxParts {
  paths: string[];
  text(path: string): string;
}

export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const paths = Object.keys(zip.files).filter((path) => !zip.files[path]?.dir);
  const texts = new Map<string, string>();
  for (const path of paths) texts.set(path, await (zip.file(path) as JSZip.JSZipObject).async('string'));
  return {
    paths,
    text: (path) => {
      const value = texts.get(path);
      if (value === undefined) throw new Error(`Parte mancante nel DOCX: ${path}`);
      return value;
    },
  };
}

const unescapeXml = (value: string) =>
  value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Each `<w:p>` element of a part, in document order (paragraphs inside table cells included). */
export function paragraphElements(xml: string): string[] {
  return xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
}

/** The visible text of an element: its `<w:t>` contents joined. */
export function elementText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => unescapeXml(match[1] ?? '')).join('');
}

/** The runs of an element with their text and whether they are bold. */
export function runsOf(xml: string): { text: string; bold: boolean; italic: boolean }[] {
  return (xml.match(/<w:r>[\s\S]*?<\/w:r>|<w:r [\s\S]*?<\/w:r>/g) ?? []).map((run) => ({
    text: elementText(run),
    bold: /<w:b\/>|<w:b w:val="(?:true|1|on)"\/>/.test(run),
    italic: /<w:i\/>|<w:i w:val="(?:true|1|on)"\/>/.test(run),
  }));
}

export function styleOf(paragraph: string): string | null {
  return /<w:pStyle w:val="([^"]+)"\/>/.exec(paragraph)?.[1] ?? null;
}

/** Each table's rows, each row's cells, each cell's paragraphs' texts. */
export function tables(xml: string): { xml: string; rows: { xml: string; cells: string[][] }[] }[] {
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((table) => ({
    xml: table,
    rows: (table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) => ({
      xml: row,
      cells: (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) => paragraphElements(cell).map(elementText)),
    })),
  }));
}

/** Every field instruction in a part: complex fields (`w:instrText`) and simple ones (`w:fldSimple`). */
export function fieldInstructions(xml: string): string[] {
  const complex = [...xml.matchAll(/<w:instrText(?: [^>]*)?>([^<]*)<\/w:instrText>/g)].map((match) => unescapeXml(match[1] ?? '').trim());
  const simple = [...xml.matchAll(/<w:fldSimple [^>]*w:instr="([^"]*)"/g)].map((match) => unescapeXml(match[1] ?? '').trim());
  return [...complex, ...simple];
}
