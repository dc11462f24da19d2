import type { ApiError } from '../../shared/api/errors';

/** What to show the user for a failed call: an Italian message and the specific points to fix. */
export interface ErrorText {
  message: string;
  details: string[];
}

export function errorText(error: ApiError): ErrorText {
  if (error.kind === 'validation') {
    return { message: error.message, details: error.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)) };
  }
  if (error.kind === 'domain') return { message: error.message, details: error.details ?? [] };
  return { message: error.message, details: [] };
}
