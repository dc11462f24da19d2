import { NO_OMISSIONS, type Meeting, type OmittedField, type OmittedSpan, type Omissions } from '../../shared/model';

/** The meeting's omissis (none when it has never had any). */
export const omissionsOf = (meeting: Meeting): Omissions => meeting.omissions ?? NO_OMISSIONS;

/** The spans marked over one text, in text order. */
export function spansOf(meeting: Meeting, targetId: string, field: OmittedField): OmittedSpan[] {
  return omissionsOf(meeting)
    .spans.filter((span) => span.targetId === targetId && span.field === field)
    .sort((a, b) => a.start - b.start);
}

/** Words [start, end) of a text marked; marks of the same text it touches are merged into it, so marks never overlap. */
export function withSpan(omissions: Omissions, mark: Omit<OmittedSpan, 'text'>, fieldText: string): Omissions {
  const span = { ...mark, text: '' };
  const same = (other: OmittedSpan) => other.targetId === span.targetId && other.field === span.field;
  const touching = omissions.spans.filter((other) => same(other) && other.start <= span.end && span.start <= other.end);
  const merged = touching.reduce((all, other) => ({ ...all, start: Math.min(all.start, other.start), end: Math.max(all.end, other.end) }), span);
  return { ...omissions, spans: [...omissions.spans.filter((other) => !touching.includes(other)), { ...merged, text: fieldText.slice(merged.start, merged.end) }] };
}

/** The text's marks removed. */
export function withoutSpans(omissions: Omissions, targetId: string, field: OmittedField): Omissions {
  return { ...omissions, spans: omissions.spans.filter((span) => !(span.targetId === targetId && span.field === field)) };
}

/** `id` added to or removed from one of the lists (whole entries, private persons). */
export function toggled(omissions: Omissions, list: 'entryIds' | 'personIds', id: string): Omissions {
  const current = omissions[list];
  return { ...omissions, [list]: current.includes(id) ? current.filter((other) => other !== id) : [...current, id] };
}

/** The text cut at the marks: each part with whether it is omitted. */
export function markedParts(text: string, spans: readonly OmittedSpan[]): { text: string; omitted: boolean }[] {
  const parts: { text: string; omitted: boolean }[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) parts.push({ text: text.slice(at, span.start), omitted: false });
    parts.push({ text: text.slice(span.start, span.end), omitted: true });
    at = span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), omitted: false });
  return parts;
}
