import type { AgendaItem, Meeting, Member, Presence, TimelineEntry, TimelinePosition } from '../model';
import { afterMovement, initialStates, membersInSeatOrder, type MemberState, type StateMap } from './presence-rule';
import type { MemberPresence, PresenceProblem, PresenceSnapshot } from './types';

export { membersInSeatOrder } from './presence-rule';

export type AttendanceMark = 'sì' | 'no' | 'sì da remoto';

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

/** Presence at every position of a meeting, from one replay of its timeline. */
export interface PresenceTimeline {
  /**
   * Who is there just before the entry at `position` (roll call plus the movements before it). A position before the
   * first item reads as the roll call, one past an item's end as that item's end, one past the last item as the end.
   * Snapshots between two movements share their member lists: treat them as read-only.
   */
  at(position: TimelinePosition): PresenceSnapshot;
  /** Who is there after the last entry. */
  end(): PresenceSnapshot;
  /** Movements that contradict the state they apply to; each was ignored when deriving presence. */
  problems: PresenceProblem[];
  /** The movements of one item that presenceProblems lists. */
  problemsOfItem(itemIndex: number): PresenceProblem[];
}

/** The presence between two movements. Never changed once made; its snapshot is built when first asked for. */
class Version {
  private presence: PresenceState | null = null;

  constructor(
    readonly seatOrder: Member[],
    readonly states: StateMap,
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
      const states = new Map<string, MemberState>(version.states);
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
    const { start, replays } = this.replay(meeting);
    const last = replays.at(-1)?.end ?? start;
    const versionAt = (position: TimelinePosition): Version => {
      if (position.itemIndex < 0) return start;
      const before = replays[position.itemIndex]?.before;
      if (!before) return last;
      return before[Math.min(Math.max(position.entryIndex, 0), before.length - 1)] as Version;
    };
    return {
      at: (position) => snapshotOf(versionAt(position).state, position),
      end: () => snapshotOf(last.state, endPosition(meeting)),
      problems: replays.flatMap((replayed) => replayed.problems.map((found) => found.problem)),
      problemsOfItem: (itemIndex) => replays[itemIndex]?.problems.map((found) => found.problem) ?? [],
    };
  }

  /** The replay of every item, in order, from the roll call's presence. */
  private replay(meeting: Meeting): { start: Version; replays: ItemReplay[] } {
    const start = this.start(meeting);
    let version = start;
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
    return { start, replays };
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

/** Who is there just before the entry at `position`: see PresenceTimeline.at. */
export function presenceAt(meeting: Meeting, position: TimelinePosition): PresenceSnapshot {
  return presenceTimeline(meeting).at(position);
}

export function presenceAtEnd(meeting: Meeting): PresenceSnapshot {
  return presenceTimeline(meeting).end();
}

/** Movements that contradict the state they apply to; each was ignored when deriving presence. */
export function presenceProblems(meeting: Meeting): PresenceProblem[] {
  return presenceTimeline(meeting).problems;
}

/** For the attendance table: 'sì' if ever in the room, else 'sì da remoto' if ever remote, else 'no'. In seat order. */
export function attendanceSummary(meeting: Meeting): Map<string, AttendanceMark> {
  const timeline = presenceTimeline(meeting);
  const inRoom = new Set<string>();
  const remote = new Set<string>();
  const positions = [{ itemIndex: 0, entryIndex: 0 }, ...meeting.items.flatMap((item, itemIndex) => item.entries.map((_, entryIndex) => ({ itemIndex, entryIndex: entryIndex + 1 })))];
  // Snapshots between two movements share their member list: each list is read once.
  const seen = new Set<readonly MemberPresence[]>();
  for (const position of positions) {
    const { members } = timeline.at(position);
    if (seen.has(members)) continue;
    seen.add(members);
    for (const member of members) {
      if (member.presence === 'room') inRoom.add(member.memberId);
      if (member.presence === 'remote') remote.add(member.memberId);
    }
  }
  const summary = new Map<string, AttendanceMark>();
  for (const member of membersInSeatOrder(meeting)) {
    summary.set(member.id, inRoom.has(member.id) ? 'sì' : remote.has(member.id) ? 'sì da remoto' : 'no');
  }
  return summary;
}
