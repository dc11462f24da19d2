import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MeetingView } from '../../../../shared/api/contract';
import type { Decision, Meeting } from '../../../../shared/model';
import { OUTCOME_LABEL, abstainedCount, againstCount, formatDateWords, formatPercent, plural } from '../../../../shared/phrasing';
import { checkMeeting, voteCounts, type DecisionCheck, type MeetingCheck } from '../../../../shared/rules';
import { InvalidInputError } from '../../services/invalid-input';
import { splitFlags, type CliIo, type Command } from '../command';
import { readMeetingFile } from '../read-meeting-file';
import { reportApiError } from '../report-error';

function decisionAt(meeting: Meeting, check: DecisionCheck): Decision {
  return meeting.items[check.itemIndex]?.entries[check.entryIndex] as Decision;
}

function talliesText(decision: Decision): string {
  if (decision.kind === 'noted' || decision.kind === 'noVote') return 'nessun voto';
  const { favourable, against, abstained, notVoting } = voteCounts(decision);
  const counts = [
    plural(favourable, 'favorevole', 'favorevoli'),
    againstCount(against),
    abstainedCount(abstained),
    plural(notVoting, 'non votante', 'non votanti'),
  ].join(', ');
  return decision.unanimous ? `unanimità (${counts})` : counts;
}

function printHuman(io: CliIo, meeting: Meeting, check: MeetingCheck): void {
  io.out(`${meeting.body.name}`);
  io.out(`Seduta del ${formatDateWords(meeting.date)}, revisione ${meeting.revision} (id ${meeting.id})`);
  let lastItem = -1;
  for (const decisionCheck of check.decisions) {
    const decision = decisionAt(meeting, decisionCheck);
    if (decisionCheck.itemIndex !== lastItem) {
      lastItem = decisionCheck.itemIndex;
      io.out('');
      io.out(`Punto ${lastItem + 1}. ${meeting.items[lastItem]?.title ?? ''}`);
    }
    const { presence, quorum, problems, outcome } = decisionCheck;
    io.out(`  Decisione: «${decision.subject}»`);
    io.out(`    Presenti: ${presence.presentIds.length} su ${presence.members.length} (${presence.inRoom} in sala, ${presence.remote} da remoto)`);
    const population = `popolazione ${formatPercent(quorum.populationPercent)}`;
    io.out(`    Numero legale: ${quorum.holds ? 'sì' : 'NO'} (${quorum.ruleText}; ${population})${quorum.missing.length > 0 ? ` — ${quorum.missing.join(', ')}` : ''}`);
    io.out(`    Voti: ${talliesText(decision)} — ${problems.length === 0 ? 'tornano' : 'NON TORNANO'}`);
    for (const problem of problems) io.out(`      ! ${problem.message}`);
    const reckoning = outcome.reckonings.map((r) => r.text).join('; ');
    io.out(`    Esito: ${OUTCOME_LABEL[outcome.outcome].toLocaleLowerCase('it-IT')}${reckoning ? ` (${reckoning})` : ''}`);
  }
  // Problems already printed under their decision; anything else (immediata eseguibilità, times, roll call) below.
  const printed = (problem: MeetingCheck['problems'][number]) =>
    check.decisions.some((d) => d.decisionId === problem.entryId && d.problems.some((p) => p.code === problem.code));
  const general = check.problems.filter((problem) => !printed(problem));
  io.out('');
  if (general.length > 0) {
    io.out('Altri problemi:');
    for (const problem of general) io.out(`  ! ${problem.message}`);
  }
  io.out(check.ok ? 'Verifica superata: nessun problema.' : `Verifica NON superata: ${check.problems.length} ${check.problems.length === 1 ? 'problema' : 'problemi'}.`);
}

function asJson(meeting: Meeting, check: MeetingCheck): unknown {
  return {
    meetingId: meeting.id,
    revision: meeting.revision,
    ok: check.ok,
    decisions: check.decisions.map((decisionCheck) => {
      const decision = decisionAt(meeting, decisionCheck);
      return {
        itemIndex: decisionCheck.itemIndex,
        entryIndex: decisionCheck.entryIndex,
        decisionId: decisionCheck.decisionId,
        subject: decision.subject,
        present: decisionCheck.presence.presentIds.length,
        members: decisionCheck.presence.members.length,
        inRoom: decisionCheck.presence.inRoom,
        remote: decisionCheck.presence.remote,
        quorum: { holds: decisionCheck.quorum.holds, rule: decisionCheck.quorum.ruleText, missing: decisionCheck.quorum.missing },
        tallyOk: decisionCheck.problems.length === 0,
        problems: decisionCheck.problems,
        outcome: decisionCheck.outcome.outcome,
      };
    }),
    problems: check.problems,
  };
}

function isFile(target: string): boolean {
  return existsSync(target) && statSync(target).isFile();
}

export const checkCommand: Command = {
  name: 'check',
  usage: 'verbalizza check <file-seduta.json | id-seduta> [--json]',
  summary: 'per ogni decisione: presenti, numero legale, voti e esito; esce con 1 se qualcosa non va',
  async run(args, { io, openArchive }) {
    const { positional, flags } = splitFlags(args);
    const [target] = positional;
    if (!target || positional.length > 1) {
      io.err(`Uso: ${this.usage}`);
      return 2;
    }
    let meeting: Meeting;
    let check: MeetingCheck;
    if (isFile(target)) {
      try {
        meeting = readMeetingFile(resolve(target)).meeting;
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        reportApiError(io, { kind: 'validation', message: error.message, issues: error.issues });
        return 1;
      }
      check = checkMeeting(meeting);
    } else {
      const backend = openArchive();
      try {
        const response = await backend.dispatch('meetings.get', { meetingId: target });
        if (!response.ok) {
          reportApiError(io, response.error);
          return 1;
        }
        ({ meeting } = response.result as MeetingView);
        // The view's check leaves out the presence of each decision, which this report prints.
        const checked = await backend.dispatch('meetings.check', { meetingId: target });
        if (!checked.ok) {
          reportApiError(io, checked.error);
          return 1;
        }
        check = checked.result as MeetingCheck;
      } finally {
        backend.close();
      }
    }
    if (flags.has('json')) io.out(JSON.stringify(asJson(meeting, check), null, 2));
    else printHuman(io, meeting, check);
    return check.ok ? 0 : 1;
  },
};
