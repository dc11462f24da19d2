/** A draft is saved under a key naming what it is the draft of: today, the statement being typed in an item. */
const STATEMENT_PREFIX = 'statement:';

export function statementDraftKey(itemId: string): string {
  return `${STATEMENT_PREFIX}${itemId}`;
}

/** The item a draft key belongs to, or null for a key of another kind. */
export function draftItemId(key: string): string | null {
  return key.startsWith(STATEMENT_PREFIX) ? key.slice(STATEMENT_PREFIX.length) : null;
}
