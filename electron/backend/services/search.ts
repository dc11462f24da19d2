import type Database from 'better-sqlite3';
import type { MeetingSummary, MethodParsedInput } from '../../../shared/api/contract';
import { meetingsMatching } from '../search/archive-search';
import { compareNames } from './collate';

interface SummaryRow {
  id: string;
  body_id: string;
  body_name: string;
  date: string;
  status: MeetingSummary['status'];
  revision: number;
  updated_at: string;
  signed: number;
}

/** The archive list: filters in SQL, text through the search index (accents and case ignored: "citta" finds "Città"), newest first. */
export function searchMeetings(db: Database.Database, input: MethodParsedInput<'meetings.search'>): MeetingSummary[] {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (input.bodyId) {
    where.push('m.body_id = @bodyId');
    params.bodyId = input.bodyId;
  }
  if (input.from) {
    where.push('m.date >= @from');
    params.from = input.from;
  }
  if (input.to) {
    where.push('m.date <= @to');
    params.to = input.to;
  }
  if (input.status) {
    where.push('m.status = @status');
    params.status = input.status;
  }
  const rows = db
    .prepare(
      `SELECT m.id, m.body_id, json_extract(m.body_snapshot, '$.name') AS body_name, m.date, m.status, m.revision, m.updated_at,
         EXISTS (SELECT 1 FROM signed_files s WHERE s.meeting_id = m.id AND s.revision = m.revision) AS signed
       FROM meetings m ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`,
    )
    .all(params) as SummaryRow[];
  const titles = db.prepare('SELECT title FROM items WHERE meeting_id = ? ORDER BY position').pluck();
  const matching = meetingsMatching(db, input.text);

  const summaries: MeetingSummary[] = [];
  for (const row of rows) {
    if (matching && !matching.has(row.id)) continue;
    const itemTitles = titles.all(row.id) as string[];
    summaries.push({
      id: row.id,
      bodyId: row.body_id,
      bodyName: row.body_name,
      date: row.date,
      status: row.status,
      revision: row.revision,
      itemTitles,
      updatedAt: row.updated_at,
      signed: row.signed === 1,
    });
  }
  return summaries.sort((a, b) => b.date.localeCompare(a.date) || compareNames(a.bodyName, b.bodyName));
}
