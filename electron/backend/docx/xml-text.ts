import { TextRun } from 'docx';
import { normaliseLineBreaks, replaceRefusedCharacters } from '../../../shared/model/text';

/**
 * The writer's own guard, for every string it puts in any part of the package (body, tables, docProps): the model
 * already refuses what XML 1.0 cannot hold, but a document must be well-formed whatever reaches the writer.
 * Line breaks of every kind become "\n"; a character no format can hold becomes U+FFFD, visibly.
 */
export function xmlSafe(value: string): string {
  return replaceRefusedCharacters(normaliseLineBreaks(value));
}

/** Formatting of the runs made by `runsOf`. */
export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
}

/** A text as runs: each line break is a break in the line (`<w:br/>`), so two lines are never glued together. */
export function runsOf(value: string, format: RunFormat = {}): TextRun[] {
  return xmlSafe(value)
    .split('\n')
    .map((line, i) => new TextRun({ ...format, text: line, break: i > 0 ? 1 : undefined }));
}
