import type { DraftSpeaker, RepresentativeSpeaker } from '../../shared/api/drafts';
import type { CommitmentOwner, Meeting } from '../../shared/model';
import { personName } from '../../shared/tavolo/entries';
import { fold, speakerKey, speakerOptions, type Searchable, type SpeakerOption } from './people';

/** Who the composer records: a speaker (a statement) or, at a tavolo, an organisation's representative (a contribution). */
export type ComposerSpeaker = DraftSpeaker;

export interface ComposerOption extends Omit<SpeakerOption, 'speaker'> {
  speaker: ComposerSpeaker;
}

/** One choice of the tavolo's type-ahead fields: an organisation, or whoever a commitment is on. */
export interface Choice<V> extends Searchable {
  detail: string;
  value: V;
}

const representativeKey = (organisationId: string, representativeId: string) => `representative:${organisationId}:${representativeId}`;

export const organisationKey = (organisationId: string) => `organisation:${organisationId}`;

export function composerKey(speaker: ComposerSpeaker): string {
  return speaker.kind === 'representative' ? representativeKey(speaker.organisationId, speaker.representativeId) : speakerKey(speaker);
}

const searchable = (key: string, name: string, words: string) => ({ key, name, offices: [], searchText: fold(`${name} ${words}`) });

/** Every organisation's representatives in the tavolo's order, found by their name, role or organisation. */
export function representativeChoices(meeting: Meeting): Choice<RepresentativeSpeaker>[] {
  return (meeting.body.tavolo?.organisations ?? []).flatMap((organisation) =>
    organisation.representatives.map((person) => ({
      ...searchable(representativeKey(organisation.id, person.id), personName(person), `${person.role} ${organisation.name}`),
      detail: [person.role, organisation.name].filter(Boolean).join(', '),
      value: { kind: 'representative', organisationId: organisation.id, representativeId: person.id } as const,
    })),
  );
}

function representativeOptions(meeting: Meeting): ComposerOption[] {
  return representativeChoices(meeting).map(({ value, ...option }) => ({ ...option, speaker: value }));
}

/** The composer's speakers: at a tavolo the representatives first, then whoever else may speak (outside a tavolo, just those). */
export function composerOptions(meeting: Meeting): ComposerOption[] {
  return [...representativeOptions(meeting), ...speakerOptions(meeting)];
}

/** Who spoke last, most recent first, each once: statements' speakers and contributions' representatives. */
export function recentComposerKeys(meeting: Meeting, limit = 5): string[] {
  const keys: string[] = [];
  for (let i = meeting.items.length - 1; i >= 0 && keys.length < limit; i--) {
    const entries = meeting.items[i]!.entries;
    for (let j = entries.length - 1; j >= 0 && keys.length < limit; j--) {
      const entry = entries[j]!;
      const key = entry.type === 'statement' ? speakerKey(entry.speaker) : entry.type === 'contribution' ? representativeKey(entry.organisationId, entry.representativeId) : null;
      if (key && !keys.includes(key)) keys.push(key);
    }
  }
  return keys;
}

/** The representatives marked present at this session: offered before those who are not here. */
export function attendingKeys(meeting: Meeting): string[] {
  return (meeting.tavoloSession?.attendance ?? []).map((line) => representativeKey(line.organisationId, line.representativeId));
}

/** The tavolo's organisations, found by their name or by a representative's. */
export function organisationChoices(meeting: Meeting): Choice<string>[] {
  return (meeting.body.tavolo?.organisations ?? []).map((organisation) => {
    const people = organisation.representatives.map(personName).join(', ');
    return { ...searchable(organisationKey(organisation.id), organisation.name, people), detail: people, value: organisation.id };
  });
}

/** Whom a commitment can be on: an organisation, or a person of the Ufficio di Piano. */
export function ownerChoices(meeting: Meeting): Choice<CommitmentOwner>[] {
  const organisations = organisationChoices(meeting).map((choice) => ({ ...choice, value: { kind: 'organisation', organisationId: choice.value } as const }));
  const staff = (meeting.body.tavolo?.staff ?? []).map((person) => ({
    ...searchable(`staff:${person.id}`, personName(person), `ufficio di piano ${person.function}`),
    detail: 'Ufficio di Piano',
    value: { kind: 'staff', staffId: person.id } as const,
  }));
  return [...organisations, ...staff];
}

export function ownerKey(owner: CommitmentOwner): string {
  return owner.kind === 'organisation' ? organisationKey(owner.organisationId) : `staff:${owner.staffId}`;
}
