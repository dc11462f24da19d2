import type { Migration } from '../migration';

/** Undo looks for the last undoable, not yet undone action of a meeting: index exactly that. */
export const undoIndex: Migration = {
  version: 2,
  name: 'indice per annulla',
  up(db) {
    db.exec(`
      CREATE INDEX journal_undoable ON journal(meeting_id, seq) WHERE undoable = 1 AND undone = 0;
      INSERT INTO settings (key, value) VALUES ('backup.keep', '30') ON CONFLICT(key) DO NOTHING;
    `);
  },
};
