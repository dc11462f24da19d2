import type { AgendaItem, Body, BodyRules, Meeting, TimelineEntry } from '../../shared/model';

/**
 * New meetings made from an old one, for tests: meetings are read-only (shared/model/readonly.ts), so a test that
 * needs a variant builds it, and the original stays as it was.
 */

export const withBody = (meeting: Meeting, body: Partial<Body>): Meeting => ({ ...meeting, body: { ...meeting.body, ...body } });

export const withRules = (meeting: Meeting, rules: Partial<BodyRules>): Meeting => withBody(meeting, { rules: { ...meeting.body.rules, ...rules } });

export const withItem = (meeting: Meeting, itemIndex: number, change: (item: AgendaItem) => AgendaItem): Meeting => ({
  ...meeting,
  items: meeting.items.map((item, index) => (index === itemIndex ? change(item) : item)),
});

/** The meeting with the entry of that id changed (its type kept: the patch is checked against it by the caller). */
export function withEntry<Entry extends TimelineEntry>(meeting: Meeting, entryId: string, change: (entry: Entry) => Entry): Meeting {
  return {
    ...meeting,
    items: meeting.items.map((item) =>
      item.entries.some((entry) => entry.id === entryId) ? { ...item, entries: item.entries.map((entry) => (entry.id === entryId ? change(entry as Entry) : entry)) } : item,
    ),
  };
}
