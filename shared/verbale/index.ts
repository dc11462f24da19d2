/**
 * The verbale: its renderer-neutral document model and `buildVerbale(meeting)`, which composes it.
 *
 * buildVerbale never throws on a valid meeting, except for one reason: when a decision's tally does not add up
 * (validateDecision finds problems) it throws `VerbaleTallyError`, whose `problems` list every invalid decision.
 * Export refuses such a meeting; the preview catches the error and shows the problems.
 */
export * from './document';
export { buildVerbale } from './build-verbale';
export { buildPublicVerbale, OMISSIS_TEXT, PUBLIC_COPY_LINE } from './public-copy';
export { VerbaleTallyError, type VerbaleTallyProblem } from './tally-error';
