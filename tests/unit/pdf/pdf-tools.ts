import { spawnSync } from 'node:child_process';

/** Runs one of poppler's or qpdf's tools; fails the test with its stderr when the tool fails. */
export function tool(command: string, args: string[], okStatuses = [0]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (!okStatuses.includes(result.status ?? -1)) throw new Error(`${command} ${args.join(' ')}: ${result.status} ${result.stderr}`);
  return result.stdout;
}

/** The fonts `pdffonts` lists: name, whether embedded, whether it has a Unicode map. */
export function fontsOf(pdf: string): { name: string; embedded: boolean; unicode: boolean }[] {
  return tool('pdffonts', [pdf])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // The last five columns are emb, sub, uni, object id and generation.
      return { name: columns[0] as string, embedded: columns.at(-5) === 'yes', unicode: columns.at(-3) === 'yes' };
    });
}

/** The pages on which pdfimages lists an image. */
export function pagesWithImages(pdf: string): number[] {
  return tool('pdfimages', ['-list', pdf])
    .split('\n')
    .slice(2)
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .filter((page) => Number.isInteger(page) && page > 0);
}

/** Every word pdftotext places on a page, with its box in points. */
export function words(pdf: string): { page: number; xMin: number; xMax: number; text: string }[] {
  const html = tool('pdftotext', ['-bbox', pdf, '-']);
  return html.split('<page ').slice(1).flatMap((page, i) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((match) => ({
      page: i + 1,
      xMin: Number(match[1]),
      xMax: Number(match[2]),
      text: match[3] ?? '',
    })),
  );
}

/** Every page's size, from pdfinfo. */
export function pageSizes(pdf: string): { width: number; height: number }[] {
  const last = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [pdf]))?.[1]);
  return [...tool('pdfinfo', ['-f', '1', '-l', String(last), pdf]).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }));
}

/** The whole file with every stream uncompressed and objects one per line (qpdf --qdf), as text. */
export function uncompressed(pdf: string, out: string): string {
  tool('qpdf', ['--qdf', '--object-streams=disable', pdf, out]);
  return tool('cat', [out]);
}

/** Bookmark titles, in order, from qpdf's JSON (titles of nested bookmarks included). */
export function outlineTitles(pdf: string): string[] {
  const json = JSON.parse(tool('qpdf', ['--json=2', '--json-key=outlines', pdf])) as { outlines: Outline[] };
  const titles: string[] = [];
  const walk = (items: Outline[]) => items.forEach((item) => (titles.push(item.title), walk(item.kids)));
  walk(json.outlines);
  return titles;
}

interface Outline {
  title: string;
  kids: Outline[];
}

type PdfValue = string | number | boolean | null | PdfValue[] | { [key: string]: PdfValue };
interface PdfObject {
  value?: PdfValue;
  stream?: { dict: Record<string, PdfValue>; data?: string };
}

/** Every object of the file as qpdf's JSON gives it (streams decoded, base64), the pages in order, and a resolver. */
function objectsOf(pdf: string) {
  const json = JSON.parse(
    tool('qpdf', ['--json=2', '--json-key=pages', '--json-key=qpdf', '--json-stream-data=inline', '--decode-level=generalized', pdf]),
  ) as { pages: { object: string; contents: string[] }[]; qpdf: [unknown, Record<string, PdfObject>] };
  const objects = json.qpdf[1];
  const object = (ref: string) => objects[`obj:${ref}`] as PdfObject;
  /** A dictionary, given itself or a reference to it (a stream: its dictionary). */
  const dict = (value: PdfValue | undefined): Record<string, PdfValue> => {
    if (typeof value === 'string' && / R$/.test(value)) {
      const target = object(value);
      return target.stream?.dict ?? (target.value as Record<string, PdfValue>);
    }
    return value as Record<string, PdfValue>;
  };
  const data = (ref: string) => Buffer.from(object(ref).stream?.data ?? '', 'base64').toString('latin1');
  return { pages: json.pages, objects, dict, data };
}

export interface StructureNode {
  /** "Document", "P", "L", "LI", "LBody" … */
  type: string;
  kids: StructureNode[];
}

/** The structure tree from its root element down (marked-content ids left out), as a screen reader walks it. */
export function structureTree(pdf: string): StructureNode {
  const { objects, dict } = objectsOf(pdf);
  const root = Object.values(objects).find((candidate) => (candidate.value as Record<string, PdfValue> | undefined)?.['/Type'] === '/StructTreeRoot');
  const node = (element: Record<string, PdfValue>): StructureNode => {
    const k = element['/K'];
    const kids = Array.isArray(k) ? k : k === undefined ? [] : [k];
    return { type: String(element['/S']).replace(/^\//, ''), kids: kids.filter((kid) => typeof kid === 'string').map((ref) => node(dict(ref))) };
  };
  const top = node({ '/S': 'root', '/K': (root?.value as Record<string, PdfValue>)['/K'] as PdfValue });
  return top.kids[0] as StructureNode;
}

/** A font's ToUnicode map (pdfkit writes `bfrange` arrays): glyph code to text. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [, start, list] of cmap.matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/gi)) {
    [...(list as string).matchAll(/<([0-9a-f]+)>/gi)].forEach((match, i) => {
      const code = (parseInt(start as string, 16) + i).toString(16).padStart(4, '0');
      map.set(code, Buffer.from(match[1] as string, 'hex').swap16().toString('utf16le'));
    });
  }
  return map;
}

/**
 * The characters each page's content stream shows, through its fonts' ToUnicode maps, a line per baseline: what
 * copy-paste and screen readers get when they take the text as written and do not guess spaces from gaps (as
 * pdftotext does). Positioning numbers inside a TJ add nothing: a space is there only as a space character.
 */
export function drawnLines(pdf: string): string[][] {
  const { pages, dict, data } = objectsOf(pdf);
  return pages.map((page) => {
    const fonts = dict(dict(dict(page.object)['/Resources'])['/Font'] ?? {});
    const maps = new Map(Object.entries(fonts).map(([name, ref]) => [name.slice(1), toUnicode(data(dict(ref)['/ToUnicode'] as string))]));
    const content = page.contents.map(data).join('\n');
    const lines: string[] = [];
    let map = new Map<string, string>();
    let baseline: number | null = null;
    for (const match of content.matchAll(/\/(\w+) [\d.]+ Tf|1 0 0 1 [\d.-]+ ([\d.-]+) Tm|\[([^\]]*)\] TJ/g)) {
      if (match[1]) map = maps.get(match[1]) ?? new Map();
      else if (match[2]) {
        const y = Number(match[2]);
        if (baseline === null || Math.abs(y - baseline) > 1) lines.push('');
        baseline = y;
      } else {
        const shown = [...(match[3] as string).matchAll(/<([0-9a-f]*)>/gi)].map((hex) => (hex[1]?.match(/.{4}/g) ?? []).map((code) => map.get(code) ?? '\uFFFD').join(''));
        lines[lines.length - 1] += shown.join('');
      }
    }
    return lines;
  });
}
