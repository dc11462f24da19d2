import type { Meeting } from '../../shared/model';
import { buildVerbale } from '../../shared/verbale';
import type { VerbaleBlock, VerbaleDocument } from '../../shared/verbale/document';

export interface Preview {
  doc: VerbaleDocument;
  head: VerbaleBlock[];
  item: VerbaleBlock[];
  tail: VerbaleBlock[];
  omittedBefore: number;
  omittedAfter: number;
}

/**
 * The blocks of the preview: the opening, the current item and the closing, from buildVerbale on a copy of the
 * meeting where the other items keep only their movements (presence at the current item depends on them).
 */
export function previewBlocks(meeting: Meeting, itemId: string | null): Preview | { error: string } {
  const currentIndex = Math.max(0, meeting.items.findIndex((i) => i.id === itemId));
  const reduced: Meeting = {
    ...meeting,
    items: meeting.items.map((item, index) =>
      index === currentIndex ? item : { ...item, entries: item.entries.filter((e) => e.type === 'movement') },
    ),
  };
  let doc: VerbaleDocument;
  try {
    doc = buildVerbale(reduced);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const headings = doc.blocks.map((b, i) => (b.kind === 'itemHeading' ? i : -1)).filter((i) => i >= 0);
  const firstHeading = headings[0] ?? doc.blocks.length;
  const start = headings[currentIndex] ?? doc.blocks.length;
  const end = headings[currentIndex + 1] ?? findTailStart(doc.blocks, start);
  const lastItemEnd = findTailStart(doc.blocks, firstHeading);
  return {
    doc,
    head: doc.blocks.slice(0, firstHeading),
    item: doc.blocks.slice(start, end),
    tail: doc.blocks.slice(lastItemEnd),
    omittedBefore: currentIndex,
    omittedAfter: Math.max(0, meeting.items.length - currentIndex - 1),
  };
}

/** The closing paragraph and signatures come after the last item. */
function findTailStart(blocks: VerbaleBlock[], from: number): number {
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'signatures' || (b.kind === 'paragraph' && b.role === 'closing')) return i;
  }
  return blocks.length;
}
