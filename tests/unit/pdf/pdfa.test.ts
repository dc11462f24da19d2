import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stressMeeting, stressOptions } from '../../../bench/fixtures/stress-meeting';
import { renderMeetingPdf } from '../../../electron/backend/pdf';
import type { Meeting } from '../../../shared/model';
import { buildVerbale } from '../../../shared/verbale';
import { exampleMeetingFile } from '../storage/helpers';
import { fontsOf, outlineTitles, tool, uncompressed } from './pdf-tools';

const MEETINGS: [string, Meeting][] = [
  ['example', exampleMeetingFile().meeting],
  ['stress', stressMeeting(stressOptions(1))],
];

describe.each(MEETINGS)('PDF/A-2 of the %s meeting', (name, meeting) => {
  let dir: string;
  let pdf: string;
  let raw: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verbalizza-pdfa-'));
    pdf = join(dir, `${name}.pdf`);
    writeFileSync(pdf, await renderMeetingPdf(meeting));
    raw = uncompressed(pdf, join(dir, `${name}.qdf.pdf`));
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('embeds every font it uses, and only Liberation Serif, with a Unicode map', () => {
    const fonts = fontsOf(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name, font.name).toMatch(/^[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?$/);
      expect(font.embedded, font.name).toBe(true);
      expect(font.unicode, font.name).toBe(true);
    }
  });

  it('declares PDF/A-2a and Dublin Core title, creator, date and language it-IT in its XMP, matching the info', () => {
    const doc = buildVerbale(meeting);
    const xmp = tool('pdfinfo', ['-meta', pdf]);
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>A<\/pdfaid:conformance>/);
    const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(xmp).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escaped(doc.title)}</rdf:li>`);
    expect(xmp).toContain(`<dc:creator><rdf:Seq><rdf:li>${escaped(doc.author)}</rdf:li>`);
    expect(xmp).toContain(`<dc:date><rdf:Seq><rdf:li>${doc.meetingDate}</rdf:li>`);
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>it-IT</rdf:li>');
    const info = tool('pdfinfo', [pdf]);
    expect(info).toContain(`Title:           ${doc.title}`);
    expect(info).toContain(`Author:          ${doc.author}`);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/JavaScript:\s+no/);
    expect(info).toMatch(/Encrypted:\s+no/);
    expect(info).toMatch(/Form:\s+none/);
  });

  it('passes qpdf --check', () => {
    expect(tool('qpdf', ['--check', pdf])).toMatch(/No syntax or stream encoding errors found/);
  });

  it('has a structure tree, is marked, in Italian, with the sRGB output intent', () => {
    expect(raw).toMatch(/\/Type \/StructTreeRoot/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/Lang \(it-IT\)/);
    expect(raw).toMatch(/\/S \/GTS_PDFA1/);
    expect(raw).toMatch(/\/OutputConditionIdentifier \(sRGB IEC61966-2.1\)/);
    for (const type of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Div']) expect(raw, type).toMatch(new RegExp(`/S /${type}\\b`));
  });

  it('has no JavaScript, encryption, forms, soft masks or transparency', () => {
    for (const forbidden of ['/JavaScript', '/JS ', '/Encrypt', '/AcroForm', '/SMask', '/OpenAction', '/Transparency']) expect(raw, forbidden).not.toContain(forbidden);
    for (const alpha of raw.matchAll(/\/(CA|ca) ([\d.]+)/g)) expect(Number(alpha[2]), alpha[0]).toBe(1);
  });

  it('has one bookmark per agenda item, in order, with the heading text', () => {
    const headings = buildVerbale(meeting).blocks.flatMap((block) => (block.kind === 'itemHeading' ? [block.text] : []));
    expect(headings.length).toBe(meeting.items.length);
    expect(outlineTitles(pdf)).toEqual(headings);
  });

  it('numbers every page "Pagina X di Y"', () => {
    const pageTexts = tool('pdftotext', ['-layout', pdf, '-']).split('\f').slice(0, -1);
    expect(pageTexts.length).toBe(Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [pdf]))?.[1]));
    pageTexts.forEach((page, i) => expect(page.replace(/\s+/g, ' ')).toContain(`Pagina ${i + 1} di ${pageTexts.length}`));
  });
});

describe('PDF/A export', () => {
  it('gives the same bytes for the same meeting (dates and file id come from the meeting)', async () => {
    const meeting = exampleMeetingFile().meeting;
    const first = Buffer.from(await renderMeetingPdf(meeting));
    expect(Buffer.from(await renderMeetingPdf(meeting)).equals(first)).toBe(true);
    expect(first.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  });

  it('ships the font licence beside the fonts', () => {
    expect(readFileSync('resources/fonts/LICENSE-LiberationSerif.txt', 'utf8')).toMatch(/SIL Open Font License,\s+Version 1\.1/);
  });
});
