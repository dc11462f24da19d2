import type Database from 'better-sqlite3';
import type { MethodParsedInput } from '../../shared/api/contract';
import type { ArchiveHit, ArchiveSearchResult, SnippetPart } from '../../shared/api/search';
import type { MeetingStatus } from '../../shared/model';
import { sql } from '../db/rows';
import { ftsQuery } from './fts-query';

type Input = MethodParsedInput<'archive.search'>;

/** Marks snippet() puts around a found word: control characters, which no stored text may hold. */
const OPEN = '\u0002';
const CLOSE = '\u0003';
const SNIPPET_TOKENS = 24;

interface Filters {
  clause: string;
  params: Record<string, string>;
}

function filtersOf(input: Pick<Input, 'bodyId' | 'from' | 'to' | 'status'>): Filters {
  const where: string[] = [];
  const params: Record<string, string> = {};
  for (const [column, name] of [['body_id', 'bodyId'], ['status', 'status']] as const) {
    const value = input[name];
    if (value) {
      where.push(`m.${column} = @${name}`);
      params[name] = value;
    }
  }
  if (input.from) {
    where.push('m.date >= @from');
    params.from = input.from;
  }
  if (input.to) {
    where.push('m.date <= @to');
    params.to = input.to;
  }
  return { clause: where.map((condition) => ` AND ${condition}`).join(''), params };
}

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of snippet.split(OPEN).entries()) {
    const [found, rest] = index === 0 ? [null, piece] : (piece.split(CLOSE, 2) as [string, string | undefined]);
    if (found) parts.push({ text: found, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

interface HitRow {
  id: number;
  meeting_id: string;
  item_id: string | null;
  entry_id: string | null;
  date: string;
  status: MeetingStatus;
  body_name: string;
  item_position: number | null;
  item_title: string | null;
}

const MATCHED = `FROM search_index JOIN search_documents d ON d.id = search_index.rowid JOIN meetings m ON m.id = d.meeting_id
  WHERE search_index MATCH @match`;

/**
 * The archive search: hits ordered by relevance (FTS5 bm25), then the most recent meeting, one page at a time, each
 * with its meeting, item and a snippet. Snippets are made for the page's hits only.
 */
export function searchArchive(db: Database.Database, input: Input): ArchiveSearchResult {
  const page = { page: input.page, pageSize: input.pageSize };
  const match = ftsQuery(input.text);
  if (!match) return { ...page, total: 0, hits: [] };
  const filters = filtersOf(input);
  const params = { ...filters.params, match };
  const total = sql(db, `SELECT count(*) ${MATCHED}${filters.clause}`).pluck().get(params) as number;
  const rows = sql(
    db,
    `SELECT d.id, d.meeting_id, d.item_id, d.entry_id, m.date, m.status ${MATCHED}${filters.clause}
     ORDER BY search_index.rank, m.date DESC, d.id LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: input.pageSize, offset: (input.page - 1) * input.pageSize }) as Omit<HitRow, 'body_name' | 'item_position' | 'item_title'>[];
  const details = sql(
    db,
    `SELECT json_extract(m.body_snapshot, '$.name') AS body_name, i.position AS item_position, i.title AS item_title
     FROM meetings m LEFT JOIN items i ON i.meeting_id = m.id AND i.id = @itemId WHERE m.id = @meetingId`,
  );
  // The page's rowids as a list: FTS5 ignores `rowid = ?` bound to a JavaScript number (bound as a real).
  const snippetRows = sql(
    db,
    `SELECT rowid AS id, snippet(search_index, 0, char(2), char(3), '…', ${SNIPPET_TOKENS}) AS snippet FROM search_index
     WHERE search_index MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
  ).all(match, JSON.stringify(rows.map((row) => row.id))) as { id: number; snippet: string }[];
  const snippets = new Map(snippetRows.map((row) => [row.id, row.snippet]));
  const hits = rows.map((row): ArchiveHit => {
    const more = details.get({ meetingId: row.meeting_id, itemId: row.item_id }) as Pick<HitRow, 'body_name' | 'item_position' | 'item_title'>;
    return {
      meeting: { id: row.meeting_id, date: row.date, bodyName: more.body_name, status: row.status },
      item: row.item_id !== null && more.item_position !== null ? { id: row.item_id, number: more.item_position + 1, title: more.item_title ?? '' } : null,
      entryId: row.entry_id,
      snippet: snippetParts(snippets.get(row.id) ?? ''),
    };
  });
  return { ...page, total, hits };
}

/** The ids of the meetings where the words are found (the archive list's text filter). */
export function meetingsMatching(db: Database.Database, text: string): Set<string> | null {
  const match = ftsQuery(text);
  if (!match) return null;
  const ids = sql(db, 'SELECT DISTINCT d.meeting_id FROM search_index JOIN search_documents d ON d.id = search_index.rowid WHERE search_index MATCH ?').pluck().all(match);
  return new Set(ids as string[]);
}
