import type { Gender, MovementKind, Representative } from '../model';
import { formatTime } from './format';
import { memberPersonReference } from './people';

export interface MovementPhrasingInput {
  movement: MovementKind;
  time: string;
  /** For arrivals and returns: in the room or remotely. */
  mode: 'room' | 'remote';
  /** "per conflitto di interessi"; may be empty. */
  reason: string;
  /** Who moves. */
  representative: Pick<Representative, 'role' | 'name' | 'gender'>;
  member: { entity: string; entityGender: Gender };
}

/**
 * One line of the narrative:
 * "Arriva alle ore 17:51 il consigliere del Comune di Borgo Alto, Marta Rossi."
 * "Alle ore 18:40 lascia la seduta il Sindaco del Comune di Ponte Nuovo, Luca Bianchi."
 */
export function movementSentence(input: MovementPhrasingInput): string {
  const who = memberPersonReference(input.representative, input.member);
  const time = formatTime(input.time);
  const reason = input.reason.trim().replace(/\.+$/, '').replace(/^\((.*)\)$/, '$1').trim();
  const why = reason ? ` (${reason})` : '';
  switch (input.movement) {
    case 'arrival':
      return input.mode === 'remote'
        ? `Alle ore ${time} si collega da remoto ${who}${why}.`
        : `Arriva alle ore ${time} ${who}${why}.`;
    case 'departure':
      return `Alle ore ${time} lascia la seduta ${who}${why}.`;
    case 'temporaryExit':
      return `Alle ore ${time} esce temporaneamente dalla seduta ${who}${why}.`;
    case 'return':
      return input.mode === 'remote'
        ? `Alle ore ${time} rientra in seduta, in collegamento da remoto, ${who}${why}.`
        : `Alle ore ${time} rientra in seduta ${who}${why}.`;
  }
}
