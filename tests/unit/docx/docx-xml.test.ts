import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSha256, renderVerbaleDocx } from '../../../electron/backend/docx';
import type { VerbaleDocument, VerbaleParagraph } from '../../../shared/verbale/document';
import { type DocxParts, elementText, fieldInstructions, openDocx, paragraphElements, runsOf, styleOf, tables } from './docx-parts';
import { fixtureDocument } from './fixture-document';

/** The texts the writer must print outside tables, taken from the model itself. */
function expectedTexts(doc: VerbaleDocument): string[] {
  const texts = [doc.title, doc.subject];
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') texts.push(block.runs.map((run) => run.text).join(''));
    if (block.kind === 'itemHeading' || block.kind === 'sectionHeading') texts.push(block.text);
  }
  return texts;
}

const withoutTables = (xml: string) => xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');

/** The canonical form written out by hand, a different implementation from the writer's replacer. */
function handCanonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : handCanonical(item))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${handCanonical(item)}`).join(',')}}`;
}

const independentHash = (doc: VerbaleDocument) => createHash('sha256').update(handCanonical(doc)).digest('hex');

describe('DOCX writer: structure of the package', () => {
  const doc = fixtureDocument({ members: 8, logo: true });
  let parts: DocxParts;
  let body: string;

  beforeAll(async () => {
    parts = await openDocx(await renderVerbaleDocx(doc));
    body = parts.text('word/document.xml');
  });

  it('prints every paragraph of the model, in order, with nothing added between them', () => {
    const printed = paragraphElements(withoutTables(body)).map(elementText).filter((text) => text !== '');
    expect(printed).toEqual(expectedTexts(doc));
  });

  it('uses Word styles: Title, Heading 1 for items, Heading 2 for sections, Normal for the text', () => {
    const paragraphs = paragraphElements(withoutTables(body));
    const styleOfText = (text: string) => styleOf(paragraphs.find((p) => elementText(p) === text) ?? '');
    expect(styleOfText(doc.title)).toBe('Title');
    for (const block of doc.blocks) {
      if (block.kind === 'itemHeading') expect(styleOfText(block.text)).toBe('Heading1');
      if (block.kind === 'sectionHeading') expect(styleOfText(block.text)).toBe('Heading2');
    }
    const opening = doc.blocks.find((b): b is VerbaleParagraph => b.kind === 'paragraph' && b.role === 'opening');
    expect(styleOfText(opening?.runs[0]?.text ?? '')).toBeNull();
    const styles = parts.text('word/styles.xml');
    for (const [id, name] of [['Normal', 'Normal'], ['Title', 'Title'], ['Heading1', 'heading 1|Heading 1'], ['Heading2', 'heading 2|Heading 2']]) {
      expect(styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="${id}"[^>]*><w:name w:val="(${name})"/>`));
    }
  });

  it('sets Times New Roman 12 and Italian (it-IT) on the defaults and on every style the text uses', () => {
    const styles = parts.text('word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('<w:lang w:val="it-IT"/>');
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="24"/>');
    for (const id of ['Normal', 'Title', 'Heading1', 'Heading2', 'ListParagraph', 'TestoTabella', 'Firma', 'Centrato']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, id).toContain('<w:lang w:val="it-IT"/>');
    }
    expect(styles).not.toMatch(/<w:lang w:val="(?!it-IT)/);
  });

  it('states the rule of every line spacing (LibreOffice reads a bare w:line as exact, clipping the logo)', () => {
    const spacings = [...parts.text('word/styles.xml').matchAll(/<w:spacing [^>]*w:line="[^"]*"[^>]*\/>/g)].map((match) => match[0]);
    expect(spacings.length).toBeGreaterThan(0);
    for (const spacing of spacings) expect(spacing).toContain('w:lineRule="auto"');
    expect(body).not.toMatch(/<w:spacing (?![^>]*w:lineRule)[^>]*w:line="/);
  });

  it('writes "DECISIONE:" and the speaker in bold runs, the rest of the sentence not bold', () => {
    const decision = paragraphElements(body).find((p) => elementText(p).startsWith('DECISIONE:')) ?? '';
    const runs = runsOf(decision);
    expect(runs[0]).toMatchObject({ text: 'DECISIONE:', bold: true });
    expect(runs.slice(1).every((run) => !run.bold)).toBe(true);
    const statement = paragraphElements(body).find((p) => elementText(p).startsWith('MARIO VERDI')) ?? '';
    expect(runsOf(statement).map((run) => [run.text, run.bold])).toEqual([
      ['MARIO VERDI', true],
      [' (Presidente e Comune di Ponte Nuovo): ', false],
      ['illustra la proposta e chiede se vi siano osservazioni.', false],
    ]);
    const note = paragraphElements(body).find((p) => elementText(p).startsWith('Il punto non è')) ?? '';
    expect(styleOf(note)).toBe('Centrato');
    expect(runsOf(note)[0]?.italic).toBe(true);
  });

  it('prints the attendance table with a repeated header row, one row per member, and a borderless signature table', () => {
    const [attendance, signatures] = tables(body);
    const table = doc.blocks.find((b) => b.kind === 'attendanceTable');
    if (!attendance || !signatures || table?.kind !== 'attendanceTable') throw new Error('tabelle mancanti');
    expect(attendance.xml.match(/<w:gridCol /g)).toHaveLength(3);
    expect(attendance.rows[0]?.xml).toContain('<w:tblHeader/>');
    expect(attendance.rows.slice(1).some((row) => row.xml.includes('<w:tblHeader/>'))).toBe(false);
    expect(attendance.rows[0]?.cells).toEqual(table.headers.map((header) => [header]));
    expect(attendance.rows.slice(1).map((row) => row.cells)).toEqual(
      table.rows.map((row) => [[String(row.seat)], [row.entity, row.person], [row.presence]]),
    );
    const signatureCells = signatures.rows[0]?.cells ?? [];
    const block = doc.blocks.find((b) => b.kind === 'signatures');
    if (block?.kind !== 'signatures') throw new Error('firme mancanti');
    expect(signatureCells.map((cell) => cell.filter((text) => text !== ''))).toEqual([
      [block.left.label, block.left.name, block.left.role],
      [block.right.label, block.right.name, block.right.role],
    ]);
    expect(signatures.rows[0]?.xml).toContain('<w:cantSplit/>');
    expect(signatures.xml).not.toMatch(/<w:(top|bottom|left|right) w:val="single"[^>]*\/><\/w:tcBorders>/);
  });

  it('keeps the closing with the signature block', () => {
    const closing = paragraphElements(body).find((p) => elementText(p).startsWith('Non essendoci')) ?? '';
    expect(closing).toContain('<w:keepNext/>');
    const afterClosing = body.slice(body.indexOf(closing) + closing.length);
    expect(afterClosing.startsWith('<w:tbl>')).toBe(true);
    const signatureParagraphs = paragraphElements(afterClosing);
    expect(signatureParagraphs.length).toBeGreaterThan(0);
    expect(parts.text('word/styles.xml')).toMatch(/w:styleId="Firma"[^>]*>[\s\S]*?<w:keepNext\/>[\s\S]*?<\/w:style>/);
  });

  it('is A4 with a "Pagina X di Y" footer; PAGE and NUMPAGES are the only fields', () => {
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const xmlParts = parts.paths.filter((path) => path.endsWith('.xml'));
    const instructions = xmlParts.flatMap((path) => fieldInstructions(parts.text(path)));
    expect(instructions.sort()).toEqual(['NUMPAGES', 'PAGE']);
    for (const path of xmlParts) expect(parts.text(path), path).not.toContain('fldSimple');
    const footerPath = parts.paths.find((path) => /^word\/footer\d*\.xml$/.test(path)) ?? '';
    expect(elementText(parts.text(footerPath))).toBe('Pagina  di ');
    expect(parts.text(footerPath).indexOf('PAGE')).toBeLessThan(parts.text(footerPath).indexOf('NUMPAGES'));
  });

  it('has no macros and no self-updating settings', () => {
    expect(parts.paths.some((path) => /vba|macro/i.test(path))).toBe(false);
    const types = parts.text('[Content_Types].xml');
    expect(types).not.toMatch(/macroEnabled|vbaProject/i);
    expect(types).toContain('wordprocessingml.document.main+xml');
    expect(parts.text('word/settings.xml')).not.toContain('updateFields');
  });

  it('fills core and custom properties: title, subject, author, fixed dates, identifier and content SHA-256', () => {
    const core = parts.text('docProps/core.xml');
    const hash = contentSha256(doc);
    expect(hash).toBe(independentHash(doc));
    expect(core).toContain(`<dc:title>${doc.title}</dc:title>`);
    expect(core).toContain(`<dc:subject>${doc.subject}</dc:subject>`);
    expect(core).toContain(`<dc:creator>${doc.author}</dc:creator>`);
    expect(core).toContain(`<dc:identifier>${doc.documentId}</dc:identifier>`);
    expect(core).toMatch(new RegExp(`<dc:description>[^<]*${hash}[^<]*</dc:description>`));
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${doc.meetingDate}T00:00:00Z</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${doc.meetingDate}T00:00:00Z</dcterms:modified>`);
    const custom = parts.text('docProps/custom.xml');
    expect(custom).toMatch(new RegExp(`name="VerbalizzaDocumentId"><vt:lpwstr>${doc.documentId}</vt:lpwstr>`));
    expect(custom).toMatch(new RegExp(`name="VerbalizzaContentSha256"><vt:lpwstr>${hash}</vt:lpwstr>`));
  });

  it('embeds the logo as an image above the title', () => {
    expect(parts.paths).toContain('word/media/image1.png');
    const firstParagraph = paragraphElements(body)[0] ?? '';
    expect(firstParagraph).toContain('<w:drawing>');
  });
});

describe('DOCX writer: variants', () => {
  it('prints a long roll as a 6-column table: first half on the left, second half on the right', async () => {
    const doc = fixtureDocument({ members: 41, twoColumns: true });
    const table = doc.blocks.find((b) => b.kind === 'attendanceTable');
    if (table?.kind !== 'attendanceTable') throw new Error('tabella mancante');
    const [attendance] = tables((await openDocx(await renderVerbaleDocx(doc))).text('word/document.xml'));
    expect(attendance?.xml.match(/<w:gridCol /g)).toHaveLength(6);
    const rows = attendance?.rows.slice(1).map((row) => row.cells) ?? [];
    expect(rows).toHaveLength(21);
    const cells = (row: (typeof table.rows)[number] | undefined) =>
      row ? [[String(row.seat)], [row.entity, row.person], [row.presence]] : [[''], [''], ['']];
    expect(rows).toEqual(rows.map((_, i) => [...cells(table.rows[i]), ...cells(table.rows[i + 21])]));
    expect(rows[20]?.slice(3)).toEqual([[''], [''], ['']]);
  });

  it('gives the same content and properties when the same model is exported twice, a different hash when the content differs', async () => {
    const first = await openDocx(await renderVerbaleDocx(fixtureDocument()));
    const second = await openDocx(await renderVerbaleDocx(fixtureDocument()));
    for (const path of ['word/document.xml', 'word/styles.xml', 'docProps/core.xml', 'docProps/custom.xml']) {
      expect(second.text(path), path).toBe(first.text(path));
    }
    const changed = fixtureDocument();
    changed.blocks.push({ kind: 'paragraph', style: 'normal', runs: [{ text: 'Una riga in più.' }] });
    expect(contentSha256(changed)).not.toBe(contentSha256(fixtureDocument()));
    const reordered = JSON.parse(JSON.stringify(fixtureDocument(), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    )) as VerbaleDocument;
    expect(Object.keys(reordered)[0]).toBe('blocks');
    expect(contentSha256(reordered)).toBe(contentSha256(fixtureDocument()));
  });

  it('leaves out a logo whose bytes are not an image instead of writing a broken picture', async () => {
    const doc = { ...fixtureDocument(), logo: { mimeType: 'image/png' as const, base64: Buffer.from('non è un png').toString('base64') } };
    const parts = await openDocx(await renderVerbaleDocx(doc));
    expect(parts.paths.some((path) => path.startsWith('word/media/'))).toBe(false);
    expect(parts.text('word/document.xml')).not.toContain('<w:drawing>');
  });

  it('escapes XML special characters in text and properties', async () => {
    const doc = { ...fixtureDocument(), title: 'Assemblea <Val> & "Chiara"' };
    doc.blocks.push({ kind: 'paragraph', style: 'normal', runs: [{ text: 'Spesa < 5 & > 2' }] });
    const parts = await openDocx(await renderVerbaleDocx(doc));
    expect(parts.text('docProps/core.xml')).toContain('<dc:title>Assemblea &lt;Val&gt; &amp; &quot;Chiara&quot;</dc:title>');
    const texts = paragraphElements(parts.text('word/document.xml')).map(elementText);
    expect(texts).toContain('Spesa < 5 & > 2');
    expect(texts).toContain('Assemblea <Val> & "Chiara"');
  });
});
