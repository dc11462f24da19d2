import { z } from 'zod';
import { MeetingSchema, type DeepReadonly } from './model';

/**
 * The versioned JSON format of one meeting with its body snapshot.
 * Version 2 is the one written. Version 1 (which stored the counts of contrari, astenuti and non votanti beside
 * their named lists) is still read, converted to version 2; a reader refuses versions it does not know.
 */
export const MEETING_FILE_FORMAT = 'verbalizza.meeting';
export const MEETING_FILE_VERSION = 2;
/** The largest meeting file any path reads (import over the API, CLI check, export-docx and import). */
export const MEETING_FILE_MAX_BYTES = 50_000_000;

const READABLE_VERSIONS = [1, MEETING_FILE_VERSION] as const;

const FormatSchema = z.literal(MEETING_FILE_FORMAT, { error: 'Non è un file di seduta di Verbalizza' });
const unsupportedVersion = `Versione del file non supportata: questa versione legge la ${READABLE_VERSIONS.join(' e la ')}`;

const ExportedAtSchema = z
  .string()
  .max(40, 'Data di esportazione non valida: troppo lunga')
  .pipe(z.iso.datetime({ offset: true, error: 'Data di esportazione non valida: attesa data e ora ISO (es. 2025-03-06T09:00:00.000Z)' }));

/** The file as written: version 2. Its JSON Schema is docs/meeting-file.schema.json (`npm run schema`). */
export const MeetingFileV2Schema = z.object({
  format: FormatSchema,
  version: z.literal(MEETING_FILE_VERSION, { error: unsupportedVersion }),
  exportedAt: ExportedAtSchema,
  meeting: MeetingSchema,
});

export type MeetingFile = DeepReadonly<z.infer<typeof MeetingFileV2Schema>>;

/** Version 1's counts, each beside the named list it must equal. */
const VERSION_1_COUNTS = [
  { count: 'against', list: 'againstMemberIds', label: 'Contrari' },
  { count: 'abstained', list: 'abstainedMemberIds', label: 'Astenuti' },
  { count: 'notVoting', list: 'notVotingMemberIds', label: 'Non votanti' },
] as const;

type Issue = { path: (string | number)[]; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A version-1 decision without its counts, or the counts that disagree with their lists. */
function decisionFromVersion1(entry: Record<string, unknown>, path: (string | number)[]): { entry: Record<string, unknown>; issues: Issue[] } {
  const issues: Issue[] = [];
  for (const { count, list, label } of VERSION_1_COUNTS) {
    const declared = entry[count] ?? 0;
    const names = entry[list];
    const named = Array.isArray(names) ? names.length : 0;
    if (declared !== named) {
      issues.push({
        path: [...path, count],
        message:
          `${label}: ${JSON.stringify(declared)} nel conteggio ma ${named} ${named === 1 ? 'indicato' : 'indicati'} per nome ` +
          '(nel file in versione 1 il conteggio deve essere pari ai componenti indicati per nome)',
      });
    }
  }
  const counts = new Set<string>(VERSION_1_COUNTS.map(({ count }) => count));
  return { entry: Object.fromEntries(Object.entries(entry).filter(([key]) => !counts.has(key))), issues };
}

/** A version-1 meeting as version 2: every decision's counts checked against its named lists, then dropped. */
function meetingFromVersion1(meeting: unknown): { meeting: unknown; issues: Issue[] } {
  if (!isRecord(meeting) || !Array.isArray(meeting.items)) return { meeting, issues: [] };
  const issues: Issue[] = [];
  const items = meeting.items.map((item: unknown, itemIndex) => {
    if (!isRecord(item) || !Array.isArray(item.entries)) return item;
    const entries = item.entries.map((entry: unknown, entryIndex) => {
      if (!isRecord(entry) || entry.type !== 'decision') return entry;
      const converted = decisionFromVersion1(entry, ['meeting', 'items', itemIndex, 'entries', entryIndex]);
      issues.push(...converted.issues);
      return converted.entry;
    });
    return { ...item, entries };
  });
  return { meeting: { ...meeting, items }, issues };
}

/** What every reader accepts: version 2 as it is, version 1 converted to version 2 (or refused, saying where). */
export const MeetingFileSchema = z
  .looseObject({ format: FormatSchema, version: z.literal(READABLE_VERSIONS, { error: unsupportedVersion }) })
  .transform((file, context) => {
    if (file.version === MEETING_FILE_VERSION) return file;
    const { meeting, issues } = meetingFromVersion1(file.meeting);
    for (const issue of issues) context.addIssue({ code: 'custom', input: file, ...issue });
    return issues.length > 0 ? z.NEVER : { ...file, version: MEETING_FILE_VERSION, meeting };
  })
  .pipe(MeetingFileV2Schema);
