import type { PageMethodName } from '../../shared/api/contract';

/**
 * The names of the contract methods a page may call (access callers 'pages'), written out so that the
 * sandboxed preload does not bundle zod and every schema (~750 KB) just to learn them. The type below
 * fails to compile when a page method is added to the contract and not here, or a shell-only method is
 * listed; tests/unit/shell/preload-api.test.ts checks the exact list.
 */
export const PAGE_METHOD_NAMES = [
  'bodies.list',
  'bodies.get',
  'bodies.create',
  'bodies.updateProfile',
  'bodies.upsertMember',
  'bodies.removeMember',
  'bodies.upsertParticipant',
  'bodies.removeParticipant',
  'bodies.previewMembers',
  'bodies.importMembers',
  'bodies.membersTemplate',
  'meetings.create',
  'meetings.updateHeader',
  'meetings.addItem',
  'meetings.updateItem',
  'meetings.moveItem',
  'meetings.removeItem',
  'meetings.setRollCall',
  'meetings.setParticipantAttendance',
  'meetings.addGuest',
  'meetings.start',
  'meetings.delete',
  'meetings.addEntry',
  'meetings.updateEntry',
  'meetings.moveEntry',
  'meetings.deleteEntry',
  'meetings.setCurrentItem',
  'meetings.close',
  'meetings.reopen',
  'meetings.undo',
  'meetings.redo',
  'meetings.saveDraft',
  'meetings.drafts',
  'meetings.get',
  'blobs.get',
  'meetings.at',
  'meetings.check',
  'meetings.search',
  'archive.search',
  'meetings.journal',
  'meetings.revisions',
  'meetings.revision',
  'files.exportJson',
  'files.importJson',
  'files.exportDocx',
  'files.exportRevisionDocx',
  'files.exportPdf',
  'files.exportDossier',
  'attachments.add',
  'attachments.remove',
  'signing.exportForSignature',
  'signing.attachSigned',
  'signing.status',
  'backups.list',
  'backups.status',
  'backups.restore',
  'logs.open',
] as const;

type Listed = (typeof PAGE_METHOD_NAMES)[number];
// Both directions: every listed name is a page method, and every page method is listed.
export const PAGE_METHOD_NAMES_COMPLETE: [Listed] extends [PageMethodName] ? ([PageMethodName] extends [Listed] ? true : never) : never = true;
