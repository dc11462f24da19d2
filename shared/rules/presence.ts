import type { AgendaItem, Meeting, Member, Movement, Presence, Representative, TimelineEntry, TimelinePosition } from '../model';
import type { MemberPresence, PresenceProblem, PresenceSnapshot } from './types';

/** A member's state while the timeline is replayed. Never changed: a movement makes a new one. */
interface MemberState {
  readonly presence: Presence;
  readonly representative: Representative;
  /** Absent because of a temporary exit: a return is expected. */
  readonly temporarilyOut: boolean;
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

/** The member's state after one movement, or the problem when the movement contradicts the state (which then stays). */
function afterMovement(meeting: Meeting, states: ReadonlyMap<string, MemberState>, movement: Movement): { next: MemberState } | { problem: PresenceProblem } {
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
    const result = afterMovement(meeting, states, movement);
    if ('problem' in result) {
      problems.push(result.problem);
    } else {
      states.set(movement.memberId, result.next);
      onState?.(states);
    }
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

function presenceState(seatOrder: Member[], states: ReadonlyMap<string, MemberState>): PresenceState {
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

/** The presence between two movements. Never changed once made; its snapshot is built when first asked for. */
class Version {
  private presence: PresenceState | null = null;

  constructor(
    readonly seatOrder: Member[],
    readonly states: ReadonlyMap<string, MemberState>,
  ) {}

  get state(): PresenceState {
    this.presence ??= presenceState(this.seatOrder, this.states);
    return this.presence;
  }
}

/** The replay of one item: the presence before each of its entries and at its end, and the movements refused. */
interface ItemReplay {
  item: AgendaItem;
  start: Version;
  /** before[i]: the presence before entry i; before[entries.length]: at the item's end. */
  before: Version[];
  problems: { entryIndex: number; problem: PresenceProblem }[];
  end: Version;
}

/** Whether the new entry leaves presence as the old one did: the same object, or text edited in place. */
function samePresence(old: TimelineEntry, now: TimelineEntry): boolean {
  return old === now || (old.id === now.id && old.type !== 'movement' && now.type !== 'movement');
}

/**
 * Replays one item from `start`. Given the replay of an earlier version of the item from the same start, keeps
 * what its entries before the first change (that can move anyone) gave, and replays only from there.
 */
function replayItem(meeting: Meeting, item: AgendaItem, start: Version, previous: ItemReplay | null): ItemReplay {
  let from = 0;
  if (previous) {
    const old = previous.item.entries;
    const limit = Math.min(old.length, item.entries.length);
    while (from < limit && samePresence(old[from] as TimelineEntry, item.entries[from] as TimelineEntry)) from += 1;
    if (from === old.length && from === item.entries.length) return { ...previous, item };
  }
  const before = previous ? previous.before.slice(0, from) : [];
  const problems = previous ? previous.problems.filter((found) => found.entryIndex < from) : [];
  let version = previous && from > 0 ? (previous.before[from] as Version) : start;
  for (let entryIndex = from; entryIndex < item.entries.length; entryIndex += 1) {
    before.push(version);
    const entry = item.entries[entryIndex] as TimelineEntry;
    if (entry.type !== 'movement') continue;
    const result = afterMovement(meeting, version.states, entry);
    if ('problem' in result) {
      problems.push({ entryIndex, problem: result.problem });
    } else {
      const states = new Map(version.states);
      states.set(entry.memberId, result.next);
      version = new Version(start.seatOrder, states);
    }
  }
  before.push(version);
  return { item, start, before, problems, end: version };
}

/**
 * Replays timelines, remembering the replay of each agenda item: an item that is the same object as before and
 * starts from the same presence is not replayed again, and an item changed since the last timeline is replayed
 * from its first changed entry only; so an action on a meeting costs what it changes.
 * Only for meetings that are never changed in place (a new object for whatever changes), like the storage's.
 */
export class PresenceMemo {
  private readonly starts = new WeakMap<Meeting['rollCall'], { body: Meeting['body']; version: Version }>();
  private readonly items = new WeakMap<AgendaItem, ItemReplay>();
  /** The replays of the last timeline by item id: earlier versions of the items of the next one. */
  private lastById = new Map<string, ItemReplay>();

  /** Presence at every position of the meeting: see presenceTimeline. */
  timeline(meeting: Meeting): PresenceTimeline {
    let version = this.start(meeting);
    const byId = new Map<string, ItemReplay>();
    const replays = meeting.items.map((item) => {
      let replayed = this.items.get(item);
      if (replayed?.start !== version) {
        const previous = this.lastById.get(item.id);
        replayed = replayItem(meeting, item, version, previous?.start === version ? previous : null);
        this.items.set(item, replayed);
      }
      byId.set(item.id, replayed);
      version = replayed.end;
      return replayed;
    });
    this.lastById = byId;
    const last = version;
    return {
      at: (position) => {
        const state = replays[position.itemIndex]?.before[position.entryIndex];
        // Positions outside the timeline (negative, past an item's end) keep presenceAt's own reading of them.
        return state ? snapshotOf(state.state, position) : presenceAt(meeting, position);
      },
      end: () => snapshotOf(last.state, endPosition(meeting)),
      problems: replays.flatMap((replayed) => replayed.problems.map((found) => found.problem)),
      problemsOfItem: (itemIndex) => replays[itemIndex]?.problems.map((found) => found.problem) ?? [],
    };
  }

  private start(meeting: Meeting): Version {
    const known = this.starts.get(meeting.rollCall);
    if (known?.body === meeting.body) return known.version;
    const version = new Version(membersInSeatOrder(meeting), initialStates(meeting));
    this.starts.set(meeting.rollCall, { body: meeting.body, version });
    return version;
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
