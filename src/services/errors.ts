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
  constructor(
    /** What is missing, as the message names it ('Candidate', 'Minimum wage'). */
    readonly what: string,
    fields: FieldProblem[] = [],
  ) {
    super('not_found', `${what} not found.`, fields);
  }

  /** The same error naming the request field that pointed at the missing record. */
  at(path: string): NotFound {
    return new NotFound(this.what, [{ path, code: 'not_found', message: this.message }]);
  }
}
/**
 * The interview was cancelled: someone who sat its panel opening its kit from an old e-mail or
 * calendar event learns that and its date, and whether the candidate did not come (a no-show),
 * nothing else of the candidate.
 */
export class InterviewCancelled extends ServiceError {
  constructor(startsAt: Date | null, timeZone: string, noShow = false) {
    const message = noShow
      ? 'The candidate did not come to this interview.'
      : 'This interview was cancelled.';
    const params = { startsAt: startsAt?.toISOString() ?? null, timeZone, noShow };
    super('interview_cancelled', message, [
      { path: 'interview', code: 'cancelled', message, params },
    ]);
  }
}
export class Conflict extends ServiceError {
  constructor(fields: FieldProblem[], message: string) {
    super('conflict', message, fields);
  }
}

/**
 * For `.catch`: a NotFound becomes the error the caller's reader should see (the job of an
 * application names the application); every other failure, a lost connection among them,
 * propagates unchanged.
 */
export function whenNotFound(replacement: () => ServiceError): (error: unknown) => never {
  return (error) => {
    throw error instanceof NotFound ? replacement() : error;
  };
}

/** Unwraps a domain result or throws its problems as an `Invalid`. */
export function valueOrInvalid<T>(
  result: { ok: true; value: T } | { ok: false; problems: FieldProblem[] },
): T {
  if (!result.ok) throw new Invalid(result.problems);
  return result.value;
}

/** Sign-in is paused for this account or client after repeated failures. */
export class TooManyAttempts extends ServiceError {
  constructor() {
    super('too_many_attempts', 'Too many failed sign-ins; try again in a few minutes.');
  }
}

/** The password was right; the account also needs its authenticator code. */
export class TwoFactorRequired extends ServiceError {
  constructor(fieldCode: 'required' | 'wrong_code') {
    super('two_factor_required', 'Enter the code from your authenticator app.', [
      {
        path: 'code',
        code: fieldCode,
        message: fieldCode === 'required' ? 'Required.' : 'This code is not valid.',
      },
    ]);
  }
}

/** The company requires admins to use two-factor sign-in and this admin has not set it up. */
export class TwoFactorEnrolmentRequired extends ServiceError {
  constructor() {
    super('two_factor_enrolment_required', 'Set up two-factor sign-in first.');
  }
}

/** Who made the change a stale edit would overwrite, and when (both unknown for old records). */
export interface LastEdit {
  byName: string | null;
  at: Date | null;
}

/**
 * Optimistic concurrency: the form was opened at an older state than the stored one, so saving
 * it would silently undo someone else's change. Nothing is written; the web says who changed it
 * and when, and offers to reload while what the user typed stays on screen.
 */
export class EditedElsewhere extends ServiceError {
  constructor(path: string, last: LastEdit, extra: Readonly<Record<string, unknown>> = {}) {
    const message = 'Someone else changed this after you opened it; reload to see their change.';
    super('edited_elsewhere', message, [
      {
        path,
        code: 'edited_elsewhere',
        message,
        params: { byName: last.byName, at: last.at?.toISOString() ?? null, ...extra },
      },
    ]);
  }
}

/**
 * A move made from a stale board: the card is no longer in the stage the mover saw (someone moved,
 * rejected or withdrew it since). Nothing moves; the board names who moved it where and when.
 */
export class MovedElsewhere extends ServiceError {
  constructor(stage: string, last: LastEdit) {
    const message = 'Someone else moved this candidate after your board was loaded.';
    super('moved_elsewhere', message, [
      {
        path: 'expectedStage',
        code: 'moved_elsewhere',
        message,
        params: { stage, byName: last.byName, at: last.at?.toISOString() ?? null },
      },
    ]);
  }
}
