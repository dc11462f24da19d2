import { type Agreement, type Commitment, type Divergence, type Meeting, NO_LETTERHEAD } from '../model';
import { formatDateWords } from '../phrasing';
import type { TextRun, VerbaleBlock, VerbaleDocument, VerbaleParagraph } from '../verbale/document';
import { commitmentOwnerName, organisationById, tavoloOf } from './entries';
import { tavoloHeadingLines } from './naming';

export interface SintesiPoint<E extends Agreement | Divergence | Commitment> {
  entry: E;
  /** The session the point comes from: its number among the tavolo's sessions, date and id. */
  session: { number: number; date: string; meetingId: string };
  /** What the point says, as the document prints it (the holders of a divergent view, who a commitment is on). */
  who: string;
}

export interface SintesiTopic {
  /** The topic's title as it was first written. */
  title: string;
  agreements: SintesiPoint<Agreement>[];
  divergences: SintesiPoint<Divergence>[];
  commitments: SintesiPoint<Commitment>[];
}

/** Topics are the sessions' items; the same topic at two sessions is the same title, whatever its case, accents or spaces. */
const topicKey = (title: string) => title.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLocaleLowerCase('it-IT');

/**
 * Every point of agreement, divergent view and commitment of the sessions of a tavolo, grouped by topic in the order
 * topics first came up, each with its session of origin (sessions numbered by date).
 */
export function tavoloSintesi(sessions: readonly Meeting[]): SintesiTopic[] {
  const ordered = [...sessions].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const topics = new Map<string, SintesiTopic>();
  ordered.forEach((meeting, index) => {
    const session = { number: index + 1, date: meeting.date, meetingId: meeting.id };
    for (const item of meeting.items) {
      const key = topicKey(item.title);
      const topic = topics.get(key) ?? { title: item.title, agreements: [], divergences: [], commitments: [] };
      topics.set(key, topic);
      for (const entry of item.entries) {
        if (entry.type === 'agreement') topic.agreements.push({ entry, session, who: '' });
        if (entry.type === 'divergence') topic.divergences.push({ entry, session, who: entry.organisationIds.map((id) => organisationById(meeting.body.tavolo, id)?.name ?? id).join(', ') });
        if (entry.type === 'commitment') topic.commitments.push({ entry, session, who: commitmentOwnerName(meeting, entry) });
      }
    }
  });
  return [...topics.values()].filter((topic) => topic.agreements.length + topic.divergences.length + topic.commitments.length > 0);
}

const origin = ({ session }: SintesiPoint<Agreement | Divergence | Commitment>) => `incontro n. ${session.number} del ${formatDateWords(session.date)}`;
const para = (role: VerbaleParagraph['role'], runs: TextRun[], style: VerbaleParagraph['style'] = 'normal'): VerbaleParagraph => ({ kind: 'paragraph', style, role, runs });

/** The documento di sintesi as a document the DOCX and PDF/A writers print: a draft for the Ufficio di Piano to edit. */
export function buildSintesiDocument(sessions: readonly Meeting[]): VerbaleDocument {
  const newest = [...sessions].sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!newest) throw new Error('Documento di sintesi senza incontri');
  const tavolo = tavoloOf(newest);
  const topics = tavoloSintesi(sessions);
  const dates = [...sessions].map((session) => session.date).sort();
  const blocks: VerbaleBlock[] = [
    ...tavoloHeadingLines(tavolo, newest.body.style).map((text) => para('tavoloHeading', [{ text }], 'centered')),
    para('opening', [{ text: `Bozza del documento di sintesi degli incontri del tavolo (${sessions.length} ${sessions.length === 1 ? 'incontro' : 'incontri'}, dal ${formatDateWords(dates[0] as string)} al ${formatDateWords(dates.at(-1) as string)}): i punti condivisi, le posizioni divergenti e gli impegni, per tema, ciascuno con l'incontro da cui proviene.` }]),
  ];
  topics.forEach((topic, index) => {
    blocks.push({ kind: 'itemHeading', number: index + 1, itemId: `tema-${index + 1}`, text: `${index + 1}. ${topic.title}` });
    if (topic.agreements.length > 0) {
      blocks.push({ kind: 'sectionHeading', text: 'Punti condivisi' });
      for (const point of topic.agreements) blocks.push(para('agreement', [{ text: `${point.entry.text} ` }, { text: `(${origin(point)})`, italic: true }], 'listItem'));
    }
    if (topic.divergences.length > 0) {
      blocks.push({ kind: 'sectionHeading', text: 'Posizioni divergenti' });
      for (const point of topic.divergences) {
        blocks.push(para('divergence', [{ text: `${point.who}: `, bold: true }, { text: `${point.entry.text} ` }, { text: `(${origin(point)})`, italic: true }], 'listItem'));
      }
    }
    if (topic.commitments.length > 0) {
      blocks.push({ kind: 'sectionHeading', text: 'Impegni' });
      blocks.push({
        kind: 'table',
        headers: ['Chi', 'Che cosa', 'Entro', 'Incontro'],
        rows: topic.commitments.map((point) => [point.who, point.entry.what, point.entry.due ? formatDateWords(point.entry.due) : '—', `n. ${point.session.number} del ${formatDateWords(point.session.date)}`]),
        widths: [0.25, 0.4, 0.15, 0.2],
      });
    }
  });
  if (topics.length === 0) blocks.push(para('note', [{ text: 'Negli incontri non sono stati registrati punti condivisi, posizioni divergenti né impegni.' }]));
  return {
    title: newest.body.name,
    subject: 'Documento di sintesi',
    revision: 1,
    author: newest.minuteTaker.name,
    documentId: `SINTESI-${newest.body.id}-${dates.at(-1)}`,
    meetingDate: dates.at(-1) as string,
    logo: newest.body.logo ? { mimeType: newest.body.logo.mimeType, base64: newest.body.logo.base64 } : null,
    letterhead: newest.body.letterhead ?? NO_LETTERHEAD,
    blocks,
  };
}
