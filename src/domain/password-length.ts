/**
 * A new password's length limits, apart from the strength check (which loads dictionaries): a
 * form can name a too-short password beside its other problems without them.
 */
export const passwordMinLength = 10;
export const passwordMaxLength = 200;

/** The length's problem code, as the password policy names it; none when the length is fine. */
export function passwordLengthProblem(password: string): 'password_too_short' | 'too_big' | null {
  if (password.length < passwordMinLength) return 'password_too_short';
  if (password.length > passwordMaxLength) return 'too_big';
  return null;
}
