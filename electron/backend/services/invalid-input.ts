import type { z } from 'zod';
import type { ValidationIssue } from '../../../shared/api/errors';
import { issueLine } from '../../../shared/api/field-names';

/** Input that does not match what is expected: carries where (path) and why (Italian message). */
export class InvalidInputError extends Error {
  constructor(
    message: string,
    readonly issues: ValidationIssue[],
  ) {
    super(message);
    this.name = 'InvalidInputError';
  }
}

export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

export function zodIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message }));
}

export function describeIssues(issues: ValidationIssue[]): string {
  const first = issues[0];
  if (!first) return 'Dati non validi';
  const more = issues.length === 1 ? '' : issues.length === 2 ? ' e un altro problema' : ` e altri ${issues.length - 1} problemi`;
  return `Dati non validi: ${issueLine(first)}${more}`;
}
