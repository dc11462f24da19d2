import {
  DecisionSchema,
  MeetingSchema,
  type BodyRules,
  type Decision,
  type Meeting,
  type MajorityRule,
  type Presence,
  type QuorumThreshold,
  type TimelineEntry,
} from '../../../../shared/model';

/** Small meetings built through the real schemas (so defaults are the app's defaults). */

export const memberId = (index: number) => `m${String(index + 1).padStart(2, '0')}`;

export interface MeetingOptions {
  /** One population per member; the member count is its length. */
  populations?: number[];
  /** Member count when populations are not given (each with population 1000). */
  count?: number;
  /** Presence at the roll call by member id; members not listed are in the room unless `defaultPresence` says otherwise. */
  roll?: Record<string, Presence>;
  defaultPresence?: Presence;
  /** Leave these members out of the roll call altogether. */
  notCalled?: string[];
  firstCall?: QuorumThreshold;
  secondCall?: QuorumThreshold;
  remoteCounts?: boolean;
  majority?: Partial<MajorityRule>;
  votes?: boolean;
  convocation?: 'first' | 'second';
  /** Entries per agenda item (raw objects: schema defaults apply). */
  items?: Array<Array<Record<string, unknown>>>;
}

export function makeMeeting(options: MeetingOptions = {}): Meeting {
  const populations = options.populations ?? Array.from({ length: options.count ?? 5 }, () => 1000);
  const members = populations.map((population, index) => ({
    id: memberId(index),
    seat: index + 1,
    entity: `Comune di Prova ${index + 1}`,
    population,
    populationDate: '2025-01-01',
    representative: { name: `Sindaco ${index + 1}`, role: 'Sindaco', gender: 'm' },
  }));
  const rules: BodyRules = {
    quorum: {
      firstCall: options.firstCall ?? { heads: { kind: 'halfPlusOne' }, population: { kind: 'none' } },
      secondCall: options.secondCall ?? { heads: { kind: 'fraction', numerator: 1, denominator: 3 }, population: { kind: 'none' } },
      remoteCounts: options.remoteCounts ?? true,
      recordInMinutes: true,
    },
    majority: { majority: { kind: 'simple' }, base: 'voting', abstentionsInBase: false, weighting: 'heads', ...options.majority },
    votes: options.votes ?? true,
    remoteAllowed: true,
  };
  const officer = { name: 'Presidente di prova', role: 'Presidente', gender: 'm', memberId: null };
  const notCalled = new Set(options.notCalled ?? []);
  return MeetingSchema.parse({
    id: 'test-meeting',
    revision: 1,
    status: 'live',
    body: {
      id: 'test-body',
      name: 'Assemblea di prova',
      gender: 'f',
      kind: 'assemblea',
      president: officer,
      minuteTaker: { ...officer, name: 'Verbalizzante di prova', role: 'Verbalizzante' },
      rules,
      members,
      participants: [{ id: 'p01', name: 'Partecipante di prova', gender: 'f' }],
    },
    date: '2025-03-05',
    startTime: '17:30',
    modality: 'mixed',
    convocation: options.convocation ?? 'first',
    president: officer,
    minuteTaker: officer,
    items: (options.items ?? [[]]).map((entries, index) => ({ id: `i${index + 1}`, title: `Punto ${index + 1}`, entries })),
    rollCall: members
      .filter((member) => !notCalled.has(member.id))
      .map((member) => ({
        memberId: member.id,
        presence: options.roll?.[member.id] ?? options.defaultPresence ?? 'room',
        representative: member.representative,
      })),
    participantAttendance: [{ participantId: 'p01', present: true }],
  });
}

let counter = 0;
const nextId = (prefix: string) => `${prefix}${++counter}`;

export function movement(
  memberIdValue: string,
  kind: 'arrival' | 'departure' | 'temporaryExit' | 'return',
  time: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { id: nextId('mv'), type: 'movement', memberId: memberIdValue, movement: kind, time, ...extra };
}

export function vote(fields: Partial<Omit<Decision, 'id' | 'type'>> = {}): Record<string, unknown> {
  return { id: nextId('d'), type: 'decision', kind: 'vote', subject: 'la proposta', ...fields };
}

export function statement(speaker: Record<string, unknown>): Record<string, unknown> {
  return { id: nextId('s'), type: 'statement', speaker, text: 'interviene.' };
}

/** The decision at (itemIndex, entryIndex), typed. */
export function decisionAt(meeting: Meeting, itemIndex: number, entryIndex: number): Decision {
  const entry: TimelineEntry | undefined = meeting.items[itemIndex]?.entries[entryIndex];
  if (!entry || entry.type !== 'decision') throw new Error(`No decision at ${itemIndex},${entryIndex}`);
  return entry;
}

/** A parsed decision without placing it in a meeting. */
export function decision(fields: Partial<Omit<Decision, 'id' | 'type'>> = {}): Decision {
  return DecisionSchema.parse(vote(fields));
}
