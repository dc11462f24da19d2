import type { Meeting, Speaker } from '../../shared/model';

export interface UndoneStatement {
  itemId: string;
  speaker: Speaker;
  text: string;
}

/** The statement an undo took away (it was there before and is gone after), so its text can go back to the composer. */
export function removedStatement(before: Meeting, after: Meeting): UndoneStatement | null {
  const remaining = new Set(after.items.flatMap((item) => item.entries.map((entry) => entry.id)));
  for (const item of before.items) {
    for (const entry of item.entries) {
      if (entry.type === 'statement' && !remaining.has(entry.id)) return { itemId: item.id, speaker: entry.speaker, text: entry.text };
    }
  }
  return null;
}
