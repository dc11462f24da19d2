import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

/** The database was written by a newer Verbalizza: we refuse to touch it. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `Il database è stato scritto da una versione più recente di Verbalizza (schema ${found}, ` +
        `questa versione conosce fino allo schema ${supported}). Aggiornare Verbalizza: il file non è stato modificato.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** A read-only open found a database that needs migrating: it is left as it is. */
export class DatabaseNeedsMigrationError extends Error {
  constructor(
    readonly found: number,
    readonly latest: number,
  ) {
    super(
      `L’archivio è di una versione precedente di Verbalizza (schema ${found}, questa versione usa lo schema ${latest}) e va ` +
        'aggiornato, cosa che un comando di sola lettura non fa. Aprirlo una volta con Verbalizza (l’app, la modalità browser ' +
        'o un comando che scrive, come «verbalizza backup») e riprovare. Il file non è stato modificato.',
    );
    this.name = 'DatabaseNeedsMigrationError';
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

/** Refuses a database newer than the given migrations know, before anything is written. */
export function assertNotTooNew(db: Database.Database, migrations: readonly Migration[]): void {
  const found = schemaVersion(db);
  const supported = latestVersion(migrations);
  if (found > supported) throw new DatabaseTooNewError(found, supported);
}

/** Refuses, for a reader, a database that is not at the latest version (older or newer). */
export function assertCurrent(db: Database.Database, migrations: readonly Migration[]): void {
  assertNotTooNew(db, migrations);
  const found = schemaVersion(db);
  const latest = latestVersion(migrations);
  if (found < latest) throw new DatabaseNeedsMigrationError(found, latest);
}

/**
 * Runs the pending migrations, oldest first, all inside one transaction:
 * either the database reaches the latest version or it stays as it was.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): { from: number; to: number } {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migrazioni non in ordine: attesa la ${index + 1}, trovata la ${migration.version}`);
    }
  });
  assertNotTooNew(db, migrations);
  const from = schemaVersion(db);
  const pending = migrations.filter((migration) => migration.version > from);
  if (pending.length === 0) return { from, to: from };
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      // user_version lives in the database header: it is written by the same transaction.
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
  return { from, to: schemaVersion(db) };
}
