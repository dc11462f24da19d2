import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMeetingDocx } from '../../../electron/backend/docx';
import { renderMeetingPdf } from '../../../electron/backend/pdf';
import { MeetingSchema, type Meeting, type Omissions } from '../../../shared/model';
import { OMISSIS_TEXT, PUBLIC_COPY_LINE } from '../../../shared/verbale';
import { elementText, openDocx, type DocxParts } from '../docx/docx-parts';
import { withEntry, withItem } from '../meeting-edits';
import { tool, uncompressed } from '../pdf/pdf-tools';
import { exampleMeetingFile } from '../storage/helpers';

/** The example meeting with a note and a guest who speaks, so every text field kind is in it. */
function meetingWithEveryField(): Meeting {
  const example = exampleMeetingFile().meeting;
  const withNote = withItem(example, 4, (item) => ({
    ...item,
    entries: [
      ...item.entries,
      { id: 'n-pub', type: 'note', text: 'Segnalazione della famiglia Pervinchi sul servizio.' },
      { id: 's-guest', type: 'statement', speaker: { kind: 'participant', participantId: 'g-pub' }, text: 'chiede notizie del proprio caso.' },
    ],
  }));
  return {
    ...withNote,
    body: { ...withNote.body, participants: withNote.body.participants.map((p) => (p.id === 'p03' ? { ...p, name: 'Roberto Scarabocchi' } : p)) },
    guests: [{ id: 'g-pub', honorific: '', name: 'Ottavio Girasolini', role: 'cittadino', organisation: '', gender: 'm' }],
  };
}

interface Case {
  name: string;
  /** The distinctive words that must not survive. */
  secret: string;
  meeting: (base: Meeting) => Meeting;
  omissions: (meeting: Meeting) => Omissions;
  /** Printed where the PDF keeps strings readable (bookmarks): the raw search must find it in the original. */
  inOriginalObjects?: boolean;
}

const none: Omissions = { spans: [], entryIds: [], personIds: [] };

/** A span over the first occurrence of `secret` in a text. */
const spanOf = (text: string, secret: string) => ({ start: text.indexOf(secret), end: text.indexOf(secret) + secret.length, text: secret });

const entryText = (meeting: Meeting, id: string): string => {
  const entry = meeting.items.flatMap((item) => item.entries).find((e) => e.id === id);
  if (!entry) throw new Error(id);
  return entry.type === 'decision' ? entry.subject : entry.type === 'movement' ? entry.reason : 'text' in entry ? entry.text : '';
};

const CASES: Case[] = [
  {
    name: 'words of a statement',
    secret: 'Quercioli',
    meeting: (m) => withEntry(m, 'e2-3', (e) => (e.type === 'statement' ? { ...e, text: `${e.text} Cita il caso Quercioli.` } : e)),
    omissions: (m) => ({ ...none, spans: [{ targetId: 'e2-3', field: 'text', ...spanOf(entryText(m, 'e2-3'), 'Quercioli') }] }),
  },
  {
    name: 'words of a note',
    secret: 'Pervinchi',
    meeting: (m) => m,
    omissions: (m) => ({ ...none, spans: [{ targetId: 'n-pub', field: 'text', ...spanOf(entryText(m, 'n-pub'), 'Pervinchi') }] }),
  },
  {
    name: 'words of a decision subject',
    secret: 'Brambillonti',
    meeting: (m) => withEntry(m, 'e4-5', (e) => (e.type === 'decision' ? { ...e, subject: `${e.subject} per il nucleo Brambillonti` } : e)),
    omissions: (m) => ({ ...none, spans: [{ targetId: 'e4-5', field: 'subject', ...spanOf(entryText(m, 'e4-5'), 'Brambillonti') }] }),
  },
  {
    name: 'words of a movement reason',
    secret: 'Tarassaccoli',
    meeting: (m) => withEntry(m, 'e4-1', (e) => (e.type === 'movement' ? { ...e, reason: `${e.reason} con la famiglia Tarassaccoli` } : e)),
    omissions: (m) => ({ ...none, spans: [{ targetId: 'e4-1', field: 'reason', ...spanOf(entryText(m, 'e4-1'), 'Tarassaccoli') }] }),
  },
  {
    name: 'words of an item title (heading and bookmark)',
    secret: 'Fiordalisi',
    meeting: (m) => withItem(m, 3, (item) => ({ ...item, title: `${item.title} – caso Fiordalisi` })),
    omissions: (m) => ({ ...none, spans: [{ targetId: 'i4', field: 'title', ...spanOf(m.items[3]!.title, 'Fiordalisi') }] }),
    inOriginalObjects: true,
  },
  {
    name: 'a whole statement',
    secret: 'Melograncio',
    meeting: (m) => withEntry(m, 'e2-4', (e) => (e.type === 'statement' ? { ...e, text: `${e.text} Ricorda la vicenda Melograncio.` } : e)),
    omissions: () => ({ ...none, entryIds: ['e2-4'] }),
  },
  {
    name: "a participant's name, wherever it is printed or written",
    secret: 'Scarabocchi',
    meeting: (m) => withEntry(m, 'e4-4', (e) => (e.type === 'statement' ? { ...e, text: `${e.text} Come ha detto Roberto Scarabocchi, servono dati.` } : e)),
    omissions: () => ({ ...none, personIds: ['p03'] }),
  },
  {
    name: "a guest's name",
    secret: 'Girasolini',
    meeting: (m) => m,
    omissions: () => ({ ...none, personIds: ['g-pub'] }),
  },
];

/** Every form a PDF may store a string in: bytes as written, UTF-16BE, and both as hex strings. */
function pdfForms(secret: string): string[] {
  const utf16 = Buffer.from(`\uFEFF${secret}`, 'utf16le').swap16().subarray(2);
  return [secret, utf16.toString('latin1'), Buffer.from(secret, 'latin1').toString('hex'), utf16.toString('hex')];
}

const count = (text: string, word: string) => (text.match(new RegExp(word, 'giu')) ?? []).length;
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The visible text of the whole DOCX body. */
const docxText = (docx: DocxParts) => elementText(docx.text('word/document.xml'));

describe.each(CASES)('public copy: $name', (kase) => {
  let dir: string;
  let original: { docx: DocxParts; pdfText: string; pdfRaw: string };
  let publicCopy: { docx: DocxParts; pdfText: string; pdfRaw: string; xmp: string };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verbalizza-public-'));
    const meeting = kase.meeting(meetingWithEveryField());
    const marked = MeetingSchema.parse({ ...meeting, omissions: kase.omissions(meeting) }) as Meeting;
    const write = async (name: string, copy: 'original' | 'public') => {
      const pdf = join(dir, `${name}.pdf`);
      writeFileSync(pdf, await renderMeetingPdf(marked, copy));
      return { docx: await openDocx(await renderMeetingDocx(marked, copy)), pdf };
    };
    const o = await write('original', 'original');
    original = { docx: o.docx, pdfText: flat(tool('pdftotext', [o.pdf, '-'])), pdfRaw: uncompressed(o.pdf, join(dir, 'original.qdf.pdf')) };
    const p = await write('public', 'public');
    publicCopy = {
      docx: p.docx,
      pdfText: flat(tool('pdftotext', [p.pdf, '-'])),
      pdfRaw: uncompressed(p.pdf, join(dir, 'public.qdf.pdf')),
      xmp: tool('pdfinfo', ['-meta', p.pdf]),
    };
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the marked words in the original DOCX and PDF, which say nothing of omissis', () => {
    expect(count(docxText(original.docx), kase.secret)).toBeGreaterThan(0);
    expect(count(original.pdfText, kase.secret)).toBeGreaterThan(0);
    expect(count(docxText(original.docx), OMISSIS_TEXT)).toBe(0);
    expect(original.pdfText).not.toContain(PUBLIC_COPY_LINE);
    if (kase.inOriginalObjects) expect(pdfForms(kase.secret).some((form) => original.pdfRaw.toLowerCase().includes(form.toLowerCase()))).toBe(true);
  });

  it('leaves nothing of the marked words in any part of the public DOCX (XML, relationships, properties)', () => {
    expect(publicCopy.docx.paths).toContain('docProps/core.xml');
    for (const path of publicCopy.docx.paths) expect(count(publicCopy.docx.text(path), kase.secret), path).toBe(0);
  });

  it('leaves nothing of them in the public PDF: text, uncompressed objects and streams, bookmarks, XMP', () => {
    expect(count(publicCopy.pdfText, kase.secret)).toBe(0);
    for (const form of pdfForms(kase.secret)) expect(publicCopy.pdfRaw.toLowerCase().includes(form.toLowerCase()), form).toBe(false);
    expect(count(publicCopy.xmp, kase.secret)).toBe(0);
  });

  it('prints omissis once for each omission, and says it is the public copy', () => {
    const omissions = count(docxText(original.docx), kase.secret);
    expect(count(docxText(publicCopy.docx), OMISSIS_TEXT)).toBe(omissions);
    expect(count(publicCopy.pdfText, OMISSIS_TEXT)).toBe(count(original.pdfText, kase.secret));
    expect(docxText(publicCopy.docx)).toContain(PUBLIC_COPY_LINE);
    expect(publicCopy.pdfText).toContain(PUBLIC_COPY_LINE);
    expect(publicCopy.docx.text('docProps/core.xml')).toContain('copia per la pubblicazione');
    expect(publicCopy.xmp).toContain('copia per la pubblicazione');
  });
});
