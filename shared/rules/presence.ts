import type { AgendaItem, Meeting, Member, Movement, Presence, Representative, TimelinePosition } from '../model';
import type { MemberPresence, PresenceProblem, PresenceSnapshot } from './types';

/** A member's state while the timeline is replayed. */
interface MemberState {
  presence: Presence;
  representative: Representative;
  /** Absent because of a temporary exit: a return is expected. */
  temporarilyOut: boolean;
}

type StateMap = Map<string, MemberState>;

export type AttendanceMark = 'sì' | 'no' | 'sì da remoto';

/** Members in roll order (seat, then entity name for equal seats). */
export function membersInSeatOrder(meeting: Meeting): Member[] {
  return [...meeting.body.members].sort((a, b) => a.seat - b.seat || a.entity.localeCompare(b.entity, 'it'));
}

function initialStates(meeting: Meeting): StateMap {
  const rollCall = new Map<string, Meeting['rollCall'][number]>();
  for (const entry of meeting.rollCall) {
    if (!rollCall.has(entry.memberId)) rollCall.set(entry.memberId, entry);
  }
  const states: StateMap = new Map();
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

/** Applies one movement; returns a problem (and leaves the state unchanged) when it contradicts the state. */
function applyMovement(meeting: Meeting, states: StateMap, movement: Movement): PresenceProblem | null {
  const state = states.get(movement.memberId);
  const problem = (code: PresenceProblem['code'], message: string): PresenceProblem => ({
    code,
    entryId: movement.id,
    memberId: movement.memberId,
    message,
  });
  const entity = entityOf(meeting, movement.memberId);
  const at = `alle ore ${movement.time}`;

  if (!state) {
    return problem('UNKNOWN_MEMBER', `Movimento ${at} di un componente che non appartiene all'organo («${movement.memberId}»).`);
  }
  const present = state.presence !== 'absent';

  switch (movement.movement) {
    case 'arrival':
      if (present) return problem('ARRIVAL_OF_PRESENT', `Arrivo ${at} di ${entity}: risulta già presente.`);
      state.presence = movement.mode;
      state.representative = movement.representative ?? state.representative;
      state.temporarilyOut = false;
      return null;
    case 'departure':
      if (!present) return problem('DEPARTURE_OF_ABSENT', `Uscita ${at} di ${entity}: risulta già assente.`);
      state.presence = 'absent';
      state.temporarilyOut = false;
      return null;
    case 'temporaryExit':
      if (!present) return problem('DEPARTURE_OF_ABSENT', `Uscita temporanea ${at} di ${entity}: risulta già assente.`);
      state.presence = 'absent';
      state.temporarilyOut = true;
      return null;
    case 'return':
      if (!state.temporarilyOut) {
        return problem('RETURN_WITHOUT_EXIT', `Rientro ${at} di ${entity} senza una precedente uscita temporanea.`);
      }
      state.presence = movement.mode;
      state.temporarilyOut = false;
      return null;
  }
}

/** Every movement strictly before `position`, in timeline order. */
function movementsBefore(meeting: Meeting, position: TimelinePosition): Movement[] {
  const movements: Movement[] = [];
  meeting.items.forEach((item, itemIndex) => {
    if (itemIndex > position.itemIndex) return;
    const end = itemIndex < position.itemIndex ? item.entries.length : position.entryIndex;
    item.entries.slice(0, Math.max(0, end)).forEach((entry) => {
      if (entry.type === 'movement') movements.push(entry);
    });
  });
  return movements;
}

function replay(meeting: Meeting, position: TimelinePosition, onState?: (states: StateMap) => void) {
  const states = initialStates(meeting);
  const problems: PresenceProblem[] = [];
  onState?.(states);
  for (const movement of movementsBefore(meeting, position)) {
    const problem = applyMovement(meeting, states, movement);
    if (problem) problems.push(problem);
    else onState?.(states);
  }
  return { states, problems };
}

/** The position after the last entry of the last item. */
export function endPosition(meeting: Meeting): TimelinePosition {
  const lastIndex = meeting.items.length - 1;
  const last = meeting.items[lastIndex];
  return last ? { itemIndex: lastIndex, entryIndex: last.entries.length } : { itemIndex: 0, entryIndex: 0 };
}

/** A snapshot without its position: what stays the same between two movements. */
type PresenceState = Omit<PresenceSnapshot, 'position'>;

function presenceState(seatOrder: Member[], states: StateMap): PresenceState {
  const members: MemberPresence[] = seatOrder.map((member) => {
    const state = states.get(member.id) as MemberState;
    return { memberId: member.id, presence: state.presence, representative: state.representative };
  });
  const count = (presence: Presence) => members.filter((member) => member.presence === presence).length;
  return {
    members,
    presentIds: members.filter((member) => member.presence !== 'absent').map((member) => member.memberId),
    inRoom: count('room'),
    remote: count('remote'),
    absent: count('absent'),
  };
}

function snapshotOf(state: PresenceState, position: TimelinePosition): PresenceSnapshot {
  return { position: { ...position }, ...state };
}

/** Who is there just before the entry at `position` (roll call plus the movements before it). */
export function presenceAt(meeting: Meeting, position: TimelinePosition): PresenceSnapshot {
  const { states } = replay(meeting, position);
  return snapshotOf(presenceState(membersInSeatOrder(meeting), states), position);
}

/** Presence at every position of a meeting, from one replay of its timeline. */
export interface PresenceTimeline {
  /**
   * Same as presenceAt(meeting, position). Snapshots between two movements share their member lists:
   * treat them as read-only.
   */
  at(position: TimelinePosition): PresenceSnapshot;
  /** Same as presenceAtEnd(meeting). */
  end(): PresenceSnapshot;
  /** Same as presenceProblems(meeting). */
  problems: PresenceProblem[];
  /** The movements of one item that presenceProblems lists. */
  problemsOfItem(itemIndex: number): PresenceProblem[];
}

/** The replay at an item boundary. Never changed once made, so that replays of later items can start from it. */
interface Cursor {
  seatOrder: Member[];
  states: StateMap;
  presence: PresenceState;
}

/** The replay of one item: the presence before each of its entries and at its end, and the movements refused. */
interface ItemReplay {
  start: Cursor;
  before: PresenceState[];
  problems: PresenceProblem[];
  end: Cursor;
}

function copyStates(states: StateMap): StateMap {
  return new Map([...states].map(([memberId, state]) => [memberId, { ...state }]));
}

function replayItem(meeting: Meeting, item: AgendaItem, start: Cursor): ItemReplay {
  const before: PresenceState[] = [];
  const problems: PresenceProblem[] = [];
  // The start's states are shared with the previous item: copied on the first movement only.
  let states: StateMap | null = null;
  let current = start.presence;
  let moved = false;
  const latest = () => {
    if (moved && states) current = presenceState(start.seatOrder, states);
    moved = false;
    return current;
  };
  for (const entry of item.entries) {
    before.push(latest());
    if (entry.type !== 'movement') continue;
    states ??= copyStates(start.states);
    const problem = applyMovement(meeting, states, entry);
    if (problem) problems.push(problem);
    else moved = true;
  }
  before.push(latest());
  const end = states && current !== start.presence ? { seatOrder: start.seatOrder, states, presence: current } : start;
  return { start, before, problems, end };
}

/**
 * Replays timelines, remembering the replay of each agenda item: an item that is the same object as before and
 * starts from the same presence is not replayed again, so a meeting changed in one item costs that item.
 * Only for meetings that are never changed in place (a new object for whatever changes), like the storage's.
 */
export class PresenceMemo {
  private readonly starts = new WeakMap<Meeting['rollCall'], { body: Meeting['body']; cursor: Cursor }>();
  private readonly items = new WeakMap<AgendaItem, ItemReplay>();

  /** Presence at every position of the meeting: see presenceTimeline. */
  timeline(meeting: Meeting): PresenceTimeline {
    let cursor = this.start(meeting);
    const replays = meeting.items.map((item) => {
      let replayed = this.items.get(item);
      if (replayed?.start !== cursor) {
        replayed = replayItem(meeting, item, cursor);
        this.items.set(item, replayed);
      }
      cursor = replayed.end;
      return replayed;
    });
    const last = cursor.presence;
    return {
      at: (position) => {
        const state = replays[position.itemIndex]?.before[position.entryIndex];
        // Positions outside the timeline (negative, past an item's end) keep presenceAt's own reading of them.
        return state ? snapshotOf(state, position) : presenceAt(meeting, position);
      },
      end: () => snapshotOf(last, endPosition(meeting)),
      problems: replays.flatMap((replayed) => replayed.problems),
      problemsOfItem: (itemIndex) => replays[itemIndex]?.problems ?? [],
    };
  }

  private start(meeting: Meeting): Cursor {
    const known = this.starts.get(meeting.rollCall);
    if (known?.body === meeting.body) return known.cursor;
    const seatOrder = membersInSeatOrder(meeting);
    const states = initialStates(meeting);
    const cursor = { seatOrder, states, presence: presenceState(seatOrder, states) };
    this.starts.set(meeting.rollCall, { body: meeting.body, cursor });
    return cursor;
  }
}

/**
 * Replays the timeline once and keeps the presence before every entry (and at the end of every item), so that
 * asking it for every decision or statement is linear in the entries instead of quadratic. Pass a PresenceMemo
 * to reuse the replay of the items that did not change since its last use.
 */
export function presenceTimeline(meeting: Meeting, memo: PresenceMemo = new PresenceMemo()): PresenceTimeline {
  return memo.timeline(meeting);
}

export function presenceAtEnd(meeting: Meeting): PresenceSnapshot {
  return presenceAt(meeting, endPosition(meeting));
}

/** Movements that contradict the state they apply to; each was ignored when deriving presence. */
export function presenceProblems(meeting: Meeting): PresenceProblem[] {
  return replay(meeting, endPosition(meeting)).problems;
}

/** For the attendance table: 'sì' if ever in the room, else 'sì da remoto' if ever remote, else 'no'. In seat order. */
export function attendanceSummary(meeting: Meeting): Map<string, AttendanceMark> {
  const inRoom = new Set<string>();
  const remote = new Set<string>();
  replay(meeting, endPosition(meeting), (states) => {
    for (const [memberId, state] of states) {
      if (state.presence === 'room') inRoom.add(memberId);
      if (state.presence === 'remote') remote.add(memberId);
    }
  });
  const summary = new Map<string, AttendanceMark>();
  for (const member of membersInSeatOrder(meeting)) {
    summary.set(member.id, inRoom.has(member.id) ? 'sì' : remote.has(member.id) ? 'sì da remoto' : 'no');
  }
  return summary;
}
