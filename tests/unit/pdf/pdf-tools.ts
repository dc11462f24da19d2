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
