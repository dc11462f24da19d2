/**
 * The style of a body's verbale: a template for every sentence kind (vocabulary.ts, documented in docs/STYLE.md),
 * a few choices of layout (schema.ts), the presets, and the style file. The phrasing fills the templates with values
 * it has already agreed in number and gender; nothing outside shared/phrasing renders a sentence.
 */
export * from './schema';
export * from './presets';
export * from './file';
export { completeTemplates, sentence, sentenceRuns, templateOf, templateProblem, type SentenceRun, type SentenceValues } from './sentence';
export { TAVOLO_TEMPLATES } from './tavolo-templates';
export { SENTENCE_KINDS, SENTENCE_VOCABULARY, TAVOLO_SENTENCE_KINDS, placeholdersOf, type SentenceKind, type TavoloSentenceKind } from './vocabulary';
