import type Database from 'better-sqlite3';
import type { Migration } from '../migration';

/**
 * Contrari, astenuti and non votanti are their named lists: the counts stored beside them (always equal to the
 * lists' lengths, since a mismatch was refused at every write) are dropped from every stored decision: the entries,
 * the closed revisions kept by a reopening, and the row changes of the journal that undo puts back.
 * Self-contained on purpose: a released migration must not change when the model's code does.
 */
const COUNTS = ['against', 'abstained', 'notVoting'];

type Json = Record<string, unknown>;

const isDecision = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && (value as Json).type === 'decision';

function withoutCounts(decision: Json): Json {
  return Object.fromEntries(Object.entries(decision).filter(([key]) => !COUNTS.includes(key)));
}

/** The text of an entry's `data` column without counts (the same text when it is not a decision). */
function entryData(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  const entry: unknown = JSON.parse(text);
  return isDecision(entry) ? JSON.stringify(withoutCounts(entry)) : text;
}

function revisionContent(text: string): string {
  const meeting = JSON.parse(text) as { items?: { entries?: unknown[] }[] };
  const items = (meeting.items ?? []).map((item) => ({
    ...item,
    entries: (item.entries ?? []).map((entry) => (isDecision(entry) ? withoutCounts(entry) : entry)),
  }));
  return JSON.stringify({ ...meeting, items });
}

interface StoredChange {
  table: string;
  before: Json | null;
  after: Json | null;
}

function journalChanges(text: string): string {
  const changes = JSON.parse(text) as StoredChange[];
  const columns = (values: Json | null) => (values && 'data' in values ? { ...values, data: entryData(values.data) } : values);
  return JSON.stringify(changes.map((change) => (change.table === 'entries' ? { ...change, before: columns(change.before), after: columns(change.after) } : change)));
}

/** Rewrites the text column of every row `select` gives (as key, text), where the conversion changes it. */
function rewrite(db: Database.Database, select: string, update: string, convert: (text: string) => string): void {
  const write = db.prepare(update);
  // all(), not iterate(): better-sqlite3 runs no other statement while one is being iterated.
  for (const row of db.prepare(select).all() as { key: number; text: string }[]) {
    const converted = convert(row.text);
    if (converted !== row.text) write.run(converted, row.key);
  }
}

export const namedLists: Migration = {
  version: 3,
  name: 'contrari, astenuti e non votanti solo per nome',
  up(db) {
    rewrite(
      db,
      "SELECT rowid AS key, data AS text FROM entries WHERE type = 'decision'",
      'UPDATE entries SET data = ? WHERE rowid = ?',
      (text) => entryData(text) as string,
    );
    rewrite(db, 'SELECT rowid AS key, content AS text FROM meeting_revisions', 'UPDATE meeting_revisions SET content = ? WHERE rowid = ?', revisionContent);
    rewrite(db, 'SELECT seq AS key, changes AS text FROM journal', 'UPDATE journal SET changes = ? WHERE seq = ?', journalChanges);
  },
};
