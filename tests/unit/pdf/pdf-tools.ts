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
