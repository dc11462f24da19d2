import type { Meeting } from '../../../shared/model';

/** JSON with the keys of every object sorted: two meetings are the same when their canonical forms are equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) => {
    if (nested === null || typeof nested !== 'object' || Array.isArray(nested)) return nested;
    return Object.fromEntries(Object.entries(nested).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

const FIELD_NAMES: Record<keyof Meeting, string> = {
  id: 'identificativo',
  revision: 'revisione',
  status: 'stato',
  body: "dati dell'organo",
  date: 'data',
  startTime: 'ora di inizio',
  endTime: 'ora di chiusura',
  modality: 'modalità',
  place: 'luogo',
  convocation: 'convocazione',
  president: 'presidente',
  minuteTaker: 'verbalizzante',
  items: 'ordine del giorno',
  rollCall: 'appello',
  participantAttendance: 'presenze dei partecipanti',
  guests: 'ospiti',
  currentItemId: 'punto corrente',
  omissions: 'omissis della copia pubblica',
  tavoloSession: 'presenze e prossimo incontro del tavolo',
};

function itemDifferences(stored: Meeting['items'], incoming: Meeting['items']): string[] {
  const found: string[] = [];
  if (stored.length !== incoming.length) found.push(`numero dei punti (${stored.length} in archivio, ${incoming.length} nel file)`);
  for (let index = 0; index < Math.min(stored.length, incoming.length); index += 1) {
    const item = incoming[index] as Meeting['items'][number];
    if (canonicalJson(stored[index]) !== canonicalJson(item)) found.push(`punto ${index + 1} («${item.title}»)`);
  }
  return found;
}

/** What differs between a meeting in the archive and one in a file, in Italian: fields, then agenda items. Empty when identical. */
export function meetingDifferences(stored: Meeting, incoming: Meeting): string[] {
  const found: string[] = [];
  for (const field of Object.keys(FIELD_NAMES) as (keyof Meeting)[]) {
    if (canonicalJson(stored[field]) === canonicalJson(incoming[field])) continue;
    if (field === 'items') found.push(...itemDifferences(stored.items, incoming.items));
    else found.push(FIELD_NAMES[field]);
  }
  return found;
}
