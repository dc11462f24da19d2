import type { Meeting, Member, Presence } from '../../shared/model';
import { pickMember } from './people';

/** What the meeting offers: an online meeting has no «In aula», an in-person one no «Da remoto» (nor a body that allows none). */
export function presenceChoices(meeting: Meeting): Presence[] {
  const remote = meeting.body.rules.remoteAllowed && meeting.modality !== 'presence';
  if (meeting.modality === 'online') return remote ? ['remote', 'absent'] : ['absent'];
  return remote ? ['room', 'remote', 'absent'] : ['room', 'absent'];
}

/** How someone present is present by default: remote in an online meeting, in the room otherwise. */
export function defaultPresence(meeting: Meeting): 'room' | 'remote' {
  return meeting.modality === 'online' ? 'remote' : 'room';
}

/** The keys of the roll call, after a seat number or a name (or in the empty field: everyone). */
export const ROLL_CALL_KEYS: Record<string, Presence> = { '+': 'room', '*': 'remote', '-': 'absent' };

/** The mark a key gives, or null when the key is no mark or the meeting does not offer it. Enter marks present. */
export function presenceForKey(meeting: Meeting, key: string): Presence | null {
  const presence = key === 'Enter' ? defaultPresence(meeting) : ROLL_CALL_KEYS[key];
  return presence && presenceChoices(meeting).includes(presence) ? presence : null;
}

/**
 * The members named by what was typed: seat numbers (separated by spaces or commas, or run together
 * when the run is no seat: «3579» is 3, 5, 7, 9 and «24» is 2, 4 in a body of 19, the longest seat first;
 * who is named shows under the field before the key is pressed), or one member by entity or name.
 */
export function membersForQuery(members: readonly Member[], query: string): Member[] {
  const text = query.trim();
  if (!text) return [];
  if (!/^[\d\s,;]+$/.test(text)) {
    const member = pickMember(members, text);
    return member ? [member] : [];
  }
  const bySeat = new Map(members.map((m) => [String(m.seat), m]));
  const longest = Math.max(...[...bySeat.keys()].map((seat) => seat.length));
  const found: Member[] = [];
  for (const run of text.split(/[\s,;]+/).filter(Boolean)) {
    const seat = bySeat.get(String(Number(run)));
    if (seat) {
      found.push(seat);
      continue;
    }
    let rest = run;
    while (rest) {
      let size = Math.min(longest, rest.length);
      while (size > 0 && !bySeat.has(rest.slice(0, size))) size--;
      if (size === 0) return [];
      found.push(bySeat.get(rest.slice(0, size))!);
      rest = rest.slice(size);
    }
  }
  return [...new Set(found)];
}

/** Who the typed text names, shown under the field before the key is pressed. */
export function describeQuery(members: readonly Member[], query: string): string {
  const found = membersForQuery(members, query);
  if (!query.trim()) return '';
  if (found.length === 0) return `Nessun componente per «${query.trim()}»`;
  return found.map((m) => `${m.seat}. ${m.entity}`).join(', ');
}
