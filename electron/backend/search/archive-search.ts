import type Database from 'better-sqlite3';
import type { MethodParsedInput } from '../../../shared/api/contract';
import type { ArchiveHit, ArchiveSearchResult } from '../../../shared/api/search';
import type { MeetingStatus } from '../../../shared/model';
import { sql } from '../db/rows';
import { ftsQuery, queryPrefixes } from './fts-query';
import { snippetOf } from './snippet';
import { DOCUMENTS_PER_DAY, firstRowidOfDay } from './search-index';

type Input = MethodParsedInput<'archive.search'>;

/**
 * The filters as SQL: dates as a range of rowids (documents are numbered by their meeting's day), read by FTS5 itself;
 * body and state through the meeting, looked up per hit only when asked for.
 */
function filtersOf(input: Pick<Input, 'bodyId' | 'from' | 'to' | 'status'>): { join: string; clause: string; params: Record<string, string | bigint> } {
  const params: Record<string, string | bigint> = {
    // Bound as integers: FTS5 does not use a rowid constraint bound as a real (a JavaScript number).
    firstRowid: BigInt(input.from ? firstRowidOfDay(input.from) : 0),
    lastRowid: input.to ? BigInt(firstRowidOfDay(input.to)) + BigInt(DOCUMENTS_PER_DAY - 1) : 2n ** 62n,
  };
  const where = ['search_index.rowid BETWEEN @firstRowid AND @lastRowid'];
  for (const [column, name] of [['body_id', 'bodyId'], ['status', 'status']] as const) {
    const value = input[name];
    if (value) {
      where.push(`m.${column} = @${name}`);
      params[name] = value;
    }
  }
  const byMeeting = where.length > 1;
  return {
    join: byMeeting ? ' JOIN search_documents d ON d.id = search_index.rowid JOIN meetings m ON m.id = d.meeting_id' : '',
    clause: where.map((condition) => ` AND ${condition}`).join(''),
    params,
  };
}

interface HitRow {
  meeting_id: string;
  item_id: string | null;
  entry_id: string | null;
  date: string;
  status: MeetingStatus;
  body_name: string;
  item_position: number | null;
  item_title: string | null;
  text: string;
}

/**
 * The archive search: hits ordered by relevance (FTS5 bm25), then the most recent meeting (the rowid: documents are
 * numbered by day), one page at a time, each with its meeting, item and a snippet. The ranking reads the FTS5 index
 * alone; the page's hits only are looked up and given snippets (electron/backend/search/snippet.ts).
 */
export function searchArchive(db: Database.Database, input: Input): ArchiveSearchResult {
  const page = { page: input.page, pageSize: input.pageSize };
  const match = ftsQuery(input.text);
  if (!match) return { ...page, total: 0, hits: [] };
  const filters = filtersOf(input);
  const params = { ...filters.params, match };
  const matched = `FROM search_index${filters.join} WHERE search_index MATCH @match${filters.clause}`;
  const total = sql(db, `SELECT count(*) ${matched}`).pluck().get(params) as number;
  const ids = sql(db, `SELECT search_index.rowid ${matched} ORDER BY bm25(search_index), search_index.rowid DESC LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...params, limit: input.pageSize, offset: (input.page - 1) * input.pageSize }) as number[];
  if (ids.length === 0) return { ...page, total, hits: [] };
  const rows = sql(
    db,
    `SELECT d.id, d.meeting_id, d.item_id, d.entry_id, d.text, m.date, m.status, json_extract(m.body_snapshot, '$.name') AS body_name,
            i.position AS item_position, i.title AS item_title
     FROM search_documents d JOIN meetings m ON m.id = d.meeting_id LEFT JOIN items i ON i.meeting_id = d.meeting_id AND i.id = d.item_id
     WHERE d.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as (HitRow & { id: number })[];
  const prefixes = queryPrefixes(input.text);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const hits = ids.flatMap((id): ArchiveHit[] => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        meeting: { id: row.meeting_id, date: row.date, bodyName: row.body_name, status: row.status },
        item: row.item_id !== null && row.item_position !== null ? { id: row.item_id, number: row.item_position + 1, title: row.item_title ?? '' } : null,
        entryId: row.entry_id,
        snippet: snippetOf(row.text, prefixes),
      },
    ];
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
