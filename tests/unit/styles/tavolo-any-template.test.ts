import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/model';
import { TAVOLO_SENTENCE_KINDS, TAVOLO_STYLE, VerbaleStyleSchema, placeholdersOf, templateProblem, type TavoloSentenceKind, type VerbaleStyle } from '../../../shared/style';
import { buildSintesiDocument, buildTavoloVerbale } from '../../../shared/tavolo';
import type { VerbaleBlock } from '../../../shared/verbale/document';
import { grammarBreaks } from '../shared/style/grammar';
import { exampleSessions } from '../tavolo/examples';

const LITERALS = ['', ' ', ', ', ': ', ' - ', '. ', 'testo ', ' e ', '; '];

/**
 * Any valid template over a tavolo kind's vocabulary: literal pieces, placeholders (bare or in brackets) and optional
 * blocks. Brackets are whole pieces: a bracket opened inside an {#if} and closed outside it is a known gap of the
 * parser (it checks balance over the text, not per block), not of the tavolo's sentences.
 */
const anyTemplate = (kind: TavoloSentenceKind) => {
  const names = [...placeholdersOf(kind)];
  const slot = () => fc.constantFrom(...names).chain((name) => fc.constantFrom(`{${name}}`, ` ({${name}})`));
  const piece = names.length > 0 ? fc.oneof(fc.constantFrom(...LITERALS), slot()) : fc.constantFrom(...LITERALS);
  const block = names.length > 0 ? fc.tuple(fc.constantFrom(...names), fc.array(piece, { maxLength: 4 })).map(([name, body]) => `{#if ${name}}${body.join('')}{/if}`) : piece;
  return fc
    .array(fc.oneof(piece, block), { maxLength: 8 })
    .map((parts) => parts.join(''))
    .filter((template) => templateProblem(kind, template) === null);
};

const styleArbitrary: fc.Arbitrary<VerbaleStyle> = fc
  .record(Object.fromEntries(TAVOLO_SENTENCE_KINDS.map((kind) => [kind, anyTemplate(kind)])) as Record<TavoloSentenceKind, fc.Arbitrary<string>>)
  .map((templates) => VerbaleStyleSchema.parse({ ...TAVOLO_STYLE, name: 'Casuale', templates: { ...TAVOLO_STYLE.templates, ...templates } }));

const sessions = exampleSessions();

/** An example session with its optional facts there or not: next meeting's time and place, days, modality. */
const sessionArbitrary: fc.Arbitrary<Meeting> = fc
  .record({
    index: fc.integer({ min: 0, max: sessions.length - 1 }),
    days: fc.constantFrom(1, 10),
    time: fc.constantFrom(null, '14:30'),
    place: fc.constantFrom('', 'Sala consiliare'),
    modality: fc.constantFrom('presence', 'online', 'mixed'),
  })
  .map(({ index, days, time, place, modality }) => {
    const meeting = sessions[index]!;
    return { ...meeting, modality, tavoloSession: { ...meeting.tavoloSession!, observationDays: days, nextMeeting: { date: '2026-06-16', time, place } } } as Meeting;
  });

const texts = (blocks: readonly VerbaleBlock[]) =>
  blocks.flatMap((block) => {
    if (block.kind === 'paragraph') return [block.runs.map((run) => run.text).join('')];
    if (block.kind === 'signatures') return [block.left.label, block.right.label];
    return 'text' in block ? [block.text] : [];
  });

describe('any valid tavolo template over the example sessions', () => {
  it('leaves no placeholder, marker, empty bracket or dangling comma in the verbale or the sintesi', () => {
    fc.assert(
      fc.property(styleArbitrary, sessionArbitrary, (style, session) => {
        const meeting = { ...session, body: { ...session.body, style } };
        for (const text of texts(buildTavoloVerbale(meeting, 2).blocks)) expect(grammarBreaks(text), text).toEqual([]);
        for (const text of texts(buildSintesiDocument([meeting]).blocks)) expect(grammarBreaks(text), text).toEqual([]);
      }),
      { numRuns: 80, seed: 20261201 },
    );
  });
});
