import { formatDateWords } from '../../../../shared/phrasing';
import type { MeetingSummary } from '../../../../shared/api/contract';
import { splitFlags, type Command } from '../command';

const STATUS_WORDS: Record<MeetingSummary['status'], string> = { draft: 'in preparazione', live: 'in corso', closed: 'chiusa' };

export const listCommand: Command = {
  name: 'list',
  usage: 'verbalizza list [--json]',
  summary: "elenca le sedute dell'archivio, dalla più recente",
  async run(args, { io, openArchive }) {
    const { flags } = splitFlags(args);
    const backend = openArchive();
    try {
      const response = await backend.dispatch('meetings.search', {});
      if (!response.ok) {
        io.err(response.error.message);
        return 1;
      }
      const meetings = response.result as MeetingSummary[];
      if (flags.has('json')) {
        io.out(JSON.stringify(meetings, null, 2));
        return 0;
      }
      if (meetings.length === 0) {
        io.out(`Nessuna seduta nell'archivio (${backend.dataDir}).`);
        return 0;
      }
      for (const meeting of meetings) {
        const revision = meeting.revision > 1 ? `, revisione ${meeting.revision}` : '';
        io.out(`${meeting.id}  ${formatDateWords(meeting.date)}  ${meeting.bodyName} (${STATUS_WORDS[meeting.status]}${revision})`);
      }
      io.out(`${meetings.length === 1 ? '1 seduta' : `${meetings.length} sedute`}.`);
      return 0;
    } finally {
      backend.close();
    }
  },
};
