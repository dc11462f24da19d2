import type { MethodName } from '../../shared/api/contract';

/**
 * The contract's method names, written out so that the sandboxed preload does not bundle zod and
 * every schema (~750 KB) just to learn them. The type below fails to compile when a method is
 * added to the contract and not here; tests/unit/shell/preload-api.test.ts checks the exact list.
 */
export const METHOD_NAMES = [
  'bodies.list',
  'bodies.get',
  'bodies.create',
  'bodies.updateProfile',
  'bodies.upsertMember',
  'bodies.removeMember',
  'bodies.upsertParticipant',
  'bodies.removeParticipant',
  'bodies.previewMembersCsv',
  'bodies.importMembersCsv',
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
  'meetings.addEntry',
  'meetings.updateEntry',
  'meetings.moveEntry',
  'meetings.deleteEntry',
  'meetings.setCurrentItem',
  'meetings.close',
  'meetings.reopen',
  'meetings.undo',
  'meetings.saveDraft',
  'meetings.drafts',
  'meetings.get',
  'meetings.at',
  'meetings.check',
  'meetings.search',
  'meetings.journal',
  'files.exportJson',
  'files.importJson',
  'files.exportDocx',
] as const;

type Listed = (typeof METHOD_NAMES)[number];
// Both directions: every listed name is a method, and every method is listed.
export const METHOD_NAMES_COMPLETE: [Listed] extends [MethodName] ? ([MethodName] extends [Listed] ? true : never) : never = true;
