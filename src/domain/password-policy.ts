import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as indonesian from '@zxcvbn-ts/language-id';
import { ok, problem, type Result } from './result';

export const passwordMinLength = 10;
export const passwordMaxLength = 200;
/** zxcvbn's 0-4 scale: 3 is "safely unguessable" against an offline attack with slow hashing. */
export const passwordMinScore = 3;

let estimator: ZxcvbnFactory | undefined;
// Loading the dictionaries takes a moment: only when the first password is checked.
const strength = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...indonesian.dictionary },
    graphs: common.adjacencyGraphs,
  }));

/**
 * A new password must be long enough and not guessable: common passwords, Indonesian and common
 * words and names, keyboard patterns, and the person's own name or e-mail all count against it.
 */
export function checkNewPassword(
  password: string,
  personal: readonly string[] = [],
  path = 'password',
): Result<string> {
  if (password.length < passwordMinLength) {
    return problem(path, 'password_too_short', `Use at least ${passwordMinLength} characters.`);
  }
  if (password.length > passwordMaxLength) {
    return problem(path, 'too_big', `At most ${passwordMaxLength} characters.`);
  }
  // The whole value, its parts, and the parts run together ("Nadia Baru" → "nadiabaru").
  const userInputs = personal.flatMap((value) => {
    const parts = value
      .toLowerCase()
      .split('@')[0]!
      .split(/[\s._-]+/);
    return [value.toLowerCase(), parts.join(''), ...parts];
  });
  const { score } = strength().check(
    password,
    userInputs.filter((v) => v.length > 2),
  );
  if (score < passwordMinScore) {
    return problem(
      path,
      'password_too_weak',
      'This password is too easy to guess: use a longer phrase of unrelated words.',
    );
  }
  return ok(password);
}
