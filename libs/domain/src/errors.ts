/** Error codes the domain raises; the API maps each one to a GraphQL error code in one place. */
export enum DomainErrorCode {
  BadInput = 'BAD_INPUT',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  Unavailable = 'UNAVAILABLE',
}

/** A value as an error message shows it: a string as it is, anything else as JSON, cut to keep the message one readable line. */
export function describeValue(value: unknown): string {
  const s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The input field at fault, as a path ("documents[2].text"), when there is one. */
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static badInput(field: string, message: string, details?: Record<string, unknown>): DomainError {
    return new DomainError(DomainErrorCode.BadInput, message, field, details);
  }

  static notFound(field: string, message: string): DomainError {
    return new DomainError(DomainErrorCode.NotFound, message, field);
  }
}
