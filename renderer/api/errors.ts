import type { ApiError } from '../../shared/api/errors';
import { issueLines } from '../../shared/api/field-names';

/** What to show the user for a failed call: an Italian message and the specific points to fix, each with its field in Italian. */
export interface ErrorText {
  message: string;
  details: string[];
}

export function errorText(error: ApiError): ErrorText {
  if (error.kind === 'validation') {
    return { message: error.message, details: issueLines(error) };
  }
  if (error.kind === 'domain') return { message: error.message, details: error.details ?? [] };
  return { message: error.message, details: [] };
}
