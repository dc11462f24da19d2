import { z } from 'zod';
import {
  AttachmentSchema,
  BodyProfileSchema,
  ConvocationSchema,
  DecisionSchema,
  IdSchema,
  IsoDateSchema,
  MeetingStatusSchema,
  MemberSchema,
  ModalitySchema,
  MovementSchema,
  NoteSchema,
  OfficerSchema,
  OmissionsSchema,
  ParticipantSchema,
  PresenceSchema,
  RepresentativeSchema,
  StatementSchema,
  TimeSchema,
  optionalText,
  shortText,
  type AgendaItem,
  type Body,
  type DeepReadonly,
  LetterheadSchema,
  LogoSchema,
  WordLetterheadSchema,
  type Letterhead,
  type Logo,
  type Meeting,
  type TimelineEntry,
} from '../model';
import { AgreementSchema, CommitmentSchema, ContributionSchema, DivergenceSchema, OrganisationSchema, TavoloSessionSchema, WrittenContributionSchema } from '../model/tavolo';
import type { RegisterRow } from '../tavolo/register';
import type { MeetingCheck, MeetingCheckSummary, PresenceSnapshot, QuorumResult } from '../rules/types';
import type { BackupFile, BackupStatus, RestoreOutcome } from './backups';
import type { LogView } from './log';
import { MemberColumnsSchema, MembersFileSchema, type MembersPreview } from './members-import';
import { OrganisationColumnsSchema, type OrganisationsPreview } from './organisations-import';
import type { RevisionSummary, RevisionView } from './revisions';
import { ArchiveSearchSchema, type ArchiveSearchResult } from './search';
import { StyleExamplesSchema, StyleFileContentSchema, ValidateTemplateSchema, type StyleExamplesResult, type StylePreset, type TemplateCheck } from './styles';
import { VerbaleStyleSchema, type VerbaleStyle } from '../style';
import { AddAttachmentSchema, AttachSignedSchema, type SignedFile, type SigningExport, type SigningStatus } from './signing';
import { MEETING_FILE_MAX_BYTES } from '../meeting-file';

/**
 * The one API of the product: method → input schema → result type.
 * Electron IPC and the HTTP adapter both bind exactly this; the Node side validates
 * every input with these schemas whatever transport carried it.
 */

/**
 * Who may call a method and what it does to the archive, declared once here and read by the IPC guard,
 * the HTTP adapter and the tests.
 * - effect: 'read' never changes the archive; 'write' may.
 * - callers: 'pages' = any of our pages (Electron windows over IPC, browser mode over HTTP);
 *   'shell' = only the Node side itself (Electron main process, CLI), e.g. writing a file at a path.
 */
export interface MethodAccess {
  effect: 'read' | 'write';
  callers: 'pages' | 'shell';
}

const PAGE_READ = { effect: 'read', callers: 'pages' } as const satisfies MethodAccess;
const PAGE_WRITE = { effect: 'write', callers: 'pages' } as const satisfies MethodAccess;
const SHELL_ONLY_READ = { effect: 'read', callers: 'shell' } as const satisfies MethodAccess;

/** A contract method: the access is a required argument, so a method without it does not compile. */
const method =
  <R>() =>
  <A extends MethodAccess, I extends z.ZodType>(access: A, input: I) => ({ access, input, result: undefined as unknown as R });

const meetingRef = { meetingId: IdSchema };
const revisionRef = { meetingId: IdSchema, revision: z.number().int().min(1).max(1_000_000) };
const bodyRef = { bodyId: IdSchema };
/** Which verbale a file export writes: the original, or the copy for publication with the omissis. */
const copyChoice = { copy: z.enum(['original', 'public']).default('original') };
/** Where a shell-only save writes, as the dialog gave it. */
const OutputPathSchema = z.string().min(1, 'Percorso mancante').max(4_000, 'Percorso troppo lungo');

export const NewMemberSchema = MemberSchema.extend({ id: IdSchema.optional() });
export const NewParticipantSchema = ParticipantSchema.extend({ id: IdSchema.optional() });
/** A tavolo's organisation: a new one's id (and each representative's) is the caller's crypto.randomUUID(). */
export const NewOrganisationSchema = OrganisationSchema.extend({ id: IdSchema.optional() });

/** A new entry: the id is the caller's (crypto.randomUUID() in the renderer); the server makes one when it is left out. */
const newId = { id: IdSchema.optional() };
export const NewEntrySchema = z.discriminatedUnion('type', [
  StatementSchema.extend(newId),
  MovementSchema.extend(newId),
  DecisionSchema.extend(newId),
  NoteSchema.extend(newId),
  ContributionSchema.extend(newId),
  AgreementSchema.extend(newId),
  DivergenceSchema.extend(newId),
  CommitmentSchema.extend(newId),
  WrittenContributionSchema.extend(newId),
]);

export const MeetingHeaderSchema = z.object({
  date: IsoDateSchema,
  startTime: TimeSchema.nullable(),
  modality: ModalitySchema,
  place: optionalText('Luogo', 300),
  convocation: ConvocationSchema.nullable(),
  president: OfficerSchema,
  minuteTaker: OfficerSchema,
});

export const TimelinePositionSchema = z.object({
  itemIndex: z.number().int().min(0),
  entryIndex: z.number().int().min(0),
});

export const SearchSchema = z.object({
  text: optionalText('Testo', 200).default(''),
  bodyId: IdSchema.optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  status: MeetingStatusSchema.optional(),
});

export interface BodySummary {
  id: string;
  name: string;
  kind: Body['kind'];
  memberCount: number;
  meetingCount: number;
}

export interface MeetingSummary {
  id: string;
  bodyId: string;
  bodyName: string;
  date: string;
  status: Meeting['status'];
  revision: number;
  itemTitles: string[];
  updatedAt: string;
  /** A signed file of its current revision is attached (signing.attachSigned): «firmata». */
  signed: boolean;
}

/** A blob named by its content: a view carries this, `blobs.get` gives the bytes once. */
export interface BlobRef {
  /** SHA-256 of the bytes, hex. */
  sha256: string;
  mimeType: Logo['mimeType'];
}

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'Impronta non valida');

/** The Word letterhead as a body view carries it: its file name, and its bytes by hash. */
export interface WordLetterheadRef {
  fileName: string;
  sha256: string;
}

/**
 * A body as every reply carries it: the logo and the Word letterhead named by hash, never their bytes
 * (`blobs.get` with the body's id gives them, only the export reads them otherwise).
 */
export type BodyView = Omit<Body, 'logo' | 'letterhead'> & {
  logo: BlobRef | null;
  letterhead?: Omit<Letterhead, 'word'> & { word: WordLetterheadRef | null };
};

/**
 * A profile as a page sends it. The logo and the Word letterhead are each new (the file's bytes), removed (null), or kept
 * as stored (the ref its view carried: the page never holds the bytes to send them back).
 */
export const ProfileInputSchema = BodyProfileSchema.extend({
  logo: z.union([LogoSchema, z.object({ sha256: Sha256Schema, mimeType: LogoSchema.shape.mimeType }).strict()]).nullable().default(null),
  letterhead: LetterheadSchema.extend({
    word: z.union([WordLetterheadSchema, z.object({ fileName: WordLetterheadSchema.shape.fileName, sha256: Sha256Schema }).strict()]).nullable().default(null),
  }).optional(),
});
export type ProfileInput = DeepReadonly<z.output<typeof ProfileInputSchema>>;

/**
 * A meeting with what is derived from it, for a first load (`meetings.get`, an import): nothing here is stored twice,
 * and no blob travels with it: `meeting.body.logo` is always null, `logo` names the body's logo by hash.
 */
export interface MeetingView {
  meeting: Meeting;
  logo: BlobRef | null;
  /** Goes up by one with every write: a change whose version is not the next one means a write was missed. */
  version: number;
  /** The meeting's check without the presence per decision (meetings.check gives it all). */
  check: MeetingCheckSummary;
  /** Presence and quorum at the end of the timeline so far. */
  presenceNow: PresenceSnapshot;
  quorumNow: QuorumResult;
  /** What undo and redo would do now, in her words («intervento di MARIO VERDI»); null when there is nothing to undo or redo. */
  undoLabel: string | null;
  redoLabel: string | null;
  updatedAt: string;
}

/** The parts of a meeting that are neither lists nor the body: dates, times, officers, status, current item. */
export type MeetingFields = Omit<Meeting, 'body' | 'items' | 'rollCall' | 'participantAttendance' | 'guests'>;

/** An item in a MeetingChange: its fields and its entries in order, by id (the changed entries come apart). */
export type ItemChange = Omit<AgendaItem, 'entries'> & { entryIds: string[] };

/**
 * What a meeting write answers: what the window holding the view needs to update it, sized by what changed
 * (never the whole meeting). Lists are present only when they changed; `items` holds the changed items only.
 */
export interface MeetingChange {
  meetingId: string;
  version: number;
  updatedAt: string;
  fields: MeetingFields;
  /** The agenda, in order, by item id. */
  itemIds: string[];
  /** The items added or changed (title, attachments, which entries in which order). */
  items: ItemChange[];
  /** The entries added or rewritten (a unanimous vote with its counts filled in); moved ones are only in `entryIds`. */
  entries: TimelineEntry[];
  rollCall?: Meeting['rollCall'];
  participantAttendance?: Meeting['participantAttendance'];
  guests?: Meeting['guests'];
  check: MeetingCheckSummary;
  presenceNow: PresenceSnapshot;
  quorumNow: QuorumResult;
  undoLabel: string | null;
  redoLabel: string | null;
  /** The id of what the write created (the meeting, an item, an entry, a guest): the caller's when it gave one. */
  createdId?: string;
  /** Only when the write created the meeting: its body (logo left out, as in a view) and the logo's hash. */
  body?: Meeting['body'];
  logo?: BlobRef | null;
}

export interface JournalRecord {
  seq: number;
  at: string;
  operation: string;
  input: unknown;
  /** Short Italian description: "Aggiunto intervento di MARIO VERDI". */
  summary: string;
}

/** An imported meeting; `alreadyPresent`: the archive already held it, identical, and the meeting was not written. */
export interface ImportedMeeting extends MeetingView {
  alreadyPresent: boolean;
  /** A tavolo's organisations the file's snapshot had and the archive's tavolo lacked, appended (names, file order). */
  organisationsAdded: string[];
}

/** The register of a tavolo's organisations: joined when, role, sessions attended (shared/tavolo/register.ts). */
export interface TavoloRegisterView {
  name: string;
  rows: RegisterRow[];
}

export interface ExportedFile {
  fileName: string;
  /** The bytes, base64: the page offers them as a download. */
  base64: string;
}

export interface SavedFile {
  fileName: string;
  /** Where the Node side wrote the file. */
  path: string;
}

export interface Draft {
  key: string;
  text: string;
  savedAt: string;
}

export const contract = {
  // Bodies
  'bodies.list': method<BodySummary[]>()(PAGE_READ, z.object({})),
  'bodies.get': method<BodyView>()(PAGE_READ, z.object(bodyRef)),
  'bodies.create': method<BodyView>()(PAGE_WRITE, z.object({ profile: ProfileInputSchema })),
  /** The logo and the Word letterhead stay as stored unless the profile brings a new file or null. */
  'bodies.updateProfile': method<BodyView>()(PAGE_WRITE, z.object({ ...bodyRef, profile: ProfileInputSchema })),
  'bodies.upsertMember': method<BodyView>()(PAGE_WRITE, z.object({ ...bodyRef, member: NewMemberSchema })),
  'bodies.removeMember': method<BodyView>()(PAGE_WRITE, z.object({ ...bodyRef, memberId: IdSchema })),
  'bodies.upsertParticipant': method<BodyView>()(PAGE_WRITE, z.object({ ...bodyRef, participant: NewParticipantSchema })),
  'bodies.removeParticipant': method<BodyView>()(PAGE_WRITE, z.object({ ...bodyRef, participantId: IdSchema })),
  /** A member list read through a column mapping (the one given, else the one remembered for the body, else guessed). */
  'bodies.previewMembers': method<MembersPreview>()(PAGE_READ, z.object({ ...bodyRef, file: MembersFileSchema, columns: MemberColumnsSchema.optional() })),
  /** Imports a clean preview and remembers its mapping for the body's next list. */
  'bodies.importMembers': method<BodyView>()(
    PAGE_WRITE,
    z.object({ ...bodyRef, file: MembersFileSchema, columns: MemberColumnsSchema.optional(), mode: z.enum(['replace', 'append']) }),
  ),
  /** A tavolo's organisations from a list (CSV, TSV or .xlsx, one row per representative), mapping given or guessed. */
  'bodies.previewOrganisations': method<OrganisationsPreview>()(PAGE_READ, z.object({ ...bodyRef, file: MembersFileSchema, columns: OrganisationColumnsSchema.optional() })),
  'bodies.importOrganisations': method<BodyView>()(
    PAGE_WRITE,
    z.object({ ...bodyRef, file: MembersFileSchema, columns: OrganisationColumnsSchema.optional(), mode: z.enum(['replace', 'append']) }),
  ),
  /** One organisation of a tavolo added or edited; past sessions keep the snapshot of the tavolo they were held with. */
  'bodies.upsertOrganisation': method<BodyView>()(PAGE_WRITE, z.object({ ...bodyRef, organisation: NewOrganisationSchema })),
  'bodies.removeOrganisation': method<BodyView>()(PAGE_WRITE, z.object({ ...bodyRef, organisationId: IdSchema })),
  'bodies.membersTemplate': method<ExportedFile>()(PAGE_READ, z.object({ format: z.enum(['csv', 'xlsx']) })),
  // The style of the verbale (shared/style): presets, a body's style, one template checked, examples, the style file
  'styles.presets': method<StylePreset[]>()(PAGE_READ, z.object({})),
  'styles.get': method<VerbaleStyle>()(PAGE_READ, z.object(bodyRef)),
  /** Every template checked by the model; a broken one refused with its sentence kind, position and message, nothing written. */
  'styles.set': method<BodyView>()(PAGE_WRITE, z.object({ ...bodyRef, style: VerbaleStyleSchema })),
  'styles.validateTemplate': method<TemplateCheck>()(PAGE_READ, ValidateTemplateSchema),
  /** Every sentence kind as the given style writes it over the body's latest meeting (or the example meeting). */
  'styles.examples': method<StyleExamplesResult>()(PAGE_READ, StyleExamplesSchema),
  'styles.exportFile': method<ExportedFile>()(PAGE_READ, z.object(bodyRef)),
  // Tavoli di co-programmazione: across the sessions of one tavolo
  'tavoli.register': method<TavoloRegisterView>()(PAGE_READ, z.object(bodyRef)),
  'tavoli.exportSintesi': method<ExportedFile>()(PAGE_READ, z.object({ ...bodyRef, format: z.enum(['docx', 'pdf']) })),
  /** A style file read and checked (StyleFileSchema): the style it holds, nothing written. */
  'styles.parseFile': method<VerbaleStyle>()(PAGE_READ, StyleFileContentSchema),

  // Meetings: setup
  'meetings.create': method<MeetingChange>()(
    PAGE_WRITE,
    z.object({ ...bodyRef, id: IdSchema.optional(), date: IsoDateSchema, startTime: TimeSchema.nullable().default(null), modality: ModalitySchema, place: optionalText('Luogo', 300), convocation: ConvocationSchema.nullable().default(null) }),
  ),
  'meetings.updateHeader': method<MeetingChange>()(PAGE_WRITE, z.object({ ...meetingRef, header: MeetingHeaderSchema })),
  'meetings.addItem': method<MeetingChange>()(
    PAGE_WRITE,
    z.object({ ...meetingRef, itemId: IdSchema.optional(), title: shortText('Titolo del punto', 1_000), attachments: z.array(AttachmentSchema.omit({ id: true })).default([]), linkedMeetingIds: z.array(IdSchema).default([]) }),
  ),
  'meetings.updateItem': method<MeetingChange>()(
    PAGE_WRITE,
    z.object({ ...meetingRef, itemId: IdSchema, title: shortText('Titolo del punto', 1_000), attachments: z.array(AttachmentSchema), linkedMeetingIds: z.array(IdSchema) }),
  ),
  'meetings.moveItem': method<MeetingChange>()(PAGE_WRITE, z.object({ ...meetingRef, itemId: IdSchema, toIndex: z.number().int().min(0) })),
  'meetings.removeItem': method<MeetingChange>()(PAGE_WRITE, z.object({ ...meetingRef, itemId: IdSchema })),
  'meetings.setRollCall': method<MeetingChange>()(
    PAGE_WRITE,
    z.object({ ...meetingRef, memberId: IdSchema, presence: PresenceSchema, representative: RepresentativeSchema.optional() }),
  ),
  'meetings.setParticipantAttendance': method<MeetingChange>()(PAGE_WRITE, z.object({ ...meetingRef, participantId: IdSchema, present: z.boolean() })),
  'meetings.addGuest': method<MeetingChange>()(PAGE_WRITE, z.object({ ...meetingRef, guest: NewParticipantSchema })),
  'meetings.start': method<MeetingChange>()(PAGE_WRITE, z.object(meetingRef)),
  /** Deletes a meeting still in preparation (never a live or closed one), journaled with what it held. */
  'meetings.delete': method<{ meetingId: string }>()(PAGE_WRITE, z.object(meetingRef)),

  // Meetings: live
  'meetings.addEntry': method<MeetingChange>()(
    PAGE_WRITE,
    z.object({ ...meetingRef, itemId: IdSchema, entry: NewEntrySchema, beforeEntryId: IdSchema.optional() }),
  ),
  'meetings.updateEntry': method<MeetingChange>()(PAGE_WRITE, z.object({ ...meetingRef, entryId: IdSchema, entry: NewEntrySchema })),
  'meetings.moveEntry': method<MeetingChange>()(
    PAGE_WRITE,
    z.object({ ...meetingRef, entryId: IdSchema, toItemId: IdSchema, toIndex: z.number().int().min(0) }),
  ),
  'meetings.deleteEntry': method<MeetingChange>()(PAGE_WRITE, z.object({ ...meetingRef, entryId: IdSchema })),
  'meetings.setCurrentItem': method<MeetingChange>()(PAGE_WRITE, z.object({ ...meetingRef, itemId: IdSchema })),
  /** Replaces what the public copy omits (marked words, whole entries, private persons); like any edit, refused once closed. */
  'meetings.setOmissions': method<MeetingChange>()(PAGE_WRITE, z.object({ ...meetingRef, omissions: OmissionsSchema })),
  'meetings.setTavoloSession': method<MeetingChange>()(PAGE_WRITE, z.object({ ...meetingRef, session: TavoloSessionSchema })),
  /** Without endTime a reopened meeting keeps the closing time it had: changing it is an explicit edit. */
  'meetings.close': method<MeetingChange>()(PAGE_WRITE, z.object({ ...meetingRef, endTime: TimeSchema.optional() })),
  'meetings.reopen': method<MeetingChange>()(PAGE_WRITE, z.object({ ...meetingRef, reason: shortText('Motivo della riapertura', 500) })),
  'meetings.undo': method<MeetingChange>()(PAGE_WRITE, z.object(meetingRef)),
  /** Does again the action the last undo reverted, while nothing new was recorded since. */
  'meetings.redo': method<MeetingChange>()(PAGE_WRITE, z.object(meetingRef)),
  'meetings.saveDraft': method<Draft>()(
    PAGE_WRITE,
    z.object({ ...meetingRef, key: shortText('Chiave bozza', 200), text: z.string().max(50_000, 'Bozza troppo lunga') }),
  ),
  'meetings.drafts': method<Draft[]>()(PAGE_READ, z.object(meetingRef)),

  // Queries
  'meetings.get': method<MeetingView>()(PAGE_READ, z.object(meetingRef)),
  /**
   * A blob named by hash in a view, fetched once: of a meeting (the body's logo, an attachment's file) or of a body (its
   * logo, its Word letterhead). The chair display, bound to its meeting, cannot ask a body's.
   */
  'blobs.get': method<{ mimeType: string; base64: string }>()(
    PAGE_READ,
    z.union([z.object({ ...meetingRef, sha256: Sha256Schema }).strict(), z.object({ ...bodyRef, sha256: Sha256Schema }).strict()]),
  ),
  'meetings.at': method<{ presence: PresenceSnapshot; quorum: QuorumResult }>()(PAGE_READ, z.object({ ...meetingRef, position: TimelinePositionSchema })),
  'meetings.check': method<MeetingCheck>()(PAGE_READ, z.object(meetingRef)),
  'meetings.search': method<MeetingSummary[]>()(PAGE_READ, SearchSchema),
  /** Full-text search of the archive: hits with their meeting, item and snippet, one page at a time. */
  'archive.search': method<ArchiveSearchResult>()(PAGE_READ, ArchiveSearchSchema),
  'meetings.journal': method<JournalRecord[]>()(PAGE_READ, z.object(meetingRef)),
  /** The closed revisions kept when the meeting was reopened, oldest first. */
  'meetings.revisions': method<RevisionSummary[]>()(PAGE_READ, z.object(meetingRef)),
  'meetings.revision': method<RevisionView>()(PAGE_READ, z.object(revisionRef)),

  // Files
  'files.exportJson': method<{ fileName: string; content: string }>()(PAGE_READ, z.object(meetingRef)),
  'files.importJson': method<ImportedMeeting>()(PAGE_WRITE, z.object({ content: z.string().max(MEETING_FILE_MAX_BYTES, 'File troppo grande') })),
  'files.exportDocx': method<ExportedFile>()(PAGE_READ, z.object({ ...meetingRef, ...copyChoice })),
  /** A past revision's verbale, as it was closed. */
  'files.exportRevisionDocx': method<ExportedFile>()(PAGE_READ, z.object(revisionRef)),
  /** The same DOCX written at a path chosen by the Node side (the app's save dialog, the CLI): a page never picks a path. */
  'files.saveDocx': method<SavedFile>()(
    SHELL_ONLY_READ,
    z.object({ ...meetingRef, ...copyChoice, outputPath: OutputPathSchema }),
  ),
  /** The verbale as PDF/A-2a (the document that gets signed and kept), rendered from the same model as the DOCX. */
  'files.exportPdf': method<ExportedFile>()(PAGE_READ, z.object({ ...meetingRef, ...copyChoice })),
  /** The same PDF/A written at a path chosen by the Node side (the app's save dialog, the CLI). */
  'files.savePdf': method<SavedFile>()(
    SHELL_ONLY_READ,
    z.object({ ...meetingRef, ...copyChoice, outputPath: OutputPathSchema }),
  ),

  /** The fascicolo: PDF/A, DOCX, attachments, the signed file and an index (CSV and JSON) with each file's SHA-256, as a zip. */
  'files.exportDossier': method<ExportedFile>()(PAGE_READ, z.object(meetingRef)),
  /** The same fascicolo written by the Node side: a folder, or a zip when the path ends in .zip. */
  'files.saveDossier': method<SavedFile>()(
    SHELL_ONLY_READ,
    z.object({ ...meetingRef, outputPath: OutputPathSchema }),
  ),

  // Attachments' files and the signed verbale
  /** Stores a file (PDF, office document, image; at most 50 MB, recognised from its bytes) as an attachment of an item. */
  'attachments.add': method<MeetingChange>()(PAGE_WRITE, AddAttachmentSchema),
  'attachments.remove': method<MeetingChange>()(PAGE_WRITE, z.object({ ...meetingRef, itemId: IdSchema, attachmentId: IdSchema })),
  /** «Esporta per la firma»: the PDF/A of the closed meeting, kept with its hash so the signed file can be matched to it. */
  'signing.exportForSignature': method<SigningExport>()(PAGE_WRITE, z.object(meetingRef)),
  /** The signed file (PAdES .pdf or .p7m) brought back: recognised, matched to an export, stored; the meeting is «firmata». */
  'signing.attachSigned': method<SignedFile>()(PAGE_WRITE, AttachSignedSchema),
  'signing.status': method<SigningStatus>()(PAGE_READ, z.object(meetingRef)),

  // Backups
  'backups.list': method<BackupFile[]>()(PAGE_READ, z.object({})),
  'backups.status': method<BackupStatus>()(PAGE_READ, z.object({})),
  /** Sets the current archive aside and replaces it with a backup chosen by name from backups.list (never a path). */
  'backups.restore': method<RestoreOutcome>()(
    PAGE_WRITE,
    z.object({ fileName: z.string().regex(/^verbalizza-[0-9-]+\.sqlite$/, 'Nome di copia di sicurezza non valido').max(100) }),
  ),

  /** "Apri il registro": the app opens the log's folder itself (no path from the page); browser mode gets the path and last lines. */
  'logs.open': method<LogView>()(PAGE_READ, z.object({})),
} as const satisfies Record<string, { access: MethodAccess; input: z.ZodType }>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes: read-only, so a meeting's parts (read-only themselves) go in as they are. */
export type MethodInput<M extends MethodName> = DeepReadonly<z.input<Contract[M]['input']>>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M]['result'];
export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The methods a page may call (over IPC or HTTP); the others belong to the shell. */
export type PageMethodName = { [M in MethodName]: Contract[M]['access']['callers'] extends 'pages' ? M : never }[MethodName];

export function isPageMethod(name: MethodName): name is PageMethodName {
  return contract[name].access.callers === 'pages';
}
