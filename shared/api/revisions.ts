import type { Meeting } from '../model';
import type { BlobRef } from './contract';
import type { MeetingCheck, PresenceSnapshot, QuorumResult } from '../rules/types';

/** A closed revision kept when the meeting was reopened: what the list of past revisions shows. */
export interface RevisionSummary {
  revision: number;
  /** When it was reopened (ISO) and why: the revision ended there. */
  reopenedAt: string;
  reason: string;
  /** The closing time the revision had. */
  endTime: string | null;
}

/** One past revision, read-only: the meeting as it was closed, with its full check (each decision's presence) and the presence at the close. */
export interface RevisionView extends RevisionSummary {
  /** As in a view, no blob travels with it: `meeting.body.logo` is null, `logo` names the logo by hash. */
  meeting: Meeting;
  logo: BlobRef | null;
  check: MeetingCheck;
  presenceAtClose: PresenceSnapshot;
  quorumAtClose: QuorumResult;
}
