import { NO_LETTERHEAD } from '../../../shared/model';
import type { AttendanceRow, VerbaleBlock, VerbaleDocument } from '../../../shared/verbale/document';

/** A tiny valid PNG (2×1 pixels), to exercise the logo. */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGM4IQcEJwAHIwIJ5FiIOQAAAABJRU5ErkJggg==';

const ENTITIES = ['Borgo Alto', 'Castel Rocca', 'Fiumefreddo', 'Lago Verde', 'Monte Chiaro', 'Ponte Nuovo', 'Roccafonda', 'San Vito'];

/** A roll of `count` members, cycling through presences. */
export function attendanceRows(count: number): AttendanceRow[] {
  const presences = ['sì', 'sì', 'sì da remoto', 'no'];
  return Array.from({ length: count }, (_, i) => ({
    seat: i + 1,
    entity: `Comune di ${ENTITIES[i % ENTITIES.length]}${i >= ENTITIES.length ? ` ${Math.floor(i / ENTITIES.length) + 1}` : ''}`,
    person: `Sindaco Persona${i + 1} Cognome${i + 1}`,
    presence: presences[i % presences.length] as string,
  }));
}

/** A hand-made verbale with every block kind, independent of the builder. */
export function fixtureDocument(options: { members?: number; twoColumns?: boolean; logo?: boolean; filler?: number } = {}): VerbaleDocument {
  const members = options.members ?? 8;
  const filler: VerbaleBlock[] = Array.from({ length: options.filler ?? 0 }, (_, i) => ({
    kind: 'paragraph',
    style: 'normal',
    role: 'note',
    runs: [{ text: `Nota di riempimento numero ${i + 1}: la discussione prosegue sul tema dei servizi sociali dell'Ambito.` }],
  }));
  return {
    title: "Assemblea dei Sindaci del Piano di Zona dell'Ambito Territoriale Sociale Val Chiara",
    subject: 'Verbale della seduta del 5 marzo 2025',
    author: 'Anna Neri',
    documentId: 'VRB-fixture-1-r1',
    meetingDate: '2025-03-05',
    revision: 1,
    logo: options.logo ? { mimeType: 'image/png', base64: TINY_PNG_BASE64 } : null,
    letterhead: NO_LETTERHEAD,
    blocks: [
      {
        kind: 'paragraph',
        style: 'normal',
        role: 'opening',
        runs: [{ text: "Il giorno 5 marzo 2025 alle ore 17:30 presso la Sala consiliare del Comune di Ponte Nuovo si è riunita l'Assemblea dei Sindaci in prima convocazione." }],
      },
      { kind: 'sectionHeading', text: 'Presenze' },
      {
        kind: 'attendanceTable',
        headers: ['N.', 'Ente e rappresentante', 'Presente'],
        rows: attendanceRows(members),
        twoColumns: options.twoColumns ?? false,
      },
      { kind: 'sectionHeading', text: 'Partecipanti senza diritto di voto' },
      { kind: 'paragraph', style: 'listItem', role: 'participant', runs: [{ text: "Dott.ssa Giulia Sala, Responsabile dell'Ufficio di Piano" }] },
      { kind: 'paragraph', style: 'listItem', role: 'participant', runs: [{ text: 'Dott. Paolo Riva, Direttore dell\'Azienda speciale: ASSENTE' }] },
      {
        kind: 'paragraph',
        style: 'normal',
        role: 'presidentOpening',
        runs: [{ text: "Il Presidente, Mario Verdi, constatato il numero legale (presenti 6 su 8), apre l'Assemblea." }],
      },
      { kind: 'sectionHeading', text: 'Ordine del giorno' },
      { kind: 'itemHeading', number: 1, itemId: 'i1', text: '1. Approvazione del verbale della seduta del 5 febbraio 2025 (All.1)' },
      {
        kind: 'paragraph',
        style: 'normal',
        role: 'statement',
        entryId: 'e1',
        runs: [
          { text: 'MARIO VERDI', bold: true, caps: true },
          { text: ' (Presidente e Comune di Ponte Nuovo): ' },
          { text: 'illustra la proposta e chiede se vi siano osservazioni.' },
        ],
      },
      { kind: 'paragraph', style: 'normal', role: 'movement', entryId: 'e2', runs: [{ text: 'Arriva alle ore 17:51 il consigliere del Comune di Borgo Alto, Marta Rossi.' }] },
      ...filler,
      {
        kind: 'paragraph',
        style: 'normal',
        role: 'decision',
        entryId: 'e3',
        runs: [
          { text: 'DECISIONE:', bold: true },
          { text: " l'Assemblea approva il verbale della seduta del 5 febbraio 2025 con 5 voti favorevoli e 2 astenuti (Comune di Fiumefreddo e Comune di Roccafonda)." },
        ],
      },
      { kind: 'itemHeading', number: 2, itemId: 'i2', text: '2. Varie ed eventuali' },
      { kind: 'paragraph', style: 'centered', role: 'note', runs: [{ text: 'Il punto non è oggetto di votazione.', italic: true }] },
      {
        kind: 'paragraph',
        style: 'normal',
        role: 'closing',
        runs: [{ text: "Non essendoci altri punti all'ordine del giorno l'Assemblea si chiude alle ore 19:47." }],
      },
      {
        kind: 'signatures',
        left: { label: 'Il Presidente', name: 'Mario Verdi', role: 'Sindaco del Comune di Ponte Nuovo' },
        right: { label: 'La Verbalizzante', name: 'Anna Neri', role: "Responsabile dell'Ufficio di Piano" },
      },
    ],
  };
}
