import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../shared/model';
import { SENTENCE_KINDS, STANDARD_STYLE, VerbaleStyleSchema, placeholdersOf, templateProblem, type SentenceKind, type VerbaleStyle } from '../../../../shared/style';
import { buildVerbale, type VerbaleBlock } from '../../../../shared/verbale';
import { example } from './example-meeting';
import { grammarBreaks } from './grammar';

const LITERALS = ['', ' ', ', ', ' (', ') ', ': ', ' - ', '. ', 'testo ', ' e ', '; '];

/** Any template over a kind's vocabulary: literal pieces, placeholders and optional blocks, nested once. */
const templateOf = (kind: SentenceKind) => {
  const names = [...placeholdersOf(kind)];
  const piece = names.length > 0 ? fc.oneof(fc.constantFrom(...LITERALS), fc.constantFrom(...names).map((name) => `{${name}}`)) : fc.constantFrom(...LITERALS);
  const block = names.length > 0
    ? fc.tuple(fc.constantFrom(...names), fc.array(piece, { maxLength: 4 })).map(([name, body]) => `{#if ${name}}${body.join('')}{/if}`)
    : piece;
  return fc
    .array(fc.oneof(piece, block), { maxLength: 8 })
    .map((parts) => parts.join(''))
    .filter((template) => templateProblem(kind, template) === null);
};

const styleArbitrary: fc.Arbitrary<VerbaleStyle> = fc
  .record({
    templates: fc.record(Object.fromEntries(SENTENCE_KINDS.map((kind) => [kind, templateOf(kind)])) as Record<SentenceKind, fc.Arbitrary<string>>),
    decisionLabel: fc.constantFrom('every', 'firstOfItem', 'none'),
    namedOrder: fc.constantFrom('announced', 'seat'),
    participants: fc.constantFrom('lines', 'byOrganisation'),
    lateArrivals: fc.constantFrom('table', 'narrative'),
    revisionOnPage: fc.boolean(),
  })
  .map((choices) => VerbaleStyleSchema.parse({ ...STANDARD_STYLE, ...choices, name: 'Casuale' }));

/** The example meeting with the optional facts and titles there or not. */
const meetingArbitrary: fc.Arbitrary<Meeting> = fc
  .record({
    startTime: fc.constantFrom(null, '17:30'),
    convocation: fc.constantFrom(null, 'first', 'second'),
    place: fc.constantFrom('', 'la Sala consiliare'),
    modality: fc.constantFrom('presence', 'online', 'mixed'),
    honorific: fc.constantFrom(undefined, '', 'Sig.'),
    revision: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ honorific, ...facts }) => ({ ...example, ...facts, president: { ...example.president, honorific } }));

function texts(blocks: readonly VerbaleBlock[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'paragraph':
        return [block.runs.map((run) => run.text).join('')];
      case 'attendanceTable':
        return block.rows.flatMap((row) => [row.person, row.presence]);
      case 'signatures':
        return [block.left, block.right].flatMap((signer) => [signer.label, signer.name, signer.role]);
      default:
        return 'text' in block ? [block.text] : [];
    }
  });
}

describe('any valid template over any meeting', () => {
  it('leaves no placeholder unresolved and breaks no grammar invariant', () => {
    fc.assert(
      fc.property(styleArbitrary, meetingArbitrary, (style, meeting) => {
        const doc = buildVerbale({ ...meeting, body: { ...meeting.body, style } });
        for (const text of [doc.title, doc.subject, ...texts(doc.blocks)]) {
          expect(grammarBreaks(text), JSON.stringify(text)).toEqual([]);
        }
      }),
      { numRuns: 150, seed: 20261201 },
    );
  });
});
