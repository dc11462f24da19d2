import type { Draft, JournalRecord, MeetingView, MethodName, MethodParsedInput } from '../../shared/api/contract';
import { DomainError, NotFoundError } from '../../shared/api/errors';
import type { Meeting, TimelinePosition } from '../../shared/model';
import { checkSummary, evaluateQuorum, type MeetingCheck, type PresenceSnapshot, type QuorumResult } from '../../shared/rules';
import { loadBody } from '../db/body-rows';
import { appendJournal, canUndo, lastUndoable, listJournal, markUndone, sealJournal } from '../db/journal';
import { diffMeetings, loadMeeting, reloadTouched } from '../db/meeting-rows';
import { type Change, applyChanges, invertChanges, sql } from '../db/rows';
import { assertChecksClean, assertNoNewProblems } from './check-guard';
import { CheckMemo, checkAfterChange } from './incremental-check';
import { assertMeetingIntegrity } from './integrity-guard';
import * as mutate from './meeting-mutations';
import type { Storage } from './storage';
import { describeEntry, memberName } from './summaries';

type In<M extends MethodName> = MethodParsedInput<M>;

interface CachedMeeting {
  meeting: Meeting;
  version: number;
  updatedAt: string;
  check: MeetingCheck;
}

interface ChangeOptions {
  /** Whether meetings.undo may revert the action (content edits: yes; status changes: no). */
  undoable?: boolean;
  /** Only reopen works on a closed meeting. */
  allowClosed?: boolean;
  /** What to record as the input (defaults to the call's input). */
  journalInput?: unknown;
}

interface Outcome {
  meeting: Meeting;
  summary: string;
}

/**
 * The meeting methods of the contract. Each call is one transaction that writes only the rows the action
 * changed and appends a journal row holding those changes, which is also what undo reverts.
 * A meeting is kept in memory between calls and re-read only when its version in the database moved.
 */
export class MeetingService {
  private readonly cache = new Map<string, CachedMeeting>();
  /** Presence replays and item checks of the meetings' versions: an action costs what it changes. */
  private readonly memo = new CheckMemo();
  private readonly presenceAt: mutate.PresenceLookup = (meeting, position) => this.memo.timeline(meeting).at(position);

  constructor(private readonly storage: Storage) {
    storage.onFailure(() => this.cache.clear());
  }

  private get db() {
    return this.storage.db;
  }

  private current(meetingId: string): CachedMeeting {
    const row = sql(this.db, 'SELECT version FROM meetings WHERE id = ?').get(meetingId) as { version: number } | undefined;
    if (!row) {
      this.cache.delete(meetingId);
      throw new NotFoundError(`Seduta non trovata («${meetingId}»)`);
    }
    const cached = this.cache.get(meetingId);
    if (cached && cached.version === row.version) return cached;
    const loaded = loadMeeting(this.db, meetingId);
    if (!loaded) throw new NotFoundError(`Seduta non trovata («${meetingId}»)`);
    const fresh: CachedMeeting = { meeting: loaded.meeting, version: loaded.version, updatedAt: loaded.updatedAt, check: this.memo.check(loaded.meeting) };
    this.cache.set(meetingId, fresh);
    return fresh;
  }

  /** `undoable`: the action just recorded can be undone, so there is no need to ask the journal. */
  private view(cached: CachedMeeting, undoable = false): MeetingView {
    const presenceNow = this.memo.timeline(cached.meeting).end();
    return {
      meeting: cached.meeting,
      check: checkSummary(cached.check),
      presenceNow,
      quorumNow: evaluateQuorum(cached.meeting, presenceNow),
      canUndo: undoable || canUndo(this.db, cached.meeting.id),
      updatedAt: cached.updatedAt,
    };
  }

  /**
   * The check of a new state of a meeting, refusing a state the model refuses (shared/model/integrity.ts), one that
   * adds a problem (a whole new meeting: any problem), and a closed meeting that does not check clean.
   */
  private verify(before: CachedMeeting | null, meeting: Meeting): MeetingCheck {
    assertMeetingIntegrity(meeting);
    const check = checkAfterChange(before, meeting, this.memo);
    if (!before) assertChecksClean(check);
    else assertNoNewProblems(before.check, check);
    if (meeting.status === 'closed' && !check.ok) {
      throw new DomainError('MEETING_CHECK_FAILED', 'La seduta non si può chiudere finché ci sono problemi da correggere.', check.problems.map((p) => p.message));
    }
    return check;
  }

  /** Writes a new state of a meeting: rows that changed, version, journal. Inside a transaction. */
  private record(
    before: CachedMeeting | null,
    meeting: Meeting,
    check: MeetingCheck,
    journal: { operation: string; input: unknown; summary: string; undoable: boolean; changes?: Change[] },
  ): CachedMeeting {
    const changes = journal.changes ?? diffMeetings(before?.meeting ?? null, meeting);
    if (journal.changes === undefined) applyChanges(this.db, changes);
    const at = this.storage.nowIso();
    if (!before) sql(this.db, 'UPDATE meetings SET created_at = ? WHERE id = ?').run(at, meeting.id);
    sql(this.db, 'UPDATE meetings SET version = version + 1, updated_at = ? WHERE id = ?').run(at, meeting.id);
    appendJournal(this.db, {
      meetingId: meeting.id,
      bodyId: null,
      at,
      operation: journal.operation,
      input: journal.input,
      summary: journal.summary,
      changes,
      undoable: journal.undoable,
    });
    const next: CachedMeeting = { meeting, version: (before?.version ?? 0) + 1, updatedAt: at, check };
    this.storage.afterCommit(() => this.cache.set(meeting.id, next));
    return next;
  }

  private change(meetingId: string, operation: string, input: unknown, apply: (meeting: Meeting) => Outcome, options: ChangeOptions = {}): MeetingView {
    return this.storage.write(() => {
      const before = this.current(meetingId);
      if (!options.allowClosed) mutate.assertEditable(before.meeting);
      const outcome = apply(before.meeting);
      const check = this.verify(before, outcome.meeting);
      const undoable = options.undoable ?? true;
      const next = this.record(before, outcome.meeting, check, { operation, input: options.journalInput ?? input, summary: outcome.summary, undoable });
      return this.view(next, undoable);
    });
  }

  /** Stores a whole new meeting (creation, import). */
  insert(meeting: Meeting, operation: string, input: unknown, summary: string): MeetingView {
    return this.storage.write(() => {
      const exists = sql(this.db, 'SELECT 1 FROM meetings WHERE id = ?').get(meeting.id);
      if (exists) throw new DomainError('MEETING_EXISTS', `Esiste già una seduta con questo identificativo («${meeting.id}»)`);
      const check = this.verify(null, meeting);
      return this.view(this.record(null, meeting, check, { operation, input, summary, undoable: false }));
    });
  }

  exists(meetingId: string): boolean {
    return sql(this.db, 'SELECT 1 FROM meetings WHERE id = ?').get(meetingId) !== undefined;
  }

  create(input: In<'meetings.create'>): MeetingView {
    return this.storage.write(() => {
      const body = loadBody(this.db, input.bodyId);
      if (!body) throw new NotFoundError(`Organo non trovato («${input.bodyId}»)`);
      if (body.members.length === 0) throw new DomainError('NO_MEMBERS', `L'organo «${body.name}» non ha componenti: aggiungerli prima di creare una seduta.`);
      const meeting = mutate.createMeeting(body, input);
      return this.insert(meeting, 'meetings.create', input, `Creata la seduta del ${meeting.date}`);
    });
  }

  updateHeader(input: In<'meetings.updateHeader'>): MeetingView {
    return this.change(input.meetingId, 'meetings.updateHeader', input, (m) => ({ meeting: mutate.updateHeader(m, input.header), summary: 'Modificati i dati della seduta' }));
  }

  addItem(input: In<'meetings.addItem'>): MeetingView {
    return this.change(input.meetingId, 'meetings.addItem', input, (m) => ({ meeting: mutate.addItem(m, input).meeting, summary: `Aggiunto il punto «${input.title}»` }));
  }

  updateItem(input: In<'meetings.updateItem'>): MeetingView {
    return this.change(input.meetingId, 'meetings.updateItem', input, (m) => ({ meeting: mutate.updateItem(m, input.itemId, input), summary: `Modificato il punto «${input.title}»` }));
  }

  moveItem(input: In<'meetings.moveItem'>): MeetingView {
    return this.change(input.meetingId, 'meetings.moveItem', input, (m) => ({
      meeting: mutate.moveItem(m, input.itemId, input.toIndex),
      summary: `Spostato un punto in posizione ${input.toIndex + 1}`,
    }));
  }

  removeItem(input: In<'meetings.removeItem'>): MeetingView {
    return this.change(input.meetingId, 'meetings.removeItem', input, (m) => {
      const title = m.items.find((item) => item.id === input.itemId)?.title ?? input.itemId;
      return { meeting: mutate.removeItem(m, input.itemId), summary: `Eliminato il punto «${title}»` };
    });
  }

  setRollCall(input: In<'meetings.setRollCall'>): MeetingView {
    const words = { room: 'presente', remote: 'presente da remoto', absent: 'assente' } as const;
    return this.change(input.meetingId, 'meetings.setRollCall', input, (m) => ({
      meeting: mutate.setRollCall(m, input.memberId, input.presence, input.representative),
      summary: `Appello: ${memberName(m, input.memberId)} ${words[input.presence]}`,
    }));
  }

  setParticipantAttendance(input: In<'meetings.setParticipantAttendance'>): MeetingView {
    return this.change(input.meetingId, 'meetings.setParticipantAttendance', input, (m) => ({
      meeting: mutate.setParticipantAttendance(m, input.participantId, input.present),
      summary: `Presenza di un partecipante: ${input.present ? 'presente' : 'assente'}`,
    }));
  }

  addGuest(input: In<'meetings.addGuest'>): MeetingView {
    return this.change(input.meetingId, 'meetings.addGuest', input, (m) => ({ meeting: mutate.addGuest(m, input.guest).meeting, summary: `Aggiunto l'ospite ${input.guest.name}` }));
  }

  start(input: In<'meetings.start'>): MeetingView {
    return this.change(input.meetingId, 'meetings.start', input, (m) => ({ meeting: mutate.startMeeting(m), summary: 'Seduta aperta' }), { undoable: false });
  }

  addEntry(input: In<'meetings.addEntry'>): MeetingView {
    return this.change(input.meetingId, 'meetings.addEntry', input, (m) => {
      const { meeting } = mutate.addEntry(m, input.itemId, input.entry, input.beforeEntryId, this.presenceAt);
      return { meeting, summary: `Aggiunto: ${describeEntry(m, { ...input.entry, id: '' } as Meeting['items'][number]['entries'][number])}` };
    });
  }

  updateEntry(input: In<'meetings.updateEntry'>): MeetingView {
    return this.change(input.meetingId, 'meetings.updateEntry', input, (m) => ({
      meeting: mutate.updateEntry(m, input.entryId, input.entry, this.presenceAt),
      summary: `Modificato: ${describeEntry(m, { ...input.entry, id: input.entryId } as Meeting['items'][number]['entries'][number])}`,
    }));
  }

  moveEntry(input: In<'meetings.moveEntry'>): MeetingView {
    return this.change(input.meetingId, 'meetings.moveEntry', input, (m) => {
      const at = mutate.locateEntry(m, input.entryId);
      const entry = m.items[at.itemIndex]?.entries[at.entryIndex];
      return { meeting: mutate.moveEntry(m, input.entryId, input.toItemId, input.toIndex, this.presenceAt), summary: `Spostato: ${entry ? describeEntry(m, entry) : input.entryId}` };
    });
  }

  deleteEntry(input: In<'meetings.deleteEntry'>): MeetingView {
    return this.change(input.meetingId, 'meetings.deleteEntry', input, (m) => {
      const at = mutate.locateEntry(m, input.entryId);
      const entry = m.items[at.itemIndex]?.entries[at.entryIndex];
      return { meeting: mutate.deleteEntry(m, input.entryId), summary: `Eliminato: ${entry ? describeEntry(m, entry) : input.entryId}` };
    });
  }

  setCurrentItem(input: In<'meetings.setCurrentItem'>): MeetingView {
    return this.change(
      input.meetingId,
      'meetings.setCurrentItem',
      input,
      (m) => ({ meeting: mutate.setCurrentItem(m, input.itemId), summary: `Punto corrente: «${m.items.find((i) => i.id === input.itemId)?.title ?? ''}»` }),
      { undoable: false },
    );
  }

  close(input: In<'meetings.close'>): MeetingView {
    const view = this.change(
      input.meetingId,
      'meetings.close',
      input,
      (m) => {
        if (m.status === 'draft') throw new DomainError('NOT_STARTED', 'La seduta non è ancora stata aperta: aprirla prima di chiuderla.');
        sealJournal(this.db, m.id);
        return { meeting: mutate.closeMeeting(m, input.endTime), summary: `Seduta chiusa alle ${input.endTime}` };
      },
      { undoable: false },
    );
    this.storage.options.backupAfterClose?.();
    return { ...view, canUndo: false };
  }

  reopen(input: In<'meetings.reopen'>): MeetingView {
    return this.change(
      input.meetingId,
      'meetings.reopen',
      input,
      (m) => {
        const reopened = mutate.reopenMeeting(m);
        sql(this.db, 'INSERT INTO meeting_revisions (meeting_id, revision, content, reopened_at, reason) VALUES (?, ?, ?, ?, ?)')
          .run(m.id, m.revision, JSON.stringify(m), this.storage.nowIso(), input.reason);
        sealJournal(this.db, m.id);
        return { meeting: reopened, summary: `Seduta riaperta (revisione ${reopened.revision}): ${input.reason}` };
      },
      { undoable: false, allowClosed: true },
    );
  }

  undo(input: In<'meetings.undo'>): MeetingView {
    return this.storage.write(() => {
      const before = this.current(input.meetingId);
      mutate.assertEditable(before.meeting);
      const last = lastUndoable(this.db, input.meetingId);
      if (!last) throw new DomainError('NOTHING_TO_UNDO', 'Non ci sono azioni da annullare.');
      const inverse = invertChanges(last.changes);
      applyChanges(this.db, inverse);
      markUndone(this.db, last.seq);
      const loaded = reloadTouched(this.db, before.meeting, inverse) ?? loadMeeting(this.db, input.meetingId);
      if (!loaded) throw new NotFoundError(`Seduta non trovata («${input.meetingId}»)`);
      const check = this.verify(before, loaded.meeting);
      const next = this.record(before, loaded.meeting, check, {
        operation: 'meetings.undo',
        input: { ...input, undoneSeq: last.seq },
        summary: `Annullato: ${last.summary}`,
        undoable: false,
        changes: inverse,
      });
      return this.view(next);
    });
  }

  /** The content of a closed revision kept when the meeting was reopened. */
  revision(meetingId: string, revision: number): Meeting | null {
    const row = sql(this.db, 'SELECT content FROM meeting_revisions WHERE meeting_id = ? AND revision = ?').get(meetingId, revision) as
      | { content: string }
      | undefined;
    return row ? (JSON.parse(row.content) as Meeting) : null;
  }

  /** Drafts are scratch text being typed: saved often, not part of the meeting, so not journaled. */
  saveDraft(input: In<'meetings.saveDraft'>): Draft {
    return this.storage.write(() => {
      this.current(input.meetingId);
      const savedAt = this.storage.nowIso();
      if (input.text.length === 0) {
        sql(this.db, 'DELETE FROM drafts WHERE meeting_id = ? AND key = ?').run(input.meetingId, input.key);
      } else {
        sql(this.db, 
            `INSERT INTO drafts (meeting_id, key, text, saved_at) VALUES (?, ?, ?, ?)
             ON CONFLICT(meeting_id, key) DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at`,
          )
          .run(input.meetingId, input.key, input.text, savedAt);
      }
      return { key: input.key, text: input.text, savedAt };
    });
  }

  drafts(input: In<'meetings.drafts'>): Draft[] {
    return this.storage.read(() => {
      this.current(input.meetingId);
      const rows = sql(this.db, 'SELECT key, text, saved_at FROM drafts WHERE meeting_id = ? ORDER BY key').all(input.meetingId) as {
        key: string;
        text: string;
        saved_at: string;
      }[];
      return rows.map((row) => ({ key: row.key, text: row.text, savedAt: row.saved_at }));
    });
  }

  get(input: In<'meetings.get'>): MeetingView {
    return this.storage.read(() => this.view(this.current(input.meetingId)));
  }

  meeting(meetingId: string): Meeting {
    return this.storage.read(() => this.current(meetingId).meeting);
  }

  at(input: In<'meetings.at'>): { presence: PresenceSnapshot; quorum: QuorumResult } {
    return this.storage.read(() => {
      const { meeting } = this.current(input.meetingId);
      const position: TimelinePosition = input.position;
      const item = meeting.items[position.itemIndex];
      if (!item || position.entryIndex > item.entries.length) {
        throw new NotFoundError(`Posizione inesistente nella seduta (punto ${position.itemIndex + 1}, voce ${position.entryIndex + 1})`);
      }
      const presence = this.memo.timeline(meeting).at(position);
      return { presence, quorum: evaluateQuorum(meeting, presence) };
    });
  }

  check(input: In<'meetings.check'>): MeetingCheck {
    return this.storage.read(() => this.current(input.meetingId).check);
  }

  journal(input: In<'meetings.journal'>): JournalRecord[] {
    return this.storage.read(() => {
      this.current(input.meetingId);
      return listJournal(this.db, input.meetingId);
    });
  }
}
