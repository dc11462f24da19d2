import type { MemberColumns, MemberField } from '../../../shared/api/members-import';
import { foldForSearch } from './collate';

/**
 * The words of a header that say which field it holds, tried in this order: the more specific first
 * («Genere ente» before «Genere», «Data popolazione» before «Popolazione», «N. delega» before «N.»).
 */
const GUESSES: [MemberField, (words: Set<string>) => boolean][] = [
  ['entityGender', (w) => hasAny(w, 'genere', 'sesso') && hasAny(w, 'ente', 'comune')],
  ['delegation', (w) => hasAny(w, 'delega', 'deleghe', 'protocollo')],
  ['populationDate', (w) => (hasAny(w, 'data', 'aggiornamento', 'rilevazione') && hasAny(w, 'popolazione', 'abitanti', 'residenti')) || onlyWord(w, 'data')],
  ['population', (w) => hasAny(w, 'popolazione', 'abitanti', 'residenti', 'pop')],
  ['seat', (w) => hasAny(w, 'n', 'nr', 'num', 'numero', 'ordine', 'seggio', 'progressivo', '#')],
  ['role', (w) => hasAny(w, 'ruolo', 'carica', 'qualifica', 'qualita')],
  ['gender', (w) => hasAny(w, 'genere', 'sesso', 'm/f')],
  ['name', (w) => hasAny(w, 'rappresentante', 'sindaco', 'sindaca', 'delegato', 'delegata', 'nome', 'nominativo', 'cognome', 'referente', 'componente')],
  ['entity', (w) => hasAny(w, 'ente', 'enti', 'comune', 'comuni', 'denominazione', 'amministrazione', 'municipio', 'unione')],
];

export function hasAny(words: Set<string>, ...candidates: string[]): boolean {
  return candidates.some((candidate) => words.has(candidate));
}

function onlyWord(words: Set<string>, word: string): boolean {
  return words.size === 1 && words.has(word);
}

function headerWords(header: string): Set<string> {
  const folded = foldForSearch(header).trim();
  return new Set([folded, ...folded.split(/[^a-z0-9#]+/).filter(Boolean)]);
}

/** Each field gets the first header that says it holds that field; each header goes to one field at most. */
export function guessMemberColumns(headers: string[]): MemberColumns {
  return guessColumns(headers, GUESSES);
}

/** The same guess for any list (members, a tavolo's organisations): the guesses tried in order. */
export function guessColumns<F extends string>(headers: string[], guesses: [F, (words: Set<string>) => boolean][]): Partial<Record<F, string>> {
  const columns: Partial<Record<F, string>> = {};
  const taken = new Set<number>();
  for (const [field, matches] of guesses) {
    const index = headers.findIndex((header, i) => !taken.has(i) && header.trim() !== '' && matches(headerWords(header)));
    if (index < 0) continue;
    columns[field] = headers[index];
    taken.add(index);
  }
  return columns;
}

/** A remembered mapping fits a file when every header it names is in the file. */
export function columnsFit(columns: MemberColumns, headers: string[]): boolean {
  const present = new Set(headers);
  const named = Object.values(columns);
  return named.length > 0 && named.every((header) => present.has(header));
}
