import type { Letterhead } from '../model/letterhead';

/**
 * The verbale as a renderer-neutral structure. `buildVerbale(meeting)` makes it;
 * the DOCX writer and the on-screen preview render it and never compose sentences.
 */

/** A run of text with emphasis. */
export interface TextRun {
  text: string;
  bold?: boolean;
  /** Printed in capitals (the text itself is already uppercased by the builder). */
  caps?: boolean;
  italic?: boolean;
}

export interface VerbaleParagraph {
  kind: 'paragraph';
  /** Which Word style: normal text, a centered opening line, or a list line. */
  style: 'normal' | 'centered' | 'listItem';
  runs: TextRun[];
  /** What the paragraph records, for the preview and tests. */
  role?: 'opening' | 'attendanceIntro' | 'presidentOpening' | 'statement' | 'movement' | 'decision' | 'note' | 'closing' | 'participant' | 'revision' | 'attachment' | 'publicCopy' | 'tavoloHeading' | 'organisation' | 'staff' | 'topic' | 'contribution' | 'agreement' | 'divergence' | 'writtenContribution' | 'nextMeeting' | 'approval';
  /** The timeline entry this paragraph comes from, when it does. */
  entryId?: string;
}

export interface AttendanceRow {
  seat: number;
  /** "Comune di Ponte Nuovo". */
  entity: string;
  /** "Sindaco Luca Bianchi". */
  person: string;
  /** "sì" | "no" | "sì da remoto". */
  presence: string;
}

export interface AttendanceTable {
  kind: 'attendanceTable';
  /** Column headers: ["N.", "Ente e rappresentante", "Presente"]. */
  headers: [string, string, string];
  rows: AttendanceRow[];
  /** Print as two column-groups side by side (long rolls). */
  twoColumns: boolean;
}

export interface ItemHeading {
  kind: 'itemHeading';
  /** 1-based number of the item. */
  number: number;
  /** "1. Approvazione del verbale della seduta del 5 marzo 2025 (All.1)". */
  text: string;
  itemId: string;
}

export interface SectionHeading {
  kind: 'sectionHeading';
  /** "Presenze", "Partecipanti senza diritto di voto", "Ordine del giorno". */
  text: string;
}

export interface SignatureBlock {
  kind: 'signatures';
  left: { label: string; name: string; role: string };
  right: { label: string; name: string; role: string };
}

/** A plain table with a header row: the next steps of a tavolo (Chi, Che cosa, Entro). */
export interface TextTable {
  kind: 'table';
  headers: string[];
  rows: string[][];
  /** Each column's share of the text width; they add up to 1. */
  widths: number[];
}

export type VerbaleBlock = VerbaleParagraph | AttendanceTable | ItemHeading | SectionHeading | SignatureBlock | TextTable;

export interface VerbaleDocument {
  /** The body's full name. */
  title: string;
  /** For document properties: "Verbale della seduta del 5 marzo 2025". */
  subject: string;
  /** The minute-taker's name. */
  author: string;
  /** The meeting's revision, for the document properties (the page shows it only if the style says so). */
  revision: number;
  /** Stable identifier: meeting id and revision, "VRB-<meetingId>-r<revision>". */
  documentId: string;
  /** ISO date of the meeting (properties only; the text writes the date in words). */
  meetingDate: string;
  logo: { mimeType: 'image/png' | 'image/jpeg'; base64: string } | null;
  /** What every page carries: header and footer lines, or the office's Word letterhead (rules in LetterheadSchema). */
  letterhead: Letterhead;
  blocks: VerbaleBlock[];
}
