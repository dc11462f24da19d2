import type { Speaker } from '../model';

/** A draft is saved under a key naming what it is the draft of: today, the statement being typed in an item. */
const STATEMENT_PREFIX = 'statement:';

export function statementDraftKey(itemId: string): string {
  return `${STATEMENT_PREFIX}${itemId}`;
}

/** The item a draft key belongs to, or null for a key of another kind. */
export function draftItemId(key: string): string | null {
  return key.startsWith(STATEMENT_PREFIX) ? key.slice(STATEMENT_PREFIX.length) : null;
}

/** At a tavolo the speaker may be an organisation's representative: what is typed is recorded as a contribution. */
export interface RepresentativeSpeaker {
  kind: 'representative';
  organisationId: string;
  representativeId: string;
}

export type DraftSpeaker = Speaker | RepresentativeSpeaker;

/** What a statement draft holds: the speaker chosen (if any) and the text typed so far. */
export interface StatementDraft {
  speaker: DraftSpeaker | null;
  text: string;
}

/** A stored statement draft read back; a draft stored as plain text (older versions) is its text. */
export function parseStatementDraft(stored: string | undefined): StatementDraft {
  if (!stored) return { speaker: null, text: '' };
  try {
    const parsed = JSON.parse(stored) as Partial<StatementDraft>;
    return { speaker: parsed.speaker ?? null, text: typeof parsed.text === 'string' ? parsed.text : '' };
  } catch {
    return { speaker: null, text: stored };
  }
}
