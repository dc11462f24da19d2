/** Errors that cross the contract. Messages are Italian and meant for the user; no stack traces. */

export interface ValidationIssue {
  /** Where in the input: "entry.favourable", "members.3.population". */
  path: string;
  message: string;
}

export type ApiError =
  | { kind: 'validation'; message: string; issues: ValidationIssue[] }
  | { kind: 'domain'; code: string; message: string; details?: string[] }
  | { kind: 'notFound'; message: string }
  | { kind: 'unknownMethod'; message: string }
  | { kind: 'unauthorized'; message: string }
  | { kind: 'internal'; message: string };

export type ApiResponse<R> = { ok: true; result: R } | { ok: false; error: ApiError };

/** Thrown by services for a rule broken by the request (wrong tally, closed meeting ...). */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}
