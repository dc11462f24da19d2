import type Database from 'better-sqlite3';

/**
 * A generic row-level change model. Services compute what an action changes as a list of
 * row changes; the same list, applied backwards, undoes the action. The journal keeps it.
 */
export type Value = string | number | null;
export type Columns = Record<string, Value>;

export const TABLE_KEYS = {
  bodies: ['id'],
  members: ['body_id', 'id'],
  participants: ['body_id', 'id'],
  meetings: ['id'],
  items: ['meeting_id', 'id'],
  entries: ['meeting_id', 'id'],
  roll_call: ['meeting_id', 'member_id'],
  participant_attendance: ['meeting_id', 'participant_id'],
  guests: ['meeting_id', 'id'],
} as const;

export type TableName = keyof typeof TABLE_KEYS;

/** Parents before children: inserts follow this order, deletes the reverse. */
const TABLE_ORDER: TableName[] = Object.keys(TABLE_KEYS) as TableName[];

export interface Row {
  table: TableName;
  key: Columns;
  values: Columns;
}

export interface Change {
  table: TableName;
  key: Columns;
  /** Columns before the action (all of them when the row is deleted); null when the row is new. */
  before: Columns | null;
  /** Columns after the action (all of them when the row is new); null when the row is deleted. */
  after: Columns | null;
}

export function rowId(row: { table: TableName; key: Columns }): string {
  let id = row.table;
  for (const column of TABLE_KEYS[row.table]) id += '\u0000' + String(row.key[column]);
  return id;
}

export function toRowMap(rows: Iterable<Row>): Map<string, Row> {
  const map = new Map<string, Row>();
  for (const row of rows) map.set(rowId(row), row);
  return map;
}

/** Row changes turning `before` into `after`; updates list only the columns that differ. */
export function diffRows(before: Map<string, Row>, after: Map<string, Row>): Change[] {
  const changes: Change[] = [];
  for (const [id, row] of after) {
    const old = before.get(id);
    if (!old) {
      changes.push({ table: row.table, key: row.key, before: null, after: row.values });
      continue;
    }
    let changedBefore: Columns | null = null;
    let changedAfter: Columns | null = null;
    for (const column of Object.keys(row.values)) {
      if (old.values[column] !== row.values[column]) {
        changedBefore ??= {};
        changedAfter ??= {};
        changedBefore[column] = old.values[column] ?? null;
        changedAfter[column] = row.values[column] ?? null;
      }
    }
    if (changedBefore && changedAfter) changes.push({ table: row.table, key: row.key, before: changedBefore, after: changedAfter });
  }
  for (const [id, row] of before) {
    if (!after.has(id)) changes.push({ table: row.table, key: row.key, before: row.values, after: null });
  }
  return changes;
}

export function invertChanges(changes: readonly Change[]): Change[] {
  return changes.map((change) => ({ table: change.table, key: change.key, before: change.after, after: change.before }));
}

const statementCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement, prepared once per database and text. */
export function sql(db: Database.Database, text: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let prepared = cache.get(text);
  if (!prepared) {
    prepared = db.prepare(text);
    cache.set(text, prepared);
  }
  return prepared;
}

/** SQL text of a row change by its shape (table, kind, columns): built once, then looked up. */
const statementTexts = new Map<string, string>();

function statementText(change: Change, columns: readonly string[]): string {
  const kind = change.after === null ? 'delete' : change.before === null ? 'insert' : 'update';
  const shape = `${kind}|${change.table}|${columns.join(',')}`;
  let text = statementTexts.get(shape);
  if (text !== undefined) return text;
  const keyColumns = TABLE_KEYS[change.table];
  const where = keyColumns.map((column) => `${column} = @k_${column}`).join(' AND ');
  if (kind === 'delete') text = `DELETE FROM ${change.table} WHERE ${where}`;
  else if (kind === 'insert') {
    const all = [...keyColumns, ...columns];
    const values = [...keyColumns.map((c) => `@k_${c}`), ...columns.map((c) => `@v_${c}`)];
    text = `INSERT INTO ${change.table} (${all.join(', ')}) VALUES (${values.join(', ')})`;
  } else {
    text = `UPDATE ${change.table} SET ${columns.map((column) => `${column} = @v_${column}`).join(', ')} WHERE ${where}`;
  }
  statementTexts.set(shape, text);
  return text;
}

function writeChange(db: Database.Database, change: Change): void {
  const params: Record<string, Value> = {};
  for (const column of TABLE_KEYS[change.table]) params[`k_${column}`] = change.key[column] ?? null;
  const columns = change.after === null ? [] : Object.keys(change.after);
  if (change.after !== null) for (const column of columns) params[`v_${column}`] = change.after[column] ?? null;
  const result = sql(db, statementText(change, columns)).run(params);
  if (change.after !== null && change.before !== null && result.changes !== 1) {
    throw new Error(`Riga mancante in ${change.table}: impossibile applicare la modifica`);
  }
}

/**
 * Writes the changes: inserts and updates first (parents before children), then deletes (children before
 * parents), so that a row moved away from a deleted parent is not taken by the cascade. Call inside a transaction.
 */
export function applyChanges(db: Database.Database, changes: readonly Change[]): void {
  const rank = (table: TableName) => TABLE_ORDER.indexOf(table);
  const writes = changes.filter((change) => change.after !== null).sort((a, b) => rank(a.table) - rank(b.table));
  const deletes = changes.filter((change) => change.after === null).sort((a, b) => rank(b.table) - rank(a.table));
  for (const change of writes) writeChange(db, change);
  for (const change of deletes) writeChange(db, change);
}
