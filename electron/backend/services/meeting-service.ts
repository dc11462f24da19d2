import type { BlobRef, Draft, JournalRecord, MeetingChange, MeetingView, MethodName, MethodParsedInput } from '../../../shared/api/contract';
import { DomainError, NotFoundError } from '../../../shared/api/errors';
import type { Body, Meeting, TimelinePosition } from '../../../shared/model';
import { checkSummary, evaluateQuorum, type MeetingCheck, type PresenceSnapshot, type QuorumResult } from '../../../shared/rules';
import { loadBody } from '../db/body-rows';
import { appendJournal, firstRedoable, lastUndoable, listJournal, markRedone, markUndone, sealJournal } from '../db/journal';
import { diffMeetings } from '../db/meeting-diff';
import { loadMeeting, reloadTouched } from '../db/meeting-load';
import { type Change, applyChanges, invertChanges, sql } from '../db/rows';
import { updateSearchIndex } from '../search/search-index';
import { assertChecksClean, assertNoNewProblems } from './check-guard';
import { CheckMemo, checkAfterChange } from './incremental-check';
import { allParts, bodyWithoutBlobs, changedParts, fieldsOf, logoRef } from './meeting-change';
import { assertMeetingIntegrity } from './integrity-guard';
import * as mutate from './meeting-mutations';
import type { Storage } from './storage';
import { ADDED, actionLabel, describeEntry, memberName } from './summaries';
import { draftItemId } from '../../../shared/api/drafts';
import { randomUUID } from 'node:crypto';
import { getBlob, putBlob } from '../db/blobs';
import { putBodyBlobs, storedMeetingJson } from '../db/body-blobs';
import { attachFile, removeAttachment } from './attachment-mutations';
import { assertFilesStored, meetingNamesFile } from './stored-files';
import { withOrganisations } from './draft-organisations';
import { attachmentFile, uploadedBytes } from './uploaded-file';

type In<M extends MethodName> = MethodParsedInput<M>;

interface CachedMeeting {
  meeting: Meeting;
  version: number;
  updatedAt: string;
  check: MeetingCheck;
  logo: BlobRef | null;
}

interface Recorded {
  cached: CachedMeeting;
  changes: Change[];
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
  /** The id of what the action created. */
  createdId?: string;
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
    const fresh: CachedMeeting = {
      meeting: loaded.meeting,
      version: loaded.version,
      updatedAt: loaded.updatedAt,
      check: this.memo.check(loaded.meeting),
      logo: logoRef(loaded.meeting.body),
    };
    this.cache.set(meetingId, fresh);
    return fresh;
  }

  private view(cached: CachedMeeting): MeetingView {
    const presenceNow = this.memo.timeline(cached.meeting).end();
    return {
      meeting: { ...cached.meeting, body: bodyWithoutBlobs(cached.meeting.body) },
      logo: cached.logo,
      version: cached.version,
      check: checkSummary(cached.check),
      presenceNow,
      quorumNow: evaluateQuorum(cached.meeting, presenceNow),
      ...this.undoRedoLabels(cached.meeting.id),
      updatedAt: cached.updatedAt,
    };
  }

  /**
   * The answer to a write: what changed and what is derived now.
   */
  private reply({ cached, changes }: Recorded, options: { createdId?: string; created?: boolean } = {}): MeetingChange {
    const labels = this.undoRedoLabels(cached.meeting.id);
    const { meeting } = cached;
    const presenceNow = this.memo.timeline(meeting).end();
    return {
      meetingId: meeting.id,
      version: cached.version,
      updatedAt: cached.updatedAt,
      fields: fieldsOf(meeting),
      itemIds: meeting.items.map((item) => item.id),
      ...(options.created ? allParts(meeting) : changedParts(meeting, changes)),
      check: checkSummary(cached.check),
      presenceNow,
      quorumNow: evaluateQuorum(meeting, presenceNow),
      ...labels,
      ...(options.createdId !== undefined && { createdId: options.createdId }),
      ...(options.created && { body: bodyWithoutBlobs(meeting.body), logo: cached.logo }),
    };
  }

  /** What undo and redo would do now, as the buttons name it. */
  private undoRedoLabels(meetingId: string): { undoLabel: string | null; redoLabel: string | null } {
    const undo = lastUndoable(this.db, meetingId);
    const redo = firstRedoable(this.db, meetingId);
    return { undoLabel: undo ? actionLabel(undo.summary) : null, redoLabel: redo ? actionLabel(redo.summary) : null };
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
  ): Recorded {
    const changes = journal.changes ?? diffMeetings(before?.meeting ?? null, meeting);
    if (journal.changes === undefined) applyChanges(this.db, changes);
    updateSearchIndex(this.db, before?.meeting ?? null, meeting, changes);
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
    // The body changes only at creation and when a draft takes its tavolo's new organisations: its files are stored then.
    const sameBody = before !== null && before.meeting.body === meeting.body;
    if (!sameBody) putBodyBlobs(this.db, meeting.body);
    const logo = sameBody ? before.logo : logoRef(meeting.body);
    const next: CachedMeeting = { meeting, version: (before?.version ?? 0) + 1, updatedAt: at, check, logo };
    this.storage.afterCommit(() => this.cache.set(meeting.id, next));
    this.storage.meetingChanged(meeting.id, next.version);
    return { cached: next, changes };
  }

  private change(meetingId: string, operation: string, input: unknown, apply: (meeting: Meeting) => Outcome, options: ChangeOptions = {}): MeetingChange {
    return this.storage.write(() => {
      const before = this.current(meetingId);
      if (!options.allowClosed) mutate.assertEditable(before.meeting);
      const outcome = apply(before.meeting);
      const check = this.verify(before, outcome.meeting);
      const undoable = options.undoable ?? true;
      const recorded = this.record(before, outcome.meeting, check, { operation, input: options.journalInput ?? input, summary: outcome.summary, undoable });
      return this.reply(recorded, { createdId: outcome.createdId });
    });
  }

  /** Stores a whole new meeting (creation, import). */
  insert(meeting: Meeting, operation: string, input: unknown, summary: string): Recorded {
    return this.storage.write(() => {
      const exists = sql(this.db, 'SELECT 1 FROM meetings WHERE id = ?').get(meeting.id);
      if (exists) throw new DomainError('MEETING_EXISTS', `Esiste già una seduta con questo identificativo («${meeting.id}»)`);
      assertFilesStored(this.db, meeting);
      const check = this.verify(null, meeting);
      return this.record(null, meeting, check, { operation, input, summary, undoable: false });
    });
  }

  /** A whole new meeting stored from a file: its view, for the window that opens it. */
  importMeeting(meeting: Meeting, input: unknown, summary: string): MeetingView {
    return this.storage.write(() => this.view(this.insert(meeting, 'files.importJson', input, summary).cached));
  }

  exists(meetingId: string): boolean {
    return sql(this.db, 'SELECT 1 FROM meetings WHERE id = ?').get(meetingId) !== undefined;
  }

  create(input: In<'meetings.create'>): MeetingChange {
    return this.storage.write(() => {
      const body = loadBody(this.db, input.bodyId);
      if (!body) throw new NotFoundError(`Organo non trovato («${input.bodyId}»)`);
      // A tavolo's participants are its organisations, not members.
      if (body.tavolo ? body.tavolo.organisations.length === 0 : body.members.length === 0) {
        throw new DomainError('NO_MEMBERS', body.tavolo ? `Il tavolo «${body.name}» non ha organizzazioni: aggiungerle prima di creare un incontro.` : `L'organo «${body.name}» non ha componenti: aggiungerli prima di creare una seduta.`);
      }
      const meeting = mutate.createMeeting(body, input);
      const recorded = this.insert(meeting, 'meetings.create', input, `Creata la seduta del ${meeting.date}`);
      return this.reply(recorded, { createdId: meeting.id, created: true });
    });
  }

  updateHeader(input: In<'meetings.updateHeader'>): MeetingChange {
    return this.change(input.meetingId, 'meetings.updateHeader', input, (m) => ({ meeting: mutate.updateHeader(m, input.header), summary: 'Modificati i dati della seduta' }));
  }

  addItem(input: In<'meetings.addItem'>): MeetingChange {
    return this.change(input.meetingId, 'meetings.addItem', input, (m) => {
      const { meeting, itemId } = mutate.addItem(m, input);
      return { meeting, summary: `Aggiunto il punto «${input.title}»`, createdId: itemId };
    });
  }

  updateItem(input: In<'meetings.updateItem'>): MeetingChange {
    return this.change(input.meetingId, 'meetings.updateItem', input, (m) => ({ meeting: mutate.updateItem(m, input.itemId, input), summary: `Modificato il punto «${input.title}»` }));
  }

  moveItem(input: In<'meetings.moveItem'>): MeetingChange {
    return this.change(input.meetingId, 'meetings.moveItem', input, (m) => ({
      meeting: mutate.moveItem(m, input.itemId, input.toIndex),
      summary: `Spostato un punto in posizione ${input.toIndex + 1}`,
    }));
  }

  removeItem(input: In<'meetings.removeItem'>): MeetingChange {
    return this.change(input.meetingId, 'meetings.removeItem', input, (m) => {
      const title = m.items.find((item) => item.id === input.itemId)?.title ?? input.itemId;
      return { meeting: mutate.removeItem(m, input.itemId), summary: `Eliminato il punto «${title}»` };
    });
  }

  setRollCall(input: In<'meetings.setRollCall'>): MeetingChange {
    const words = { room: 'presente', remote: 'presente da remoto', absent: 'assente' } as const;
    return this.change(input.meetingId, 'meetings.setRollCall', input, (m) => ({
      meeting: mutate.setRollCall(m, input.memberId, input.presence, input.representative),
      summary: `Appello: ${memberName(m, input.memberId)} ${words[input.presence]}`,
    }));
  }

  setParticipantAttendance(input: In<'meetings.setParticipantAttendance'>): MeetingChange {
    return this.change(input.meetingId, 'meetings.setParticipantAttendance', input, (m) => ({
      meeting: mutate.setParticipantAttendance(m, input.participantId, input.present),
      summary: `Presenza di un partecipante: ${input.present ? 'presente' : 'assente'}`,
    }));
  }

  addGuest(input: In<'meetings.addGuest'>): MeetingChange {
    return this.change(input.meetingId, 'meetings.addGuest', input, (m) => {
      const { meeting, guestId } = mutate.addGuest(m, input.guest);
      return { meeting, summary: `Aggiunto l'ospite ${input.guest.name}`, createdId: guestId };
    });
  }

  start(input: In<'meetings.start'>): MeetingChange {
    return this.change(input.meetingId, 'meetings.start', input, (m) => ({ meeting: mutate.startMeeting(m), summary: 'Seduta aperta' }), { undoable: false });
  }

  addEntry(input: In<'meetings.addEntry'>): MeetingChange {
    return this.change(input.meetingId, 'meetings.addEntry', input, (m) => {
      const { meeting, entryId } = mutate.addEntry(m, input.itemId, input.entry, input.beforeEntryId, this.presenceAt);
      return { meeting, summary: `${ADDED}${describeEntry(m, { ...input.entry, id: entryId } as Meeting['items'][number]['entries'][number])}`, createdId: entryId };
    });
  }

  updateEntry(input: In<'meetings.updateEntry'>): MeetingChange {
    return this.change(input.meetingId, 'meetings.updateEntry', input, (m) => ({
      meeting: mutate.updateEntry(m, input.entryId, input.entry, this.presenceAt),
      summary: `Modificato: ${describeEntry(m, { ...input.entry, id: input.entryId } as Meeting['items'][number]['entries'][number])}`,
    }));
  }

  moveEntry(input: In<'meetings.moveEntry'>): MeetingChange {
    return this.change(input.meetingId, 'meetings.moveEntry', input, (m) => {
      const at = mutate.locateEntry(m, input.entryId);
      const entry = m.items[at.itemIndex]?.entries[at.entryIndex];
      return { meeting: mutate.moveEntry(m, input.entryId, input.toItemId, input.toIndex, this.presenceAt), summary: `Spostato: ${entry ? describeEntry(m, entry) : input.entryId}` };
    });
  }

  deleteEntry(input: In<'meetings.deleteEntry'>): MeetingChange {
    return this.change(input.meetingId, 'meetings.deleteEntry', input, (m) => {
      const at = mutate.locateEntry(m, input.entryId);
      const entry = m.items[at.itemIndex]?.entries[at.entryIndex];
      return { meeting: mutate.deleteEntry(m, input.entryId), summary: `Eliminato: ${entry ? describeEntry(m, entry) : input.entryId}` };
    });
  }

  setCurrentItem(input: In<'meetings.setCurrentItem'>): MeetingChange {
    return this.change(
      input.meetingId,
      'meetings.setCurrentItem',
      input,
      (m) => ({ meeting: mutate.setCurrentItem(m, input.itemId), summary: `Punto corrente: «${m.items.find((i) => i.id === input.itemId)?.title ?? ''}»` }),
      { undoable: false },
    );
  }

  /** A tavolo's attendance by organisation and person, next meeting and days for observations (the model checks every reference). */
  setTavoloSession(input: In<'meetings.setTavoloSession'>): MeetingChange {
    const organisations = new Set(input.session.attendance.map((line) => line.organisationId)).size;
    return this.change(input.meetingId, 'meetings.setTavoloSession', input, (m) => ({
      meeting: { ...m, tavoloSession: input.session },
      summary: `Presenze del tavolo: ${organisations === 1 ? '1 organizzazione' : `${organisations} organizzazioni`}, ${input.session.attendance.length === 1 ? '1 persona' : `${input.session.attendance.length} persone`}`,
    }));
  }

  /**
   * A tavolo's organisations changed: each of its sessions still in draft (never opened) takes the new list into its
   * snapshot (withOrganisations). Sessions opened or closed keep the tavolo they had. Called inside the body's
   * transaction, so a refusal leaves the tavolo as it was; not undoable (an undo would bring back a list the tavolo no
   * longer has).
   */
  refreshDraftOrganisations(body: Body, operation: string): void {
    const organisations = body.kind === 'tavolo' ? body.tavolo?.organisations : undefined;
    if (!organisations) return;
    const drafts = sql(this.db, "SELECT id FROM meetings WHERE body_id = ? AND status = 'draft' ORDER BY id").all(body.id) as { id: string }[];
    for (const { id } of drafts) {
      const { meeting } = this.current(id);
      const tavolo = meeting.body.tavolo;
      if (!tavolo || JSON.stringify(tavolo.organisations) === JSON.stringify(organisations)) continue;
      this.change(id, operation, { bodyId: body.id, meetingId: id }, (m) => ({ meeting: withOrganisations(m, organisations), summary: 'Aggiornate le organizzazioni del tavolo' }), { undoable: false });
    }
  }

  setOmissions(input: In<'meetings.setOmissions'>): MeetingChange {
    const { spans, entryIds, personIds } = input.omissions;
    const count = spans.length + entryIds.length + personIds.length;
    return this.change(input.meetingId, 'meetings.setOmissions', input, (m) => ({
      meeting: { ...m, omissions: input.omissions },
      summary: count === 0 ? 'Nessun omissis nella copia pubblica' : `Omissis della copia pubblica: ${count === 1 ? '1 parte omessa' : `${count} parti omesse`}`,
    }));
  }

  close(input: In<'meetings.close'>): MeetingChange {
    const change = this.change(
      input.meetingId,
      'meetings.close',
      input,
      (m) => {
        if (m.status === 'draft') throw new DomainError('NOT_STARTED', 'La seduta non è ancora stata aperta: aprirla prima di chiuderla.');
        this.assertNoDrafts(m);
        const endTime = input.endTime ?? m.endTime;
        if (!endTime) throw new DomainError('END_TIME_REQUIRED', 'Ora di chiusura: indicarla per chiudere la seduta.');
        sealJournal(this.db, m.id);
        return { meeting: mutate.closeMeeting(m, endTime), summary: `Seduta chiusa alle ${endTime}` };
      },
      { undoable: false },
    );
    this.storage.options.backupAfterClose?.();
    return change;
  }

  reopen(input: In<'meetings.reopen'>): MeetingChange {
    return this.change(
      input.meetingId,
      'meetings.reopen',
      input,
      (m) => {
        const reopened = mutate.reopenMeeting(m);
        sql(this.db, 'INSERT INTO meeting_revisions (meeting_id, revision, content, reopened_at, reason) VALUES (?, ?, ?, ?, ?)')
          .run(m.id, m.revision, storedMeetingJson(m), this.storage.nowIso(), input.reason);
        sealJournal(this.db, m.id);
        return { meeting: reopened, summary: `Seduta riaperta (revisione ${reopened.revision}): ${input.reason}` };
      },
      { undoable: false, allowClosed: true },
    );
  }

  undo(input: In<'meetings.undo'>): MeetingChange {
    return this.storage.write(() => {
      const before = this.current(input.meetingId);
      mutate.assertEditable(before.meeting);
      const last = lastUndoable(this.db, input.meetingId);
      if (!last) throw new DomainError('NOTHING_TO_UNDO', 'Non ci sono azioni da annullare.');
      markUndone(this.db, last.seq);
      return this.replay(before, invertChanges(last.changes), { operation: 'meetings.undo', input: { ...input, undoneSeq: last.seq }, summary: `Annullato: ${last.summary}` });
    });
  }

  /** Closing would leave typed text outside the verbale: each draft must be registered or discarded first. */
  private assertNoDrafts(meeting: Meeting): void {
    const keys = sql(this.db, 'SELECT key FROM drafts WHERE meeting_id = ? ORDER BY key').all(meeting.id) as { key: string }[];
    if (keys.length === 0) return;
    const where = keys.map(({ key }) => {
      const index = meeting.items.findIndex((item) => item.id === draftItemId(key));
      return index < 0 ? 'una bozza di un punto eliminato' : `punto ${index + 1} («${meeting.items[index]!.title}»)`;
    });
    throw new DomainError(
      'DRAFTS_PENDING',
      `Ci sono ${keys.length === 1 ? 'un intervento non registrato' : `${keys.length} interventi non registrati`}: registrarli o scartarli prima di chiudere.`,
      where.map((w) => `Bozza non registrata: ${w}`),
    );
  }

  redo(input: In<'meetings.redo'>): MeetingChange {
    return this.storage.write(() => {
      const before = this.current(input.meetingId);
      mutate.assertEditable(before.meeting);
      const next = firstRedoable(this.db, input.meetingId);
      if (!next) throw new DomainError('NOTHING_TO_REDO', 'Non ci sono azioni da ripetere: dopo un annullamento, una nuova azione chiude la serie.');
      markRedone(this.db, next.seq);
      return this.replay(before, next.changes, { operation: 'meetings.redo', input: { ...input, redoneSeq: next.seq }, summary: `Ripetuto: ${next.summary}` });
    });
  }

  /** Undo and redo: journaled row changes applied again, what they touched reloaded, the step recorded (itself not undoable). */
  private replay(before: CachedMeeting, changes: Change[], journal: { operation: string; input: unknown; summary: string }): MeetingChange {
    applyChanges(this.db, changes);
    const loaded = reloadTouched(this.db, before.meeting, changes) ?? loadMeeting(this.db, before.meeting.id);
    if (!loaded) throw new NotFoundError(`Seduta non trovata («${before.meeting.id}»)`);
    return this.reply(this.record(before, loaded.meeting, this.verify(before, loaded.meeting), { ...journal, undoable: false, changes }));
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

  /** A blob the meeting names by hash: the body's logo, an attachment's file, its exports for signing or signed file. */
  blob(input: { meetingId: string; sha256: string }): { mimeType: string; base64: string } {
    return this.storage.read(() => {
      const { meeting, logo } = this.current(input.meetingId);
      if (meeting.body.logo && logo?.sha256 === input.sha256) return { mimeType: meeting.body.logo.mimeType, base64: meeting.body.logo.base64 };
      const stored = meetingNamesFile(this.db, meeting, input.sha256) ? getBlob(this.db, input.sha256) : null;
      if (!stored) throw new NotFoundError('File non trovato in questa seduta');
      return { mimeType: stored.mimeType, base64: Buffer.from(stored.bytes).toString('base64') };
    });
  }

  /** Stores the file's bytes and adds it to the item in one transaction: a kill leaves both or neither. */
  addAttachment(input: In<'attachments.add'>): MeetingChange {
    const bytes = uploadedBytes(input);
    const file = attachmentFile(input.fileName, bytes);
    const attachmentId = input.attachmentId ?? randomUUID();
    // The journal keeps the file's reference, not its bytes.
    const journalInput = { meetingId: input.meetingId, itemId: input.itemId, attachmentId, title: input.title, file };
    return this.change(
      input.meetingId,
      'attachments.add',
      journalInput,
      (m) => {
        const meeting = attachFile(m, input.itemId, { id: attachmentId, title: input.title, file });
        putBlob(this.db, bytes, file.mimeType);
        return { meeting, summary: `Allegato il file «${file.fileName}»`, createdId: attachmentId };
      },
    );
  }

  removeAttachment(input: In<'attachments.remove'>): MeetingChange {
    return this.change(input.meetingId, 'attachments.remove', input, (m) => {
      const { meeting, removed } = removeAttachment(m, input.itemId, input.attachmentId);
      return { meeting, summary: `Tolto l'allegato «${removed.file?.fileName ?? removed.title}»` };
    });
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
