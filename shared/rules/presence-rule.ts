import type { Meeting, Member, Movement, Presence, Representative } from '../model';
import type { PresenceProblem } from './types';

/** A member's state while the timeline is replayed. Never changed: a movement makes a new one. */
export interface MemberState {
  readonly presence: Presence;
  readonly representative: Representative;
  /** Absent because of a temporary exit: a return is expected. */
  readonly temporarilyOut: boolean;
}

export type StateMap = ReadonlyMap<string, MemberState>;

/** Members in roll order (seat, then entity name for equal seats). */
export function membersInSeatOrder(meeting: Meeting): Member[] {
  return [...meeting.body.members].sort((a, b) => a.seat - b.seat || a.entity.localeCompare(b.entity, 'it'));
}

/** Every member's state at the roll call. */
export function initialStates(meeting: Meeting): StateMap {
  const rollCall = new Map<string, Meeting['rollCall'][number]>();
  for (const entry of meeting.rollCall) {
    if (!rollCall.has(entry.memberId)) rollCall.set(entry.memberId, entry);
  }
  const states = new Map<string, MemberState>();
  for (const member of meeting.body.members) {
    const called = rollCall.get(member.id);
    states.set(member.id, {
      // Members missing from the roll call count as absent.
      presence: called?.presence ?? 'absent',
      representative: called?.representative ?? member.representative,
      temporarilyOut: false,
    });
  }
  return states;
}

function entityOf(meeting: Meeting, memberId: string): string {
  return meeting.body.members.find((member) => member.id === memberId)?.entity ?? `componente sconosciuto «${memberId}»`;
}

/** The member's state after one movement, or the problem when the movement contradicts the state (which then stays). */
export function afterMovement(meeting: Meeting, states: StateMap, movement: Movement): { next: MemberState } | { problem: PresenceProblem } {
  const state = states.get(movement.memberId);
  const problem = (code: PresenceProblem['code'], message: (at: string, entity: string) => string) => ({
    problem: { code, entryId: movement.id, memberId: movement.memberId, message: message(`alle ore ${movement.time}`, entityOf(meeting, movement.memberId)) },
  });

  if (!state) {
    return problem('UNKNOWN_MEMBER', (at) => `Movimento ${at} di un componente che non appartiene all'organo («${movement.memberId}»).`);
  }
  const present = state.presence !== 'absent';

  switch (movement.movement) {
    case 'arrival':
      if (present) return problem('ARRIVAL_OF_PRESENT', (at, entity) => `Arrivo ${at} di ${entity}: risulta già presente.`);
      return { next: { presence: movement.mode, representative: movement.representative ?? state.representative, temporarilyOut: false } };
    case 'departure':
      if (!present) return problem('DEPARTURE_OF_ABSENT', (at, entity) => `Uscita ${at} di ${entity}: risulta già assente.`);
      return { next: { presence: 'absent', representative: state.representative, temporarilyOut: false } };
    case 'temporaryExit':
      if (!present) return problem('DEPARTURE_OF_ABSENT', (at, entity) => `Uscita temporanea ${at} di ${entity}: risulta già assente.`);
      return { next: { presence: 'absent', representative: state.representative, temporarilyOut: true } };
    case 'return':
      if (!state.temporarilyOut) {
        return problem('RETURN_WITHOUT_EXIT', (at, entity) => `Rientro ${at} di ${entity} senza una precedente uscita temporanea.`);
      }
      return { next: { presence: movement.mode, representative: state.representative, temporarilyOut: false } };
  }
}
