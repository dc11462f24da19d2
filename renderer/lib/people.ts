import type { Meeting, Member, Officer, Speaker } from '../../shared/model';
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
  /** The offices the person holds at this meeting, lowercase: "presidente", "verbalizzante". */
  offices: string[];
  searchText: string;
}

/** What the type-ahead reads of an option: the speakers' and the tavolo's pickers share it. */
export type Searchable = Pick<SpeakerOption, 'key' | 'name' | 'offices' | 'searchText'>;

export function speakerKey(speaker: Speaker): string {
  if (speaker.kind === 'member') return `member:${speaker.memberId}`;
  if (speaker.kind === 'participant') return `participant:${speaker.participantId}`;
  return 'minuteTaker';
}

/** A person's name without titles and accents, to tell that two entries are the same person: "Dott.ssa Chiara Lombardi" = "Chiara Lombardi". */
function personKey(name: string): string {
  return fold(name)
    .split(/\s+/)
    .filter((word) => word && !word.includes('.'))
    .join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Everyone who can speak, each person once: members' representatives (as seated at this meeting), participants, guests,
 * the minute-taker. The president or vice-president sitting for a member is that member's option, with the office;
 * the minute-taker who is also a participant is the minute-taker's option.
 */
export function speakerOptions(meeting: Meeting): SpeakerOption[] {
  const officers: [string, Officer | null][] = [
    ['presidente', meeting.president],
    ['vicepresidente', meeting.body.vicePresident],
  ];
  const officesOf = (name: string, memberId: string | null) =>
    officers.flatMap(([office, officer]) => (officer && ((memberId !== null && officer.memberId === memberId) || personKey(officer.name) === personKey(name)) ? [office] : []));
  const option = (key: string, speaker: Speaker, name: string, offices: string[], detail: string, searchable: string): SpeakerOption => ({
    key,
    speaker,
    name,
    offices,
    detail: [...offices.map(capitalise), detail].filter(Boolean).join(' · '),
    searchText: fold(`${name} ${offices.join(' ')} ${searchable}`),
  });

  const options: SpeakerOption[] = [];
  const seen = new Set<string>([personKey(meeting.minuteTaker.name)]);
  const rollCall = new Map(meeting.rollCall.map((r) => [r.memberId, r]));
  for (const m of membersInSeatOrder(meeting)) {
    const rep = rollCall.get(m.id)?.representative ?? m.representative;
    seen.add(personKey(rep.name));
    options.push(option(`member:${m.id}`, { kind: 'member', memberId: m.id }, rep.name, officesOf(rep.name, m.id), `${rep.role}, ${m.entity} (n. ${m.seat})`, `${rep.role} ${m.entity} ${m.seat}`));
  }
  const minuteTakerAlso: string[] = [];
  for (const p of [...meeting.body.participants, ...meeting.guests]) {
    const isGuest = meeting.guests.includes(p);
    if (seen.has(personKey(p.name))) {
      if (personKey(p.name) === personKey(meeting.minuteTaker.name)) minuteTakerAlso.push(p.role, p.organisation);
      continue;
    }
    seen.add(personKey(p.name));
    const name = [p.honorific, p.name].filter(Boolean).join(' ');
    const detail = [p.role, p.organisation, isGuest ? 'ospite' : ''].filter(Boolean).join(', ');
    options.push(option(`participant:${p.id}`, { kind: 'participant', participantId: p.id }, name, officesOf(p.name, null), detail, `${p.role} ${p.organisation}`));
  }
  const minuteTaker = meeting.minuteTaker;
  const minuteTakerDetail = [minuteTaker.role, ...minuteTakerAlso].filter(Boolean).join(', ');
  options.push(option('minuteTaker', { kind: 'minuteTaker' }, minuteTaker.name, ['verbalizzante'], minuteTakerDetail, minuteTakerDetail));
  return options;
}

/**
 * Every typed word must be in the option (name, office, role, entity, seat). Best first: an office that starts with
 * the query ("presidente" is the president before the vice-president), a name that does, any word that does, then
 * the recent speakers before the others.
 */
export function filterSpeakers<O extends Searchable>(options: O[], query: string, limit = 8, recent: string[] = []): O[] {
  const q = fold(query.trim());
  if (!q) return options.slice(0, limit);
  const words = q.split(/\s+/);
  const rank = (o: O) => {
    if (o.offices.some((office) => office.startsWith(q))) return 0;
    if (fold(o.name).startsWith(q)) return 1;
    return o.searchText.split(/\s+/).some((word) => word.startsWith(words[0]!)) ? 2 : 3;
  };
  const recency = (o: O) => {
    const index = recent.indexOf(o.key);
    return index < 0 ? recent.length : index;
  };
  const matches = options.filter((o) => words.every((w) => o.searchText.includes(w)));
  matches.sort((a, b) => rank(a) - rank(b) || recency(a) - recency(b));
  return matches.slice(0, limit);
}

/**
 * Picks a member from what was typed: an exact seat number first, then a unique or first
 * match on entity or representative name.
 */
export function pickMember(candidates: readonly Member[], query: string): Member | undefined {
  const q = fold(query.trim());
  if (!q) return undefined;
  if (/^\d+$/.test(q)) return candidates.find((m) => m.seat === Number(q));
  return candidates.find((m) => fold(`${m.entity} ${m.representative.name}`).includes(q));
}

export function matchMembers(candidates: readonly Member[], query: string, limit = 6): Member[] {
  const q = fold(query.trim());
  if (!q) return candidates.slice(0, limit);
  if (/^\d+$/.test(q)) return candidates.filter((m) => String(m.seat).startsWith(q)).slice(0, limit);
  return candidates.filter((m) => fold(`${m.entity} ${m.representative.name}`).includes(q)).slice(0, limit);
}

export function memberById(meeting: Meeting): Map<string, Member> {
  return new Map(meeting.body.members.map((m) => [m.id, m]));
}
