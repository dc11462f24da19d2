import type { Migration } from '../migration';

/**
 * The first schema. Ids of items, entries, members and participants are unique within their meeting or body
 * (a meeting file imported twice keeps them). A meeting is spread over one row per item, entry, roll-call line,
 * attendance line and guest, so that an action rewrites only the rows it touches.
 * Objects the app never queries inside are stored as JSON text in `data` columns.
 */
export const initialSchema: Migration = {
  version: 1,
  name: 'schema iniziale',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE bodies (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        profile TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL DEFAULT ''
      ) STRICT;

      CREATE TABLE members (
        body_id TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        seat INTEGER NOT NULL,
        entity TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (body_id, id)
      ) STRICT;
      CREATE INDEX members_by_body ON members(body_id, seat);

      CREATE TABLE participants (
        body_id TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (body_id, id)
      ) STRICT;
      CREATE INDEX participants_by_body ON participants(body_id, position);

      CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        body_id TEXT NOT NULL REFERENCES bodies(id),
        status TEXT NOT NULL CHECK (status IN ('draft', 'live', 'closed')),
        revision INTEGER NOT NULL CHECK (revision >= 1),
        date TEXT NOT NULL,
        header TEXT NOT NULL,
        current_item_id TEXT,
        body_snapshot TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX meetings_by_body ON meetings(body_id, date);

      CREATE TABLE items (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (meeting_id, id)
      ) STRICT;
      CREATE INDEX items_by_meeting ON items(meeting_id, position);

      CREATE TABLE entries (
        meeting_id TEXT NOT NULL,
        id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        type TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (meeting_id, id),
        FOREIGN KEY (meeting_id, item_id) REFERENCES items(meeting_id, id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX entries_by_meeting ON entries(meeting_id, item_id, position);

      CREATE TABLE roll_call (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        member_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        presence TEXT NOT NULL CHECK (presence IN ('room', 'remote', 'absent')),
        representative TEXT NOT NULL,
        PRIMARY KEY (meeting_id, member_id)
      ) STRICT;

      CREATE TABLE participant_attendance (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        present INTEGER NOT NULL CHECK (present IN (0, 1)),
        PRIMARY KEY (meeting_id, participant_id)
      ) STRICT;

      CREATE TABLE guests (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (meeting_id, id)
      ) STRICT;

      CREATE TABLE journal (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        meeting_id TEXT REFERENCES meetings(id) ON DELETE CASCADE,
        body_id TEXT,
        at TEXT NOT NULL,
        operation TEXT NOT NULL,
        input TEXT NOT NULL,
        summary TEXT NOT NULL,
        changes TEXT NOT NULL,
        undoable INTEGER NOT NULL CHECK (undoable IN (0, 1)),
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
      ) STRICT;
      CREATE INDEX journal_by_meeting ON journal(meeting_id, seq);

      CREATE TABLE drafts (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        text TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, key)
      ) STRICT;

      CREATE TABLE meeting_revisions (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        content TEXT NOT NULL,
        reopened_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (meeting_id, revision)
      ) STRICT;
    `);
  },
};
