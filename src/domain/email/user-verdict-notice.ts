import type { Locale } from '../locale';
import type { PlannedMove } from '../pipeline';
import { isHr, type Role } from '../roles';

/** The user's verdict at the user interview: the candidate goes on to the offer, or not. */
export type UserVerdict = 'advance' | 'reject';

/** Who moves an application out of the user interview: their role, and their place in the job. */
export interface UserStageDecider {
  role: Role;
  /** They hold the job's hiring-manager place (an admin may). */
  managesJob: boolean;
}

/**
 * Whether a decision at the user interview is the manager's: made by someone outside HR, or by
 * the job's own hiring manager whatever their role (an admin managing the job decides as its
 * manager, not as HR acting on someone else's verdict).
 */
export function decidesAsManager(decider: UserStageDecider): boolean {
  return decider.managesJob || !isHr(decider.role);
}

/**
 * A move out of the user interview made as the manager (see decidesAsManager) is the hiring
 * manager's verdict (a recorded decision, or the board): HR has to hear it, since the candidate
 * hears nothing until HR tells them or sends the offer. HR moving it acts on the verdict already.
 */
export function userVerdictOf(
  decider: UserStageDecider | null,
  move: PlannedMove,
): UserVerdict | undefined {
  if (!decider || !decidesAsManager(decider) || move.from !== 'user_interview') return undefined;
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
