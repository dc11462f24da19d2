import { type Meeting, type Organisation, type OrganisationCategory, type OrganisationRole, type Tavolo, organisationRole } from '../model';
import { attendanceOf } from './naming';

export interface RegisterRow {
  organisationId: string;
  name: string;
  category: OrganisationCategory;
  runts: string;
  joinedOn: string;
  role: OrganisationRole;
  /** Whether the role is the office's choice rather than what the join date gives. */
  roleChanged: boolean;
  /** Sessions it had someone at, out of those held since it joined. */
  sessionsAttended: number;
  sessionsSinceJoining: number;
  /** The dates of the sessions attended, oldest first. */
  attendedOn: string[];
}

/**
 * The organisations of the tavolo as it is now, then any that only a session's snapshot knows (newest first): a file
 * imported from another office may bring an organisation the stored body never had.
 */
function everyOrganisation(tavolo: Tavolo, sessions: readonly Meeting[]): Organisation[] {
  const found = new Map(tavolo.organisations.map((organisation) => [organisation.id, organisation]));
  for (const session of [...sessions].sort((a, b) => b.date.localeCompare(a.date))) {
    for (const organisation of session.body.tavolo?.organisations ?? []) if (!found.has(organisation.id)) found.set(organisation.id, organisation);
  }
  return [...found.values()];
}

/**
 * The register of a tavolo's organisations, as the Ambito reports participation: for each organisation, when it
 * joined, its role (by the tavolo's start of the work) and the sessions it attended among `sessions`.
 */
export function tavoloRegister(tavolo: Tavolo, sessions: readonly Meeting[]): RegisterRow[] {
  const ordered = [...sessions].sort((a, b) => a.date.localeCompare(b.date));
  const attendances = ordered.map((session) => ({ date: session.date, present: attendanceOf(session) }));
  return everyOrganisation(tavolo, sessions).map((organisation) => {
    const role = organisationRole(organisation, tavolo.procedure);
    const attendedOn = attendances.filter(({ present }) => present.has(organisation.id)).map(({ date }) => date);
    return {
      organisationId: organisation.id,
      name: organisation.name,
      category: organisation.category,
      runts: organisation.runts,
      joinedOn: organisation.joinedOn,
      role,
      roleChanged: organisation.roleOverride !== undefined,
      sessionsAttended: attendedOn.length,
      sessionsSinceJoining: attendances.filter(({ date }) => date >= organisation.joinedOn).length,
      attendedOn,
    };
  });
}

/** The sessions of one tavolo: meetings of `bodyId`, oldest first, and each one's number (1, 2, 3 …). */
export function sessionNumberOf(sessions: readonly { id: string; date: string }[], meetingId: string): number | null {
  const ordered = [...sessions].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const index = ordered.findIndex((session) => session.id === meetingId);
  return index === -1 ? null : index + 1;
}
