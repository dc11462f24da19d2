import { z } from 'zod';
import { IdSchema } from '../model/primitives';
import { SENTENCE_KINDS, VerbaleStyleSchema, type SentenceKind, type VerbaleStyle } from '../style';
import type { StyleExamples } from '../style/examples';

/** The contract's parts for the style of the verbale (methods styles.* in contract.ts). */

export const SentenceKindSchema = z.enum(SENTENCE_KINDS as [SentenceKind, ...SentenceKind[]], { error: 'Tipo di frase sconosciuto' });

export const STYLE_FILE_MAX_BYTES = 200_000;

export const ValidateTemplateSchema = z.object({ kind: SentenceKindSchema, template: z.string().max(2_000, 'Modello troppo lungo (al massimo 2000 caratteri)') });
export const StyleExamplesSchema = z.object({ bodyId: IdSchema, style: VerbaleStyleSchema });
export const StyleFileContentSchema = z.object({ content: z.string().max(STYLE_FILE_MAX_BYTES, 'File di stile troppo grande') });

export interface StylePreset {
  style: VerbaleStyle;
  /** One line saying what the preset is. */
  summary: string;
}

/** The first problem of a template, or null: the position is 1-based, the text says kind, position and problem. */
export interface TemplateCheck {
  problem: { position: number; message: string; text: string } | null;
}

/** Where the examples come from: the body's latest meeting, or the example meeting when the body has none. */
export interface StyleExamplesResult {
  source: { kind: 'meeting'; meetingId: string; date: string } | { kind: 'example' };
  examples: StyleExamples;
}
