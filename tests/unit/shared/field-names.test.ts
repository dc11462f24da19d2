import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { FIELD_NAMES, MESSAGE_LABELS, fieldName, issueLine } from '../../../shared/api/field-names';
import { MeetingFileSchema } from '../../../shared/meeting-file';
import { BodySchema, MeetingSchema } from '../../../shared/model';
import { StyleFileSchema } from '../../../shared/style/file';

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; [key: string]: unknown };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** What a walk of every schema a refusal's path can come from finds: each object key, and each text. */
interface Found {
  /** key → one place it is at, for the failure message. */
  keys: Map<string, string>;
  /** Keys whose value is a list (through optional, default …). */
  listKeys: Map<string, string>;
  texts: Map<z.ZodType, string>;
}

/** The list under optional, nullable, default and the like. */
function unwrapped(schema: z.ZodType): Def {
  const def = defOf(schema);
  return ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type) ? unwrapped(def.innerType as z.ZodType) : def;
}

function walk(schema: z.ZodType, where: string, found: Found, seen: Set<z.ZodType>): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = defOf(schema);
  const inner = (next: unknown, at = where) => walk(next as z.ZodType, at, found, seen);
  switch (def.type) {
    case 'object':
      for (const [key, value] of Object.entries(def.shape ?? {})) {
        if (!found.keys.has(key)) found.keys.set(key, `${where}.${key}`);
        if (unwrapped(value).type === 'array' && !found.listKeys.has(key)) found.listKeys.set(key, `${where}.${key}`);
        inner(value, `${where}.${key}`);
      }
      break;
    case 'array':
      inner(def.element, `${where}.0`);
      break;
    case 'record':
      inner(def.valueType, `${where}.*`);
      break;
    case 'union':
      for (const option of def.options as unknown[]) inner(option);
      break;
    case 'pipe':
      inner(def.in);
      inner(def.out);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      inner(def.innerType);
      break;
    case 'lazy':
      inner((def.getter as () => unknown)());
      break;
    case 'string':
      found.texts.set(schema, where);
      break;
    default:
      break;
  }
}

function walkAll(): Found {
  const found: Found = { keys: new Map(), listKeys: new Map(), texts: new Map() };
  const seen = new Set<z.ZodType>();
  for (const [name, method] of Object.entries(contract)) walk(method.input as z.ZodType, name, found, seen);
  walk(BodySchema, 'body', found, seen);
  walk(MeetingSchema, 'meeting', found, seen);
  walk(MeetingFileSchema, 'file di seduta', found, seen);
  walk(StyleFileSchema, 'file di stile', found, seen);
  return found;
}

describe('every field a refusal can name has an Italian name', () => {
  const found = walkAll();

  it('walks the whole contract and model (not an empty walk that proves nothing)', () => {
    expect(found.keys.size).toBeGreaterThan(150);
    for (const key of ['procedure', 'organisationIds', 'representatives', 'entries', 'observationDays', 'templates']) expect(found.keys.has(key)).toBe(true);
  });

  it('names every object key of the contract inputs, the body, the meeting and the meeting and style files', () => {
    const unnamed = [...found.keys].filter(([key]) => FIELD_NAMES[key] === undefined).map(([key, where]) => `«${key}» (in ${where})`);
    expect(unnamed, `chiavi senza nome italiano in shared/api/field-names.ts: ${unnamed.join(', ')}`).toEqual([]);
  });

  it('gives every list the name of one element, so an index reads «n. k» after it', () => {
    const withoutElement = [...found.listKeys].filter(([key]) => !Array.isArray(FIELD_NAMES[key])).map(([key, where]) => `«${key}» (in ${where})`);
    expect(withoutElement, `liste senza il nome di un elemento: ${withoutElement.join(', ')}`).toEqual([]);
  });

  it("knows the model's own name at the head of every text's messages, so a line never says the field twice", () => {
    const labels = new Map<string, string>();
    for (const [schema, where] of found.texts) {
      const result = schema.safeParse('\u0001');
      const message = result.success ? '' : (result.error.issues[0]?.message ?? '');
      const label = /^(.+): carattere non ammesso U\+0001/.exec(message)?.[1];
      if (label) labels.set(label, where);
    }
    expect(labels.size).toBeGreaterThan(30);
    const unknown = [...labels].filter(([label]) => !MESSAGE_LABELS.has(label)).map(([label, where]) => `«${label}» (in ${where})`);
    expect(unknown, `nomi del modello assenti da MESSAGE_LABELS: ${unknown.join(', ')}`).toEqual([]);
  });
});

describe('a refusal reads with its field in Italian', () => {
  const line = (path: string, message: string) => issueLine({ path, message });

  it('names a field by where it is, lists by their element and number from 1', () => {
    expect(fieldName('profile.tavolo.procedure.date')).toBe('Avviso, data');
    expect(fieldName('tavolo.organisations.2.representatives.0.name')).toBe('Organizzazione n. 3, rappresentante n. 1, nome');
    expect(fieldName('items.3.entries.2.text')).toBe('Punto 4, voce 3, testo');
    expect(fieldName('body.members.1.population')).toBe('Componente n. 2, popolazione');
    expect(fieldName('entry.organisationIds.0')).toBe('Organizzazione n. 1');
    expect(fieldName('style.templates.itemHeading')).toBe('Stile, titolo del punto');
    expect(fieldName('columns.entity')).toBe('Colonna «Ente»');
    expect(fieldName('')).toBe('');
  });

  it('puts the field before a message that does not name it', () => {
    expect(line('profile.tavolo.procedure.date', 'Data non valida: usare il formato AAAA-MM-GG')).toBe('Avviso, data: Data non valida: usare il formato AAAA-MM-GG');
    expect(line('meeting.body.members.1.populationDate', 'Data inesistente')).toBe('Componente n. 2, data della popolazione: Data inesistente');
    expect(line('session.attendance.0.mode', 'Opzione non valida')).toBe('Presenze, riga 1, modalità: Opzione non valida');
    expect(line('omissions.spans.1.start', "Punto 1, voce 2, testo dell'intervento: l'omissis 3–9 è fuori dal testo (5 caratteri)")).toBe(
      "Omissis n. 2, inizio: Punto 1, voce 2, testo dell'intervento: l'omissis 3–9 è fuori dal testo (5 caratteri)",
    );
    expect(line('omissions.entryIds.0', 'Omissis: la voce «e9» non è in questa seduta')).toBe('Voce omessa n. 1: Omissis: la voce «e9» non è in questa seduta');
  });

  it("replaces the model's own name at the head of a message with the field's, never saying it twice", () => {
    expect(line('profile.tavolo.procedure.title', "Titolo dell'avviso: massimo 300 caratteri")).toBe('Avviso, titolo: massimo 300 caratteri');
    expect(line('profile.tavolo.organisations.2.representatives.0.name', 'Nome del rappresentante: campo obbligatorio')).toBe(
      'Organizzazione n. 3, rappresentante n. 1, nome: campo obbligatorio',
    );
    expect(line('meeting.items.3.entries.2.text', "Testo dell'intervento: massimo 50000 caratteri")).toBe('Punto 4, voce 3, testo: massimo 50000 caratteri');
    expect(line('members.1.population', 'Popolazione: numero intero')).toBe('Componente n. 2, popolazione: numero intero');
  });

  it("keeps the model's name when the path says no more, and a message that already says where", () => {
    expect(line('entry.text', 'Testo del contributo: massimo 50000 caratteri')).toBe('Testo del contributo: massimo 50000 caratteri');
    expect(line('header.date', 'Data non valida: usare il formato AAAA-MM-GG')).toBe('Data non valida: usare il formato AAAA-MM-GG');
    expect(line('items.2.entries.1.immediateEffect', "Punto 3: l'immediata eseguibilità è una votazione, non una presa d'atto")).toBe(
      "Punto 3: l'immediata eseguibilità è una votazione, non una presa d'atto",
    );
    expect(line('style.templates.itemHeading', 'Titolo del punto, carattere 11: parentesi graffa aperta e non chiusa')).toBe(
      'Stile, titolo del punto, carattere 11: parentesi graffa aperta e non chiusa',
    );
    expect(line('meeting.items.1.entries.4.abstained', 'Astenuti: 2 nel conteggio ma 1 indicato per nome')).toBe('Punto 2, voce 5, astenuti: 2 nel conteggio ma 1 indicato per nome');
    expect(line('', 'JSON non valido')).toBe('JSON non valido');
  });

  it('reads an unknown key as it is rather than losing it', () => {
    expect(line('entry.colour', 'Chiave non ammessa')).toBe('Colour: Chiave non ammessa');
  });
});
