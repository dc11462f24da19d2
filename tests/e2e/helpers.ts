import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import JSZip from 'jszip';

export const SCREENS_DIR = 'test-results/screens';

/** axe-core on the page as it is now: no serious or critical violation. Saves a screenshot too. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENS_DIR}/${name}.png`, fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(bad, `violazioni di accessibilità su «${name}»`).toEqual([]);
}

/** The text of word/document.xml, one paragraph per line. */
export async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split(/<\/w:p>/)
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1]!)
        .join('')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    )
    .filter((line) => line.trim() !== '')
    .join('\n');
}

export const MEMBERS_CSV = [
  'N.;Ente;Popolazione;Data popolazione;Rappresentante;Ruolo;Genere',
  '1;Comune di Borgo Alto;12.345;01/01/2025;Marta Rossi;consigliere;F',
  '2;Comune di Città di Lago;8.020;01/01/2025;Giorgio Conti;Sindaco;M',
  '3;Comune di Ponte Nuovo;15.300;01/01/2025;Luca Bianchi;Sindaco;M',
  '4;Comune di Roccafonda;2.410;01/01/2025;Anna Galli;Vicesindaco;F',
  "5;Comune di Sant'Andrea al Colle;4.870;01/01/2025;Paolo Ferri;Assessore;M",
  '6;Comunità Montana Alta Val Chiara;9.100;01/01/2025;Elena Sala;Presidente;F',
  '7;Comune di Valfonda;1.250;01/01/2025;Carlo Riva;Sindaco;M',
  '8;Comune di Zerbo;3.400;01/01/2025;Lucia Neri;Sindaco;F',
].join('\n');
