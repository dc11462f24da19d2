import type Database from 'better-sqlite3';
import type { MethodName, MethodParsedInput, MethodResult } from '../../../shared/api/contract';
import { BodyService } from './body-service';
import { bodyView } from './body-view';
import { FileService } from './file-service';
import { MeetingService } from './meeting-service';
import { membersTemplate } from './members-template';
import { RevisionService } from './revision-service';
import { SigningService } from './signing-service';
import { DossierService } from '../dossier/dossier-service';
import { searchMeetings } from './search';
import { searchArchive } from '../search/archive-search';
import { deleteDraftMeeting } from './meeting-deletion';
import { Storage, type StorageOptions } from './storage';
import { StyleService, stylePresets } from './style-service';
import { TavoloService } from './tavolo-service';

export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>) => MethodResult<M> | Promise<MethodResult<M>>;
};

/**
 * Backups and restore act on the archive file itself, the log on the data folder's log: the backend implements them
 * (a restore reopens the database).
 */
export type ArchiveMethodName = 'backups.list' | 'backups.status' | 'backups.restore' | 'logs.open';
export type ServiceHandlers = Omit<Handlers, ArchiveMethodName>;

export interface Services {
  storage: Storage;
  bodies: BodyService;
  meetings: MeetingService;
  files: FileService;
  revisions: RevisionService;
  tavoli: TavoloService;
  /** One function per contract method (but the backend's own), taking the already validated input. */
  handlers: ServiceHandlers;
}

export function createServices(db: Database.Database, options: StorageOptions): Services {
  const storage = new Storage(db, options);
  const meetings = new MeetingService(storage);
  const bodies = new BodyService(storage, (body, operation) => meetings.refreshDraftOrganisations(body, operation));
  const tavoli = new TavoloService(storage, bodies, meetings);
  const files = new FileService(storage, meetings, bodies, tavoli);
  const revisions = new RevisionService(storage, meetings);
  const signing = new SigningService(storage, meetings);
  const dossier = new DossierService(storage, meetings, signing);
  const styles = new StyleService(storage, bodies, meetings);
  const handlers: ServiceHandlers = {
    'bodies.list': (input) => bodies.list(input),
    'bodies.get': (input) => bodyView(bodies.get(input)),
    'bodies.create': (input) => bodyView(bodies.create(input)),
    'bodies.updateProfile': (input) => bodyView(bodies.updateProfile(input)),
    'bodies.upsertMember': (input) => bodyView(bodies.upsertMember(input)),
    'bodies.removeMember': (input) => bodyView(bodies.removeMember(input)),
    'bodies.upsertParticipant': (input) => bodyView(bodies.upsertParticipant(input)),
    'bodies.removeParticipant': (input) => bodyView(bodies.removeParticipant(input)),
    'bodies.previewMembers': (input) => bodies.previewMembers(input),
    'bodies.importMembers': async (input) => bodyView(await bodies.importMembers(input)),
    'bodies.previewOrganisations': (input) => bodies.previewOrganisations(input),
    'bodies.importOrganisations': async (input) => bodyView(await bodies.importOrganisations(input)),
    'bodies.upsertOrganisation': (input) => bodyView(bodies.upsertOrganisation(input)),
    'bodies.removeOrganisation': (input) => bodyView(bodies.removeOrganisation(input)),
    'bodies.membersTemplate': (input) => membersTemplate(input.format),
    'styles.presets': () => stylePresets(),
    'tavoli.register': (input) => tavoli.register(input.bodyId),
    'tavoli.exportSintesi': (input) => tavoli.exportSintesi(input.bodyId, input.format),
    'styles.get': (input) => styles.get(input),
    'styles.set': (input) => bodyView(bodies.setStyle(input)),
    'styles.validateTemplate': (input) => styles.validateTemplate(input),
    'styles.examples': (input) => styles.examples(input),
    'styles.exportFile': (input) => styles.exportFile(input),
    'styles.parseFile': (input) => styles.parseFile(input),
    'meetings.create': (input) => meetings.create(input),
    'meetings.updateHeader': (input) => meetings.updateHeader(input),
    'meetings.addItem': (input) => meetings.addItem(input),
    'meetings.updateItem': (input) => meetings.updateItem(input),
    'meetings.moveItem': (input) => meetings.moveItem(input),
    'meetings.removeItem': (input) => meetings.removeItem(input),
    'meetings.setRollCall': (input) => meetings.setRollCall(input),
    'meetings.setParticipantAttendance': (input) => meetings.setParticipantAttendance(input),
    'meetings.addGuest': (input) => meetings.addGuest(input),
    'meetings.start': (input) => meetings.start(input),
    'meetings.delete': (input) => deleteDraftMeeting(storage, meetings, input),
    'meetings.setTavoloSession': (input) => meetings.setTavoloSession(input),
    'meetings.addEntry': (input) => meetings.addEntry(input),
    'meetings.updateEntry': (input) => meetings.updateEntry(input),
    'meetings.moveEntry': (input) => meetings.moveEntry(input),
    'meetings.deleteEntry': (input) => meetings.deleteEntry(input),
    'meetings.setCurrentItem': (input) => meetings.setCurrentItem(input),
    'meetings.setOmissions': (input) => meetings.setOmissions(input),
    'meetings.close': (input) => meetings.close(input),
    'meetings.reopen': (input) => meetings.reopen(input),
    'meetings.undo': (input) => meetings.undo(input),
    'meetings.redo': (input) => meetings.redo(input),
    'meetings.saveDraft': (input) => meetings.saveDraft(input),
    'meetings.drafts': (input) => meetings.drafts(input),
    'meetings.get': (input) => meetings.get(input),
    'blobs.get': (input) => ('bodyId' in input ? bodies.blob(input) : meetings.blob(input)),
    'meetings.at': (input) => meetings.at(input),
    'meetings.check': (input) => meetings.check(input),
    'meetings.search': (input) => storage.read(() => searchMeetings(db, input)),
    'archive.search': (input) => storage.read(() => searchArchive(db, input)),
    'meetings.journal': (input) => meetings.journal(input),
    'meetings.revisions': (input) => revisions.list(input),
    'meetings.revision': (input) => revisions.get(input),
    'files.exportJson': (input) => files.exportJson(input),
    'files.importJson': (input) => files.importJson(input),
    'files.exportDocx': (input) => files.exportDocx(input),
    'files.exportRevisionDocx': (input) => revisions.exportDocx(input),
    'files.saveDocx': (input) => files.saveDocx(input),
    'files.exportPdf': (input) => files.exportPdf(input),
    'files.savePdf': (input) => files.savePdf(input),
    'files.exportDossier': (input) => dossier.exportZip(input),
    'files.saveDossier': (input) => dossier.save(input),
    'attachments.add': (input) => meetings.addAttachment(input),
    'attachments.remove': (input) => meetings.removeAttachment(input),
    'signing.exportForSignature': (input) => signing.exportForSignature(input),
    'signing.attachSigned': (input) => signing.attachSigned(input),
    'signing.status': (input) => signing.status(input),
  };
  return { storage, bodies, meetings, files, revisions, tavoli, handlers };
}

export { Storage, type StorageOptions } from './storage';
