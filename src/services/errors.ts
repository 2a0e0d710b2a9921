import type { FieldProblem } from '../domain/result';

/** The one error model: services throw these, the HTTP layer maps each to a status. */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class Invalid extends ServiceError {
  constructor(fields: FieldProblem[], message = 'Some fields are not valid.') {
    super('invalid', message, fields);
  }
}
export class Unauthenticated extends ServiceError {
  constructor(message = 'Sign in first.') {
    super('unauthenticated', message);
  }
}
export class Forbidden extends ServiceError {
  constructor(message = 'You are not allowed to do this.') {
    super('forbidden', message);
  }
}
export class NotFound extends ServiceError {
  constructor(what: string) {
    super('not_found', `${what} not found.`);
  }
}
export class Conflict extends ServiceError {
  constructor(fields: FieldProblem[], message: string) {
    super('conflict', message, fields);
  }
}

/** Unwraps a domain result or throws its problems as an `Invalid`. */
export function valueOrInvalid<T>(
  result: { ok: true; value: T } | { ok: false; problems: FieldProblem[] },
): T {
  if (!result.ok) throw new Invalid(result.problems);
  return result.value;
}
