import type { Gender, MovementKind, Representative } from '../model';
import { STANDARD_STYLE, sentence, type SentenceKind, type VerbaleStyle } from '../style';
import { ofEntity, withArticle } from './articles';
import { formatTime } from './format';
import { memberPersonReference } from './people';

export interface MovementPhrasingInput {
  movement: MovementKind;
  time: string;
  /** In the room or remotely: where an arrival or return comes, where a departure or exit leaves from. */
  mode: 'room' | 'remote';
  /** "per conflitto di interessi"; may be empty. */
  reason: string;
  /** Who moves. */
  representative: Pick<Representative, 'role' | 'name' | 'gender'> & { honorific?: string };
  member: { entity: string; entityGender: Gender };
}

const KIND: Record<MovementKind, Record<'room' | 'remote', SentenceKind>> = {
  arrival: { room: 'movementArrivalRoom', remote: 'movementArrivalRemote' },
  departure: { room: 'movementDeparture', remote: 'movementDepartureRemote' },
  temporaryExit: { room: 'movementTemporaryExit', remote: 'movementTemporaryExitRemote' },
  return: { room: 'movementReturnRoom', remote: 'movementReturnRemote' },
};

/**
 * One line of the narrative:
 * "Arriva alle ore 17:51 il consigliere del Comune di Borgo Alto, Marta Rossi."
 * "Alle ore 18:40 lascia la seduta il Sindaco del Comune di Ponte Nuovo, Luca Bianchi."
 */
export function movementSentence(input: MovementPhrasingInput, style: VerbaleStyle = STANDARD_STYLE): string {
  const { representative, member } = input;
  return sentence(style, KIND[input.movement][input.mode], {
    ora: formatTime(input.time),
    chi: memberPersonReference(representative, member),
    ruolo_articolo: withArticle(representative.role, representative.gender),
    ruolo: representative.role,
    ente: member.entity,
    dell_ente: ofEntity(member.entity, member.entityGender),
    titolo: representative.honorific ?? '',
    nome: representative.name,
    motivo: input.reason.trim().replace(/\.+$/, '').replace(/^\((.*)\)$/, '$1').trim(),
  });
}
