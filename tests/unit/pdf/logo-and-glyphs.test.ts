import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderVerbalePdf } from '../../../electron/backend/pdf';
import { DomainError } from '../../../shared/api/errors';
import type { VerbaleDocument } from '../../../shared/verbale/document';
import { fixtureDocument } from '../docx/fixture-document';
import { tool, uncompressed } from './pdf-tools';

/** 2×1 RGBA: an opaque red pixel, then a fully transparent black one. */
const RGBA_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAD0lEQVR4nGP4z8AARAwMAAz8Af9c/RSVAAAAAElFTkSuQmCC';
/** 2×1 palette PNG whose second colour is transparent through a tRNS chunk. */
const PALETTE_TRNS_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAMAAADD/I+4AAAABlBMVEX/AAAAAP9sof2OAAAAAnRSTlP/AOW3MEoAAAALSURBVHicY2BgBAAABAACv3o/SgAAAABJRU5ErkJggg==';

const withLogo = (base64: string): VerbaleDocument => ({ ...fixtureDocument(), logo: { mimeType: 'image/png', base64 } });

describe('PDF/A logo and characters', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'verbalizza-pdf-logo-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('flattens a logo with an alpha channel on white: no soft mask, the transparent pixel printed white', async () => {
    const pdf = join(dir, 'rgba.pdf');
    writeFileSync(pdf, await renderVerbalePdf(withLogo(RGBA_PNG)));
    expect(uncompressed(pdf, join(dir, 'rgba.qdf.pdf'))).not.toContain('/SMask');
    const images = tool('pdfimages', ['-list', pdf]).split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/^\s*1\s+\d+\s+image\s+2\s+1\s+rgb\s+3\s+8/);
    // The image's own pixels, as poppler decodes them (PPM: a text header, then RGB bytes).
    tool('pdfimages', [pdf, join(dir, 'logo')]);
    const ppm = readFileSync(join(dir, readdirSync(dir).find((name) => name.startsWith('logo') && name.endsWith('.ppm')) as string));
    expect([...ppm.subarray(ppm.length - 6)]).toEqual([255, 0, 0, 255, 255, 255]);
    expect(tool('qpdf', ['--check', pdf])).toMatch(/No syntax or stream encoding errors found/);
  });

  it('refuses a logo whose transparency it cannot flatten, saying what to do, and writes nothing', async () => {
    const attempt = renderVerbalePdf(withLogo(PALETTE_TRNS_PNG));
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({ code: 'LOGO_TRANSPARENT', message: 'Il logo ha una trasparenza che il PDF/A non può contenere.' });
  });

  it('refuses a CMYK JPEG logo (DeviceCMYK is not what the sRGB output intent describes), saying what to do', async () => {
    // Only the frame header matters: SOI, then a baseline SOF with 4 components.
    const cmyk = '/9j/wAAUCAABAAEEAREAAhEAAxEABBEA/9k=';
    const attempt = renderVerbalePdf({ ...fixtureDocument(), logo: { mimeType: 'image/jpeg', base64: cmyk } });
    await expect(attempt).rejects.toMatchObject({ code: 'LOGO_CMYK', details: ["Salvare il logo in RGB (PNG o JPEG) e caricarlo di nuovo nel profilo dell'ente."] });
  });

  // Liberation Serif has no U+FFFD either, so the writer falls back to "?".
  it('prints "?" for a character Liberation Serif cannot draw, never an empty .notdef box', async () => {
    const doc = fixtureDocument();
    const pdf = join(dir, 'glyphs.pdf');
    const text = 'Intervento con emoji 🙂 e ideogramma 中 accanto a àèìòù «ç» € – “”';
    writeFileSync(pdf, await renderVerbalePdf({ ...doc, blocks: [{ kind: 'paragraph', style: 'normal', runs: [{ text }] }, ...doc.blocks] }));
    const printed = tool('pdftotext', [pdf, '-']).replace(/\s+/g, ' ');
    expect(printed).toContain('Intervento con emoji ? e ideogramma ? accanto a àèìòù «ç» € – “”');
  });

  it('keeps a title with XML markup characters well-formed in the XMP', async () => {
    const pdf = join(dir, 'markup.pdf');
    writeFileSync(pdf, await renderVerbalePdf({ ...fixtureDocument(), title: 'Assemblea <Ambito> "Val Chiara" & Co.' }));
    expect(tool('pdfinfo', ['-meta', pdf])).toContain('<rdf:li xml:lang="x-default">Assemblea &lt;Ambito&gt; &quot;Val Chiara&quot; &amp; Co.</rdf:li>');
    expect(tool('pdfinfo', [pdf])).toContain('Title:           Assemblea <Ambito> "Val Chiara" & Co.');
  });
});
