import { joinItalian, plural } from '../phrasing';

/** What an import told the user about a tavolo's late joiners: «Aggiunte al tavolo 3 organizzazioni dal file: A, B e C.» */
export function organisationsAddedSentence(names: readonly string[]): string {
  if (names.length === 0) return '';
  const added = names.length === 1 ? 'Aggiunta' : 'Aggiunte';
  return `${added} al tavolo ${plural(names.length, 'organizzazione', 'organizzazioni')} dal file: ${joinItalian(names)}.`;
}
