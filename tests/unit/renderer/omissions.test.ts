import { describe, expect, it } from 'vitest';
import type { Omissions } from '../../../shared/model';
import { markedParts, toggled, withSpan, withoutSpans } from '../../../renderer/lib/omissions';

const none: Omissions = { spans: [], entryIds: [], personIds: [] };
const TEXT = 'la signora Rossi chiede notizie del servizio';
const at = (start: number, end: number) => ({ targetId: 'e1', field: 'text' as const, start, end });
const marked = (start: number, end: number) => ({ ...at(start, end), text: TEXT.slice(start, end) });

describe('omissis marked in the timeline', () => {
  it('merges a new mark with the ones it touches, so marks never overlap', () => {
    const two = withSpan(withSpan(none, at(0, 4), TEXT), at(10, 14), TEXT);
    expect(withSpan(two, at(3, 11), TEXT).spans).toEqual([marked(0, 14)]);
    expect(withSpan(two, at(20, 25), TEXT).spans).toHaveLength(3);
    expect(withSpan(two, { ...at(3, 11), targetId: 'e2' }, TEXT).spans).toHaveLength(3);
  });

  it('removes the marks of one text, toggles whole entries and private persons', () => {
    const both = withSpan(withSpan(none, at(0, 4), TEXT), { ...at(0, 4), field: 'reason' }, TEXT);
    expect(withoutSpans(both, 'e1', 'text').spans).toEqual([{ ...marked(0, 4), field: 'reason' }]);
    expect(toggled(toggled(none, 'entryIds', 'e1'), 'entryIds', 'e1').entryIds).toEqual([]);
    expect(toggled(none, 'personIds', 'p1').personIds).toEqual(['p1']);
  });

  it('cuts a text at its marks', () => {
    expect(markedParts('la signora Rossi chiede', [marked(11, 16)])).toEqual([
      { text: 'la signora ', omitted: false },
      { text: 'Rossi', omitted: true },
      { text: ' chiede', omitted: false },
    ]);
  });
});
