import { ApiCallError } from '../../shared/api/errors';

/** What to show the user for a failed call: an Italian message and the specific points to fix. */
export interface ErrorText {
  message: string;
  details: string[];
}

export function errorText(error: unknown): ErrorText {
  if (error instanceof ApiCallError) {
    const e = error.error;
    if (e.kind === 'validation') {
      return { message: e.message, details: e.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)) };
    }
    if (e.kind === 'domain') return { message: e.message, details: e.details ?? [] };
    return { message: e.message, details: [] };
  }
  if (error instanceof Error) return { message: `Errore imprevisto: ${error.message}`, details: [] };
  return { message: 'Errore imprevisto', details: [] };
}
