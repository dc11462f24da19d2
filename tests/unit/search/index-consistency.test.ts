import { basename } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMeeting } from '../../../electron/backend/db/meeting-load';
import { meetingDocuments } from '../../../electron/backend/search/documents';
import { ftsQuery } from '../../../electron/backend/search/fts-query';
import { DOCUMENTS_PER_DAY, firstRowidOfDay } from '../../../electron/backend/search/search-index';
import { foldForSearch } from '../../../electron/backend/services/collate';
import type { Backend } from '../../../electron/backend/services/backend';
import type { MeetingView, MethodName } from '../../../shared/api/contract';
import { createExampleBody, testBackend, type TestBackend } from '../storage/helpers';
import { exampleCopy, importFile } from './helpers';

let t: TestBackend;
afterEach(() => t.close());

const WORDS = ['città', 'Bilancio', 'sanità', 'trasporto', 'Scuola', 'verde', 'ponte', 'caffè', 'perché', 'ÀNCORA'];

type Row = { meeting_id: string; key: string; item_id: string | null; entry_id: string | null; text: string };

/** What the index holds, and what a rebuild from the stored meetings would hold. */
function indexAndRebuild(backend: Backend): { stored: Row[]; rebuilt: Row[] } {
  const db = backend.db;
  const stored = db.prepare('SELECT meeting_id, key, item_id, entry_id, text FROM search_documents ORDER BY meeting_id, key').all() as Row[];
  const ids = db.prepare('SELECT id FROM meetings ORDER BY id').pluck().all() as string[];
  const rebuilt = ids
    .flatMap((id) => meetingDocuments(loadMeeting(db, id)!.meeting).map((d) => ({ meeting_id: id, key: d.key, item_id: d.itemId, entry_id: d.entryId, text: d.text })))
    .sort((a, b) => (a.meeting_id === b.meeting_id ? (a.key < b.key ? -1 : 1) : a.meeting_id < b.meeting_id ? -1 : 1));
  return { stored, rebuilt };
}

/** FTS5's own check that its index matches search_documents, and each word found exactly where a rebuild has it. */
function expectIndexRight(backend: Backend) {
  const { stored, rebuilt } = indexAndRebuild(backend);
  expect(stored).toEqual(rebuilt);
  backend.db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run();
  // Each document is numbered in its meeting's day: the order «newest first» and the date filters read the rowid.
  const misplaced = backend.db
    .prepare('SELECT d.id, m.date FROM search_documents d JOIN meetings m ON m.id = d.meeting_id')
    .all()
    .filter((row) => Math.floor((row as { id: number }).id / DOCUMENTS_PER_DAY) * DOCUMENTS_PER_DAY !== firstRowidOfDay((row as { date: string }).date));
  expect(misplaced).toEqual([]);
  for (const word of WORDS) {
    const found = backend.db
      .prepare('SELECT d.meeting_id || d.key FROM search_index JOIN search_documents d ON d.id = search_index.rowid WHERE search_index MATCH ?')
      .pluck()
      .all(ftsQuery(word)) as string[];
    const prefix = foldForSearch(word).replace(/[aeiou]$/, '');
    const expected = rebuilt.filter((row) => (foldForSearch(row.text).match(/[\p{L}\p{N}]+/gu) ?? []).some((token) => token.startsWith(prefix)));
    expect(found.sort(), word).toEqual(expected.map((row) => row.meeting_id + row.key).sort());
  }
}

describe('search index', () => {
  it('equals a rebuild after every action of a seeded mix: entries, items, roll call, undo, import, delete', async () => {
    t = testBackend();
    const body = await createExampleBody(t);
    const created = await t.call('meetings.create', { bodyId: body.id, date: '2026-11-22', startTime: '17:30', modality: 'mixed', place: 'Sala del Ponte', convocation: 'first' });
    const meetingId = created.meetingId;
    for (const member of body.members) await t.call('meetings.setRollCall', { meetingId, memberId: member.id, presence: 'room' });
    for (let i = 1; i <= 3; i += 1) await t.call('meetings.addItem', { meetingId, title: `Punto ${i} ${WORDS[i]}` });
    await t.call('meetings.start', { meetingId });

    const done = new Set<string>();
    let seed = 20261201;
    // xorshift32: a seeded sequence that reaches every action.
    const next = (n: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const words = (count: number) => Array.from({ length: count }, () => WORDS[next(WORDS.length)]).join(' ');
    for (let step = 0; step < 160; step += 1) {
      const view: MeetingView = await t.call('meetings.get', { meetingId });
      const item = view.meeting.items[next(view.meeting.items.length)]!;
      const entries = view.meeting.items.flatMap((i) => i.entries).filter((e) => e.type !== 'movement');
      const entry = entries[next(entries.length || 1)];
      const member = body.members[next(body.members.length)]!;
      const roll = next(15);
      const action = (): [MethodName, unknown] => {
        if (roll < 3) return ['meetings.addEntry', { meetingId, itemId: item.id, entry: { type: 'statement', speaker: { kind: 'member', memberId: member.id }, text: words(3) } }];
        if (roll < 4) return ['meetings.addEntry', { meetingId, itemId: item.id, entry: { type: 'note', text: words(2) } }];
        if (roll < 5 && entry?.type === 'statement') return ['meetings.updateEntry', { meetingId, entryId: entry.id, entry: { ...entry, text: words(2) } }];
        if (roll < 6 && entry) return ['meetings.deleteEntry', { meetingId, entryId: entry.id }];
        if (roll < 7 && entry) return ['meetings.moveEntry', { meetingId, entryId: entry.id, toItemId: item.id, toIndex: next(item.entries.length + 1) }];
        if (roll < 8) return ['meetings.updateItem', { meetingId, itemId: item.id, title: `Punto ${words(2)}`, attachments: [], linkedMeetingIds: [] }];
        if (roll < 9) {
          // Who sits for the member reads in every statement the member made.
          const representative = { ...member.representative, name: `${member.representative.name.split(' ')[0]} ${words(1)}` };
          return ['meetings.setRollCall', { meetingId, memberId: member.id, presence: 'room', representative }];
        }
        if (roll < 10 && view.meeting.items.length < 6) return ['meetings.addItem', { meetingId, title: `Nuovo ${words(1)}` }];
        if (roll < 11 && view.meeting.items.length > 2) return ['meetings.removeItem', { meetingId, itemId: item.id }];
        if (roll < 12) return ['meetings.updateHeader', { meetingId, header: { date: next(2) === 0 ? view.meeting.date : `2026-11-${20 + next(8)}`, startTime: view.meeting.startTime, modality: view.meeting.modality, place: `Sala ${words(1)}`, convocation: view.meeting.convocation, president: view.meeting.president, minuteTaker: { ...view.meeting.minuteTaker, name: `Anna ${words(1)}` } } }];
        if (roll < 13 || view.undoLabel === null) return ['meetings.setCurrentItem', { meetingId, itemId: item.id }];
        return ['meetings.undo', { meetingId }];
      };
      const [method, input] = action();
      const response = await t.backend.dispatch(method, input);
      if (response.ok) done.add(method);
      expectIndexRight(t.backend);
    }
    expect([...done].sort()).toEqual(
      ['meetings.addEntry', 'meetings.addItem', 'meetings.deleteEntry', 'meetings.moveEntry', 'meetings.removeItem', 'meetings.setCurrentItem', 'meetings.setRollCall', 'meetings.undo', 'meetings.updateEntry', 'meetings.updateHeader', 'meetings.updateItem'].sort(),
    );

    await importFile(t, exampleCopy('copia', '2026-10-01', 'draft'));
    expectIndexRight(t.backend);
    await t.call('meetings.delete', { meetingId: 'copia' });
    expectIndexRight(t.backend);
    const left = await t.call('archive.search', { text: 'Val Chiara', pageSize: 100 });
    expect(left.total).toBeGreaterThan(0);
    expect(left.hits.filter((h) => h.meeting.id === 'copia')).toEqual([]);
  });

  it('is right after a restore: the copy holds its own index', async () => {
    t = testBackend();
    await importFile(t, exampleCopy('prima', '2025-01-15', 'draft'));
    const backup = basename(t.backend.backupNow());
    await importFile(t, exampleCopy('dopo', '2025-02-15', 'draft'));
    expect((await t.call('archive.search', { text: 'riparto', pageSize: 100 })).hits.some((h) => h.meeting.id === 'dopo')).toBe(true);
    await t.call('backups.restore', { fileName: backup });
    expectIndexRight(t.backend);
    const after = await t.call('archive.search', { text: 'riparto', pageSize: 100 });
    expect(new Set(after.hits.map((h) => h.meeting.id))).toEqual(new Set(['prima']));
  });
});
