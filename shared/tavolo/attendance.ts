import type { Organisation, OrganisationRepresentative, Presence, Tavolo, TavoloAttendance, TavoloSession } from '../model';

/** How one representative is at a session: a line of the attendance in the room or remote, or no line. */
export type TavoloPresence = Presence;

/** What the examples and the notices use: observations within ten days of receiving the verbale. */
export const DEFAULT_OBSERVATION_DAYS = 10;

/** The session of a meeting that has none yet: nobody marked, no next meeting. */
export function emptyTavoloSession(): TavoloSession {
  return { attendance: [], nextMeeting: null, observationDays: DEFAULT_OBSERVATION_DAYS };
}

const isLine = (organisationId: string, representativeId: string) => (line: TavoloAttendance) =>
  line.organisationId === organisationId && line.representativeId === representativeId;

export function presenceLine(session: TavoloSession, organisationId: string, representativeId: string): TavoloAttendance | null {
  return session.attendance.find(isLine(organisationId, representativeId)) ?? null;
}

export function presenceOf(session: TavoloSession, organisationId: string, representativeId: string): TavoloPresence {
  return presenceLine(session, organisationId, representativeId)?.mode ?? 'absent';
}

/**
 * The session with one representative marked: absent removes the line; room or remote adds it at the end (there from
 * the opening) or changes only its mode, keeping its times. Every other line and field is kept as it is.
 */
export function withPresence(session: TavoloSession, organisationId: string, representativeId: string, presence: TavoloPresence): TavoloSession {
  const match = isLine(organisationId, representativeId);
  if (presence === 'absent') return { ...session, attendance: session.attendance.filter((line) => !match(line)) };
  if (!session.attendance.some(match)) {
    return { ...session, attendance: [...session.attendance, { organisationId, representativeId, mode: presence, arrivedAt: null, leftAt: null }] };
  }
  return { ...session, attendance: session.attendance.map((line) => (match(line) ? { ...line, mode: presence } : line)) };
}

/** The session with a present representative's arrival or departure time set (null: from the opening / to the closing). */
export function withTimes(session: TavoloSession, organisationId: string, representativeId: string, times: { arrivedAt?: string | null; leftAt?: string | null }): TavoloSession {
  const match = isLine(organisationId, representativeId);
  return { ...session, attendance: session.attendance.map((line) => (match(line) ? { ...line, ...times } : line)) };
}

export interface RepresentativeMatch {
  organisation: Organisation;
  representative: OrganisationRepresentative;
}

/** Lowercase, without accents: «Università» matches «universita». */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('it-IT');

/**
 * The representatives named by what was typed, in the tavolo's order: every word must be in the person's name, role or
 * organisation («caritas neri», «anna»). Nothing typed names nobody.
 */
export function representativesForQuery(tavolo: Tavolo, query: string): RepresentativeMatch[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return tavolo.organisations.flatMap((organisation) =>
    organisation.representatives
      .filter((representative) => {
        const text = fold(`${organisation.name} ${representative.honorific} ${representative.name} ${representative.role}`);
        return words.every((word) => text.includes(word));
      })
      .map((representative) => ({ organisation, representative })),
  );
}

/** What a key in the tavolo's roll-call field did, for the status line. */
export type KeyMarkOutcome =
  | { kind: 'marked'; presence: TavoloPresence }
  | { kind: 'arrived'; mode: 'room' | 'remote'; time: string }
  | { kind: 'left'; time: string }
  | { kind: 'alreadyLeft'; time: string }
  | { kind: 'unchanged'; presence: TavoloPresence };

/**
 * A key in the roll-call field. Before the opening (`now` null) it is the roll call: the presence asked. Once the
 * session is live it is a movement at `now`: someone absent arrives (arrivedAt), someone present leaves (leftAt), and
 * someone present only changes mode. Correcting the roll call itself is the radios' job (withPresence).
 */
export function withKeyMark(session: TavoloSession, organisationId: string, representativeId: string, presence: TavoloPresence, now: string | null): { session: TavoloSession; outcome: KeyMarkOutcome } {
  const line = presenceLine(session, organisationId, representativeId);
  const current = line?.mode ?? 'absent';
  if (now === null) {
    return current === presence ? { session, outcome: { kind: 'unchanged', presence } } : { session: withPresence(session, organisationId, representativeId, presence), outcome: { kind: 'marked', presence } };
  }
  if (line?.leftAt) return { session, outcome: { kind: 'alreadyLeft', time: line.leftAt } };
  if (presence === 'absent') {
    return line ? { session: withTimes(session, organisationId, representativeId, { leftAt: now }), outcome: { kind: 'left', time: now } } : { session, outcome: { kind: 'unchanged', presence } };
  }
  if (!line) {
    return { session: withTimes(withPresence(session, organisationId, representativeId, presence), organisationId, representativeId, { arrivedAt: now }), outcome: { kind: 'arrived', mode: presence, time: now } };
  }
  return current === presence ? { session, outcome: { kind: 'unchanged', presence } } : { session: withPresence(session, organisationId, representativeId, presence), outcome: { kind: 'marked', presence } };
}
