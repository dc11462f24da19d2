import type { Meeting, Member, Speaker } from '../../shared/model';
import { membersInSeatOrder } from '../../shared/rules';

/** Lowercase, without accents: "Città" matches "citta". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export interface SpeakerOption {
  key: string;
  speaker: Speaker;
  name: string;
  detail: string;
  searchText: string;
}

export function speakerKey(speaker: Speaker): string {
  if (speaker.kind === 'member') return `member:${speaker.memberId}`;
  if (speaker.kind === 'participant') return `participant:${speaker.participantId}`;
  return 'minuteTaker';
}

/** Everyone who can speak: members' representatives (as seated at this meeting), participants, guests, the minute-taker. */
export function speakerOptions(meeting: Meeting): SpeakerOption[] {
  const options: SpeakerOption[] = [];
  const rollCall = new Map(meeting.rollCall.map((r) => [r.memberId, r]));
  for (const m of membersInSeatOrder(meeting)) {
    const rep = rollCall.get(m.id)?.representative ?? m.representative;
    options.push({
      key: `member:${m.id}`,
      speaker: { kind: 'member', memberId: m.id },
      name: rep.name,
      detail: `${rep.role}, ${m.entity} (n. ${m.seat})`,
      searchText: fold(`${rep.name} ${m.entity} ${m.seat}`),
    });
  }
  for (const p of [...meeting.body.participants, ...meeting.guests]) {
    const isGuest = meeting.guests.includes(p);
    options.push({
      key: `participant:${p.id}`,
      speaker: { kind: 'participant', participantId: p.id },
      name: [p.honorific, p.name].filter(Boolean).join(' '),
      detail: [p.role, p.organisation, isGuest ? 'ospite' : ''].filter(Boolean).join(', '),
      searchText: fold(`${p.honorific} ${p.name} ${p.role} ${p.organisation}`),
    });
  }
  options.push({
    key: 'minuteTaker',
    speaker: { kind: 'minuteTaker' },
    name: meeting.minuteTaker.name,
    detail: 'Verbalizzante',
    searchText: fold(`${meeting.minuteTaker.name} verbalizzante`),
  });
  return options;
}

export function filterSpeakers(options: SpeakerOption[], query: string, limit = 8): SpeakerOption[] {
  const q = fold(query.trim());
  if (!q) return options.slice(0, limit);
  const words = q.split(/\s+/);
  const matches = options.filter((o) => words.every((w) => o.searchText.includes(w)));
  // Names that start with the query first.
  matches.sort((a, b) => Number(!fold(a.name).startsWith(q)) - Number(!fold(b.name).startsWith(q)));
  return matches.slice(0, limit);
}

/**
 * Picks a member from what was typed: an exact seat number first, then a unique or first
 * match on entity or representative name.
 */
export function pickMember(candidates: Member[], query: string): Member | undefined {
  const q = fold(query.trim());
  if (!q) return undefined;
  if (/^\d+$/.test(q)) return candidates.find((m) => m.seat === Number(q));
  return candidates.find((m) => fold(`${m.entity} ${m.representative.name}`).includes(q));
}

export function matchMembers(candidates: Member[], query: string, limit = 6): Member[] {
  const q = fold(query.trim());
  if (!q) return candidates.slice(0, limit);
  if (/^\d+$/.test(q)) return candidates.filter((m) => String(m.seat).startsWith(q)).slice(0, limit);
  return candidates.filter((m) => fold(`${m.entity} ${m.representative.name}`).includes(q)).slice(0, limit);
}

export function memberById(meeting: Meeting): Map<string, Member> {
  return new Map(meeting.body.members.map((m) => [m.id, m]));
}
