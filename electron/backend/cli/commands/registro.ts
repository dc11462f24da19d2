import type { TavoloRegisterView } from '../../../../shared/api/contract';
import { CATEGORY_NAMES } from '../../../../shared/tavolo';
import { formatDateWords } from '../../../../shared/phrasing';
import { csvField } from '../../csv-field';
import { splitFlags, type Command } from '../command';
import { callOnBody } from './search';

const CSV_HEADERS = ['Organizzazione', 'Categoria', 'RUNTS', 'Adesione', 'Ruolo', 'Incontri frequentati', 'Incontri dalla adesione', 'Date degli incontri'];


function csvLines(register: TavoloRegisterView): string[] {
  const rows = register.rows.map((row) => [
    row.name,
    CATEGORY_NAMES[row.category],
    row.runts,
    row.joinedOn,
    row.roleChanged ? `${row.role} (deciso dall'Ufficio di Piano)` : row.role,
    String(row.sessionsAttended),
    String(row.sessionsSinceJoining),
    row.attendedOn.join(' '),
  ]);
  return [CSV_HEADERS, ...rows].map((fields) => fields.map(csvField).join(';'));
}

function textLines(register: TavoloRegisterView): string[] {
  return [
    `Registro delle organizzazioni — ${register.name}`,
    ...register.rows.map((row) => {
      const role = row.roleChanged ? `${row.role}, deciso dall'Ufficio di Piano` : row.role;
      return `${row.name} (${CATEGORY_NAMES[row.category]}${row.runts ? `, RUNTS ${row.runts}` : ''}): aderisce il ${formatDateWords(row.joinedOn)}, ruolo ${role}, ${row.sessionsAttended} ${row.sessionsAttended === 1 ? 'incontro' : 'incontri'} su ${row.sessionsSinceJoining}`;
    }),
  ];
}

export const registroCommand: Command = {
  name: 'registro',
  usage: 'verbalizza registro <tavolo> [--csv]',
  summary: "il registro delle organizzazioni di un tavolo (adesione, ruolo, incontri frequentati); <tavolo> è l'identificativo o una parte del nome",
  async run(args, { io, openArchive }) {
    const { positional, flags } = splitFlags(args);
    const csv = flags.delete('csv');
    const [wanted] = positional;
    if (!wanted || positional.length > 1 || flags.size > 0) {
      io.err(`Uso: ${this.usage}`);
      return 2;
    }
    const register = (await callOnBody({ io, openArchive }, wanted, 'tavoli.register', {})) as TavoloRegisterView | null;
    if (!register) return 1;
    for (const line of csv ? csvLines(register) : textLines(register)) io.out(line);
    return 0;
  },
};
