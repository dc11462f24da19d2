import { randomUUID } from 'node:crypto';
import type { BodySummary, MethodName, MethodParsedInput } from '../../../shared/api/contract';
import { MemberColumnsSchema, type MemberColumns, type MembersPreview } from '../../../shared/api/members-import';
import { DomainError, NotFoundError } from '../../../shared/api/errors';
import type { Body, Member, Organisation, Participant } from '../../../shared/model';
import { organisationIssues } from '../../../shared/model/tavolo-integrity';
import { issueLine } from '../../../shared/api/field-names';
import { organisationsAddedSentence } from '../../../shared/tavolo/organisations-added';
import { rulesWeighPopulation } from '../../../shared/rules';
import { journalInputOf, putBodyBlobs } from '../db/body-blobs';
import { bodyRows, loadBody } from '../db/body-rows';
import { appendJournal } from '../db/journal';
import { applyChanges, diffRows, toRowMap } from '../db/rows';
import { bodyBlob, profileToStore } from './body-view';
import { compareNames, sameName } from './collate';
import { columnsFit, guessMemberColumns } from './member-columns';
import { readMemberSheet, type MemberSheet } from './member-sheet';
import { InvalidInputError, issuePath } from './invalid-input';
import { previewMembers } from './members-preview';
import { guessOrganisationColumns, previewOrganisations } from './organisations-preview';
import type { OrganisationsPreview } from '../../../shared/api/organisations-import';
import type { Storage } from './storage';

type In<M extends MethodName> = MethodParsedInput<M>;

/**
 * The bodies (organi) with their members and participants. Meetings keep their own snapshot of the body,
 * so editing a body never rewrites old minutes.
 */
export class BodyService {
  /** tavoloChanged: the sessions still in draft take the tavolo's new organisations (the meeting service's own write). */
  constructor(
    private readonly storage: Storage,
    private readonly tavoloChanged: (body: Body, operation: string) => void = () => {},
  ) {}

  private get db() {
    return this.storage.db;
  }

  private load(bodyId: string): Body {
    const body = loadBody(this.db, bodyId);
    if (!body) throw new NotFoundError(`Organo non trovato («${bodyId}»)`);
    return body;
  }

  /** Writes the rows that differ between two versions of a body and journals the change. */
  private save(before: Body | null, after: Body, operation: string, input: unknown, summary: string): Body {
    const changes = diffRows(toRowMap(before ? bodyRows(before) : []), toRowMap(bodyRows(after)));
    putBodyBlobs(this.db, after);
    applyChanges(this.db, changes);
    const at = this.storage.nowIso();
    if (!before) this.db.prepare('UPDATE bodies SET created_at = ? WHERE id = ?').run(at, after.id);
    this.db.prepare('UPDATE bodies SET updated_at = ? WHERE id = ?').run(at, after.id);
    appendJournal(this.db, { meetingId: null, bodyId: after.id, at, operation, input: journalInputOf(input), summary, changes, undoable: false });
    return after;
  }

  /** A save that changes a tavolo's organisations, carried into its draft sessions in the same transaction. */
  private saveTavolo(before: Body, after: Body, operation: string, input: unknown, summary: string): Body {
    this.save(before, after, operation, input, summary);
    this.tavoloChanged(after, operation);
    return after;
  }

  list(_input: In<'bodies.list'>): BodySummary[] {
    return this.storage.read(() => {
      const rows = this.db
        .prepare(
          `SELECT b.id, b.name, b.profile,
             (SELECT COUNT(*) FROM members m WHERE m.body_id = b.id) AS memberCount,
             (SELECT COUNT(*) FROM meetings s WHERE s.body_id = b.id) AS meetingCount
           FROM bodies b`,
        )
        .all() as { id: string; name: string; profile: string; memberCount: number; meetingCount: number }[];
      return rows
        .map((row) => ({
          id: row.id,
          name: row.name,
          kind: (JSON.parse(row.profile) as Body).kind,
          memberCount: row.memberCount,
          meetingCount: row.meetingCount,
        }))
        .sort((a, b) => compareNames(a.name, b.name));
    });
  }

  get(input: In<'bodies.get'>): Body {
    return this.storage.read(() => this.load(input.bodyId));
  }

  create(input: In<'bodies.create'>): Body {
    return this.storage.write(() => {
      const body: Body = { id: randomUUID(), ...profileToStore(input.profile, null), members: [], participants: [] };
      return this.save(null, body, 'bodies.create', input, `Creato l'organo «${body.name}»`);
    });
  }

  /** The body's logo or Word letterhead, named by hash in its view. */
  blob(input: { bodyId: string; sha256: string }): { mimeType: string; base64: string } {
    return this.storage.read(() => bodyBlob(this.load(input.bodyId), input.sha256));
  }

  /** Stores a body as it is (meeting import brings its body along). */
  insert(body: Body, operation: string): Body {
    return this.storage.write(() => this.save(null, body, operation, { bodyId: body.id }, `Importato l'organo «${body.name}»`));
  }

  /**
   * A later session's file knows organisations that joined after the archive's copy of the tavolo was made: those whose
   * id (and name) the stored tavolo lacks are appended. Nothing else changes: an older file never overwrites the office's
   * data, and an organisation in both keeps the stored details. One that a session already in the archive had is not a
   * late joiner but one the office removed since, and stays removed. The staff is the office's own (the profile form's)
   * and is not taken from files. Returns the names added, in the file's order; nothing is written when there are none.
   */
  appendOrganisations(bodyId: string, from: Body, operation: string): string[] {
    return this.storage.write(() => {
      const before = this.load(bodyId);
      if (before.kind !== 'tavolo' || !before.tavolo || from.kind !== 'tavolo' || !from.tavolo) return [];
      const stored = before.tavolo.organisations;
      const inSessions = new Set(
        this.db
          .prepare("SELECT json_extract(o.value, '$.id') FROM meetings m, json_each(m.body_snapshot, '$.tavolo.organisations') o WHERE m.body_id = ?")
          .pluck()
          .all(bodyId) as string[],
      );
      const added = from.tavolo.organisations.filter(
        (organisation) => !inSessions.has(organisation.id) && !stored.some((other) => other.id === organisation.id || sameName(other.name, organisation.name)),
      );
      if (added.length === 0) return [];
      if (stored.length + added.length > MAX_ORGANISATIONS) {
        throw new DomainError('TOO_MANY_ORGANISATIONS', `Organizzazioni del tavolo: al massimo ${MAX_ORGANISATIONS}; il tavolo ne ha ${stored.length} e il file ne aggiungerebbe ${added.length}: nulla importato.`);
      }
      const names = added.map((organisation) => organisation.name);
      this.saveTavolo(
        before,
        { ...before, tavolo: { ...before.tavolo, organisations: [...stored, ...added] } },
        operation,
        { bodyId, organisationIds: added.map((organisation) => organisation.id) },
        organisationsAddedSentence(names),
      );
      return names;
    });
  }

  exists(bodyId: string): boolean {
    return this.db.prepare('SELECT 1 FROM bodies WHERE id = ?').get(bodyId) !== undefined;
  }

  updateProfile(input: In<'bodies.updateProfile'>): Body {
    return this.storage.write(() => {
      const before = this.load(input.bodyId);
      const { participantId } = input.profile.minuteTaker;
      if (participantId !== undefined && !before.participants.some((participant) => participant.id === participantId)) {
        throw new InvalidInputError("Verbalizzante: la persona indicata non è tra i partecipanti dell'organo.", [
          { path: 'profile.minuteTaker.participantId', message: `Verbalizzante: «${participantId}» non è tra i partecipanti dell'organo` },
        ]);
      }
      const { tavolo: sent, ...profile } = profileToStore(input.profile, before);
      // The profile form does not own a tavolo's organisations (they come from an import, maybe after the form opened).
      const tavolo = sent && { ...sent, organisations: before.tavolo?.organisations ?? sent.organisations };
      const { tavolo: _stored, ...kept } = before;
      const after: Body = { ...kept, ...profile, ...(tavolo && { tavolo }), id: before.id, members: before.members, participants: before.participants };
      return this.save(before, after, 'bodies.updateProfile', input, `Modificato il profilo dell'organo «${after.name}»`);
    });
  }

  /** The style of the verbale only (the model has checked every template); meetings keep the style they were created with. */
  setStyle(input: In<'styles.set'>): Body {
    return this.storage.write(() => {
      const before = this.load(input.bodyId);
      return this.save(before, { ...before, style: input.style }, 'styles.set', input, `Modificato lo stile del verbale dell'organo «${before.name}» («${input.style.name}»)`);
    });
  }

  upsertMember(input: In<'bodies.upsertMember'>): Body {
    return this.storage.write(() => {
      const before = this.load(input.bodyId);
      const member: Member = { ...input.member, id: input.member.id ?? randomUUID() };
      const others = before.members.filter((m) => m.id !== member.id);
      assertNoClash(others, [member]);
      const exists = others.length !== before.members.length;
      const members = exists ? before.members.map((m) => (m.id === member.id ? member : m)) : [...before.members, member];
      members.sort((a, b) => a.seat - b.seat);
      return this.save(before, { ...before, members }, 'bodies.upsertMember', input, `${exists ? 'Modificato' : 'Aggiunto'} il componente ${member.entity}`);
    });
  }

  removeMember(input: In<'bodies.removeMember'>): Body {
    return this.storage.write(() => {
      const before = this.load(input.bodyId);
      const member = before.members.find((m) => m.id === input.memberId);
      if (!member) throw new NotFoundError(`Componente non trovato («${input.memberId}»)`);
      const members = before.members.filter((m) => m.id !== input.memberId);
      return this.save(before, { ...before, members }, 'bodies.removeMember', input, `Rimosso il componente ${member.entity}`);
    });
  }

  upsertParticipant(input: In<'bodies.upsertParticipant'>): Body {
    return this.storage.write(() => {
      const before = this.load(input.bodyId);
      const participant: Participant = { ...input.participant, id: input.participant.id ?? randomUUID() };
      const exists = before.participants.some((p) => p.id === participant.id);
      const participants = exists ? before.participants.map((p) => (p.id === participant.id ? participant : p)) : [...before.participants, participant];
      return this.save(before, { ...before, participants }, 'bodies.upsertParticipant', input, `${exists ? 'Modificato' : 'Aggiunto'} il partecipante ${participant.name}`);
    });
  }

  removeParticipant(input: In<'bodies.removeParticipant'>): Body {
    return this.storage.write(() => {
      const before = this.load(input.bodyId);
      const participant = before.participants.find((p) => p.id === input.participantId);
      if (!participant) throw new NotFoundError(`Partecipante non trovato («${input.participantId}»)`);
      if (before.minuteTaker.participantId === participant.id) {
        const who = before.minuteTaker.gender === 'f' ? 'la verbalizzante' : 'il verbalizzante';
        throw new DomainError('PARTICIPANT_IS_MINUTE_TAKER', `${participant.name} è ${who} dell'organo: indicare un'altra persona come verbalizzante nei dati dell'organo, poi toglierla dai partecipanti.`);
      }
      const participants = before.participants.filter((p) => p.id !== input.participantId);
      return this.save(before, { ...before, participants }, 'bodies.removeParticipant', input, `Rimosso il partecipante ${participant.name}`);
    });
  }

  /**
   * One organisation of a tavolo added (a new id) or edited, checked by the rules an import applies: its name not
   * another's of the tavolo, the RUNTS number only for an ETS, each representative once. Sessions already held keep
   * the tavolo of their snapshot.
   */
  upsertOrganisation(input: In<'bodies.upsertOrganisation'>): Body {
    return this.storage.write(() => {
      const before = this.load(input.bodyId);
      const tavolo = tavoloOf(before);
      const organisation: Organisation = { ...input.organisation, id: input.organisation.id ?? randomUUID() };
      const exists = tavolo.organisations.some((other) => other.id === organisation.id);
      if (!exists && tavolo.organisations.length >= MAX_ORGANISATIONS) {
        throw new DomainError('TOO_MANY_ORGANISATIONS', `Organizzazioni del tavolo: al massimo ${MAX_ORGANISATIONS}: «${organisation.name}» non aggiunta.`);
      }
      const organisations = exists ? tavolo.organisations.map((other) => (other.id === organisation.id ? organisation : other)) : [...tavolo.organisations, organisation];
      // Refusals name the organisation where the tavolo would hold it (tavolo.organisations.N), as a session file's do.
      const index = organisations.indexOf(organisation);
      const issues = organisationIssues({ ...tavolo, organisations })
        .filter((issue) => issue.path[3] === index)
        .map((issue) => ({ path: issuePath(issue.path.slice(1)), message: issue.message }));
      const clash = tavolo.organisations.find((other) => other.id !== organisation.id && sameName(other.name, organisation.name));
      if (clash) issues.unshift({ path: `tavolo.organisations.${index}.name`, message: `Organizzazione «${organisation.name}»: nome già usato nel tavolo da «${clash.name}»` });
      if (issues.length > 0) refuseOrganisation(issues);
      return this.saveTavolo(
        before,
        { ...before, tavolo: { ...tavolo, organisations } },
        'bodies.upsertOrganisation',
        input,
        `${exists ? 'Modificata' : 'Aggiunta al tavolo'} l'organizzazione ${organisation.name}`,
      );
    });
  }

  /** Takes an organisation out of the tavolo from now on: each session held keeps it in its own snapshot. */
  removeOrganisation(input: In<'bodies.removeOrganisation'>): Body {
    return this.storage.write(() => {
      const before = this.load(input.bodyId);
      const tavolo = tavoloOf(before);
      const organisation = tavolo.organisations.find((other) => other.id === input.organisationId);
      if (!organisation) throw new NotFoundError(`Organizzazione non trovata («${input.organisationId}»)`);
      const organisations = tavolo.organisations.filter((other) => other.id !== input.organisationId);
      return this.saveTavolo(before, { ...before, tavolo: { ...tavolo, organisations } }, 'bodies.removeOrganisation', input, `Tolta dal tavolo l'organizzazione ${organisation.name}`);
    });
  }

  /** The mapping asked for, else the one remembered for this body when its headers are all in the file, else a guess. */
  private columnsFor(bodyId: string, headers: string[], asked: MemberColumns | undefined): MemberColumns {
    if (asked) return asked;
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(columnsKey(bodyId)) as { value: string } | undefined;
    const remembered = row ? MemberColumnsSchema.safeParse(JSON.parse(row.value)) : null;
    return remembered?.success && columnsFit(remembered.data, headers) ? remembered.data : guessMemberColumns(headers);
  }

  private preview(body: Body, sheet: MemberSheet, asked: MemberColumns | undefined): MembersPreview {
    const columns = this.columnsFor(body.id, sheet.headers, asked);
    return previewMembers(sheet, columns, { populationRequired: rulesWeighPopulation(body.rules), today: this.storage.nowIso().slice(0, 10) });
  }

  async previewMembers(input: In<'bodies.previewMembers'>): Promise<MembersPreview> {
    const sheet = await readMemberSheet(input.file);
    return this.storage.read(() => this.preview(this.load(input.bodyId), sheet, input.columns));
  }

  async previewOrganisations(input: In<'bodies.previewOrganisations'>): Promise<OrganisationsPreview> {
    const sheet = await readMemberSheet(input.file);
    return this.storage.read(() => {
      tavoloOf(this.load(input.bodyId));
      return previewOrganisations(sheet, input.columns ?? guessOrganisationColumns(sheet.headers));
    });
  }

  /** A clean list only; an organisation already in the tavolo (same name) is refused when appending. */
  async importOrganisations(input: In<'bodies.importOrganisations'>): Promise<Body> {
    const sheet = await readMemberSheet(input.file);
    return this.storage.write(() => {
      const before = this.load(input.bodyId);
      const tavolo = tavoloOf(before);
      const preview = previewOrganisations(sheet, input.columns ?? guessOrganisationColumns(sheet.headers));
      const details = [...preview.errors, ...preview.rows.flatMap((row) => row.errors)];
      const kept = input.mode === 'append' ? tavolo.organisations : [];
      for (const organisation of preview.organisations) {
        if (kept.some((other) => sameName(other.name, organisation.name))) details.push(`L'organizzazione «${organisation.name}» è già nel tavolo`);
      }
      if (details.length > 0) {
        throw new DomainError('ORGANISATIONS_INVALID', `L'elenco contiene ${details.length === 1 ? 'un errore' : `${details.length} errori`}: nessuna organizzazione importata.`, details);
      }
      const imported = preview.organisations.map((organisation) => ({
        ...organisation,
        id: randomUUID(),
        representatives: organisation.representatives.map((person) => ({ ...person, id: randomUUID() })),
      }));
      return this.saveTavolo(
        before,
        { ...before, tavolo: { ...tavolo, organisations: [...kept, ...imported] } },
        'bodies.importOrganisations',
        { bodyId: input.bodyId, mode: input.mode, columns: preview.columns, rows: imported.length },
        `Importate ${imported.length} organizzazioni da elenco (${input.mode === 'replace' ? 'in sostituzione' : 'in aggiunta'})`,
      );
    });
  }

  async importMembers(input: In<'bodies.importMembers'>): Promise<Body> {
    const sheet = await readMemberSheet(input.file);
    return this.storage.write(() => {
      const before = this.load(input.bodyId);
      const preview = this.preview(before, sheet, input.columns);
      if (!preview.ok) {
        const details = [...preview.errors, ...preview.rows.flatMap((row) => row.errors)];
        throw new DomainError('MEMBERS_INVALID', `L'elenco contiene ${details.length === 1 ? 'un errore' : `${details.length} errori`}: nessun componente importato.`, details);
      }
      const imported: Member[] = preview.rows.flatMap((row) => (row.member ? [{ ...row.member, id: randomUUID() }] : []));
      const kept = input.mode === 'append' ? before.members : [];
      assertNoClash(kept, imported);
      const members = [...kept, ...imported].sort((a, b) => a.seat - b.seat);
      this.db
        .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
        .run(columnsKey(before.id), JSON.stringify(preview.columns));
      return this.save(
        before,
        { ...before, members },
        'bodies.importMembers',
        { bodyId: input.bodyId, mode: input.mode, columns: preview.columns, rows: imported.length },
        `Importati ${imported.length} componenti da elenco (${input.mode === 'replace' ? 'in sostituzione' : 'in aggiunta'})`,
      );
    });
  }
}

/** TavoloSchema's limit: a tavolo the model would refuse is never stored. */
const MAX_ORGANISATIONS = 500;

function tavoloOf(body: Body): NonNullable<Body['tavolo']> {
  if (body.kind !== 'tavolo' || !body.tavolo) {
    throw new DomainError('NOT_A_TAVOLO', `«${body.name}» non è un tavolo con avviso: le organizzazioni si aggiungono o si importano solo in un tavolo.`);
  }
  return body.tavolo;
}

function refuseOrganisation(issues: { path: string; message: string }[]): never {
  throw new InvalidInputError(`Modifica rifiutata: ${issueLine(issues[0] as { path: string; message: string })}.`, issues);
}

function columnsKey(bodyId: string): string {
  return `members.columns.${bodyId}`;
}

/** Seats are unique in a body, and so are entity names (compared the Italian way). */
function assertNoClash(existing: readonly Member[], added: readonly Member[]): void {
  const details: string[] = [];
  for (const member of added) {
    const seat = existing.find((other) => other.seat === member.seat);
    if (seat) details.push(`Il numero d'ordine ${member.seat} è già assegnato a ${seat.entity}`);
    const name = existing.find((other) => sameName(other.entity, member.entity));
    if (name) details.push(`L'ente «${member.entity}» è già tra i componenti (n. ${name.seat})`);
  }
  if (details.length > 0) throw new DomainError('MEMBER_CLASH', details[0] as string, details);
}
