import type { Meeting } from '../../shared/model';
import type { ComposerSpeaker } from './tavolo-options';

export interface UndoneStatement {
  itemId: string;
  speaker: ComposerSpeaker;
  text: string;
}

/**
 * The statement or contribution an undo took away (it was there before and is gone after), so its text can go back to
 * the composer.
 */
export function removedStatement(before: Meeting, after: Meeting): UndoneStatement | null {
  const remaining = new Set(after.items.flatMap((item) => item.entries.map((entry) => entry.id)));
  for (const item of before.items) {
    for (const entry of item.entries) {
      if (remaining.has(entry.id)) continue;
      if (entry.type === 'statement') return { itemId: item.id, speaker: entry.speaker, text: entry.text };
      if (entry.type === 'contribution') {
        return { itemId: item.id, speaker: { kind: 'representative', organisationId: entry.organisationId, representativeId: entry.representativeId }, text: entry.text };
      }
    }
  }
  return null;
}
