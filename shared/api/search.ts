import { z } from 'zod';
import { IdSchema, IsoDateSchema, MeetingStatusSchema, shortText, type MeetingStatus } from '../model';

/** The archive search: the words to find (every one, accents and case ignored), filters, and the page wanted. */
export const ArchiveSearchSchema = z.object({
  text: shortText('Testo da cercare', 200),
  bodyId: IdSchema.optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  status: MeetingStatusSchema.optional(),
  /** 1 for the first page. */
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});

/** A piece of a snippet: the page marks the found words itself (never HTML from the archive). */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** Where a search found the words: a meeting (body, place), an item's title, or an entry of an item. */
export interface ArchiveHit {
  meeting: { id: string; date: string; bodyName: string; status: MeetingStatus };
  /** The item, numbered from 1 as in the agenda; null when the words are in the meeting's body or place. */
  item: { id: string; number: number; title: string } | null;
  /** The statement, decision or note; null for a hit on the meeting or the item's title. */
  entryId: string | null;
  snippet: SnippetPart[];
}

export interface ArchiveSearchResult {
  /** Hits in all pages. */
  total: number;
  page: number;
  pageSize: number;
  /** Best first, then the most recent meeting. */
  hits: ArchiveHit[];
}
