import type { Meeting, Member, TimelinePosition } from '../../shared/model';

export type NamedList = 'against' | 'abstained' | 'notVoting';

const LIST_NAME: Record<NamedList, string> = { against: 'i contrari', abstained: 'gli astenuti', notVoting: 'i presenti non votanti' };

/**
 * Why a member cannot be named in a list of the vote: already in another list, or not present at that moment (with the
 * time of the movement that explains it, so she sees at once whether the vote or the movement is in the wrong place).
 */
export function whyNotNamed(meeting: Meeting, position: TimelinePosition, member: Member, lists: Record<NamedList, readonly string[]>): string {
  for (const list of Object.keys(LIST_NAME) as NamedList[]) {
    if (lists[list].includes(member.id)) return `${member.entity} è già tra ${LIST_NAME[list]}.`;
  }
  const absent = `${member.entity} non è presente in questo momento`;
  const o = member.entityGender === 'f' ? 'a' : 'o';
  let lastLeft: string | null = null;
  for (const [itemIndex, item] of meeting.items.entries()) {
    for (const [entryIndex, entry] of item.entries.entries()) {
      if (entry.type !== 'movement' || entry.memberId !== member.id) continue;
      const before = itemIndex < position.itemIndex || (itemIndex === position.itemIndex && entryIndex < position.entryIndex);
      const comes = entry.movement === 'arrival' || entry.movement === 'return';
      if (before && !comes) lastLeft = entry.time;
      if (before && comes) lastLeft = null;
      if (!before && comes) return `${absent}: ${entry.movement === 'arrival' ? 'arriva' : 'rientra'} alle ${entry.time}${lastLeft ? ` (uscit${o} alle ${lastLeft})` : ''}.`;
    }
  }
  if (lastLeft) return `${absent}: è uscit${o} alle ${lastLeft}.`;
  return `${absent}: assente all'appello e non ancora arrivat${o}.`;
}
