import { z } from 'zod';
import type { DeepReadonly } from '../model/readonly';
import { longText, shortText } from '../model/primitives';
import { completeTemplates, mayBeMissing, templateProblem } from './sentence';
import { SENTENCE_KINDS, SENTENCE_VOCABULARY, type SentenceKind } from './vocabulary';

const SentenceKindSchema = z.enum(SENTENCE_KINDS as [SentenceKind, ...SentenceKind[]]);

/**
 * Every sentence kind has its template; each is parsed here, so a stored style always renders. A style written before
 * a kind was split from another (SPLIT_FROM) or added (the tavolo's) lacks it and is given the other kind's template or
 * the Tavolo preset's: it reads as it always did.
 */
const TemplatesSchema = z
  .partialRecord(SentenceKindSchema, longText('Modello', 2_000))
  .superRefine((templates, context) => {
    for (const kind of SENTENCE_KINDS) {
      const template = templates[kind];
      if (template === undefined) {
        if (!mayBeMissing(kind)) context.addIssue({ code: 'custom', path: [kind], message: `${SENTENCE_VOCABULARY[kind].label}: modello mancante` });
        continue;
      }
      const problem = templateProblem(kind, template);
      if (problem) context.addIssue({ code: 'custom', path: [kind], message: problem.text });
    }
  })
  .transform(completeTemplates);

export const VerbaleStyleSchema = z.object({
  /** What the office calls it: «Standard», «Sintetico», «Ufficio di Piano Val Chiara». */
  name: shortText('Nome dello stile', 80),
  templates: TemplatesSchema,
  /** «DECISIONE:» before every decision, before the first of each item, or never. */
  decisionLabel: z.enum(['every', 'firstOfItem', 'none']),
  /** Members named against, abstaining, not voting: as the president announced them, or by seat. */
  namedOrder: z.enum(['announced', 'seat']),
  /** Participants without a vote: one per line, or grouped by organisation. */
  participants: z.enum(['lines', 'byOrganisation']),
  /** A member arriving after the roll call: marked present in the table, or only told in the narrative. */
  lateArrivals: z.enum(['table', 'narrative']),
  /** «Revisione n. 3» printed on the page (the number is in the document properties anyway). */
  revisionOnPage: z.boolean(),
});

export type VerbaleStyle = DeepReadonly<z.infer<typeof VerbaleStyleSchema>>;
