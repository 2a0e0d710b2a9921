import type { Locale } from '../locale';
import type { PlannedMove } from '../pipeline';
import { isHr, type Role } from '../roles';

/** The user's verdict at the user interview: the candidate goes on to the offer, or not. */
export type UserVerdict = 'advance' | 'reject';

/**
 * A move out of the user interview made by someone other than HR is the hiring manager's verdict
 * (a recorded decision, or the board): HR has to hear it, since the candidate hears nothing until
 * HR tells them or sends the offer. HR moving it acts on the verdict already.
 */
export function userVerdictOf(role: Role | null, move: PlannedMove): UserVerdict | undefined {
  if (!role || isHr(role) || move.from !== 'user_interview') return undefined;
  if (move.to === 'offer') return 'advance';
  if (move.to === 'rejected') return 'reject';
  return undefined;
}

export function userVerdictText(verdict: UserVerdict, locale: Locale): string {
  if (locale === 'id') {
    return verdict === 'advance'
      ? 'Lolos interview user: lanjut ke penawaran'
      : 'Tidak lolos interview user: kandidat ditolak';
  }
  return verdict === 'advance'
    ? 'Passed the user interview: on to the offer'
    : 'Did not pass the user interview: the candidate is rejected';
}
