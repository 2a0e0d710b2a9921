import { isEmailTemplateKey, type EmailTemplateKey } from './email-templates';

/**
 * Which messages go first when many wait to be sent. A bulk move can queue hundreds of rejections
 * at once; an interview invitation queued a minute later must not wait behind them.
 *
 * - `urgent`: the reader must act on it soon: be somewhere at a given time (or no longer), or use
 *   a link that expires. A late one costs a missed interview or a stuck account.
 * - `bulk`: news that is just as true ten minutes later (decisions, thank-yous, updates), and the
 *   kinds a bulk move sends by the hundred.
 */
export type EmailPriority = 'urgent' | 'bulk';

export const emailPriorities = {
  application_received: 'bulk', // a receipt: nothing to do until HR answers
  hr_invitation: 'urgent', // an interview time to confirm or move
  user_invitation: 'urgent', // an interview time to confirm or move
  reminder: 'urgent', // sent 24 hours before: late, it is worthless
  reschedule: 'urgent', // the old time no longer holds
  cancellation: 'urgent', // or the candidate travels for nothing
  interview_not_needed: 'urgent', // the same: they must not come to the old time
  interview_closed: 'urgent', // the same
  interview_called_off: 'urgent', // the same
  interview_missed: 'bulk', // the time is past: nothing to catch
  rejection: 'bulk', // a decision, often sent to many at once
  offer: 'bulk', // a decision with days to answer, sent in bulk too
  thank_you: 'bulk', // courtesy after an interview
  offer_sent: 'urgent', // the offer has an expiry date and the candidate is waiting for it
  offer_revised: 'urgent', // the same, and the candidate is waiting for the answer to their request
  panel_notice: 'urgent', // interviewers must know when (and whether) to turn up
  candidate_update: 'bulk', // the recruiter sees the same on the application
  offer_answer: 'bulk', // HR reads the same on the offer; no clock runs on them
  offer_reminder: 'urgent', // the offer expires in two days
  offer_hold_firm: 'urgent', // the candidate must answer before the offer expires
  offer_withdrawn: 'urgent', // the candidate must not accept an offer that no longer stands
  offer_accepted: 'bulk', // a receipt: the candidate saw the acceptance in the portal already
  offer_extended: 'urgent', // the candidate may be deciding against the old date
  offer_approval_request: 'urgent', // the offer cannot go out until someone approves it
  imported_notice: 'bulk', // information only; a large import queues many at once
  put_forward: 'bulk', // news of another opening; the portal link does not expire soon
  portal_link_renewed: 'urgent', // the link the candidate holds stopped working
  hr_ended_application: 'urgent', // the panel must not turn up for a called-off interview
  hr_reopened_application: 'urgent', // the manager may have to interview the candidate again soon
  team_assignment: 'bulk', // the job shows on their jobs list and Today as well
  user_verdict: 'bulk', // HR reads the same on Today and the application; a decision, not a time
  application_reopened: 'urgent', // corrects the rejection the candidate holds; an interview may follow soon
  talent_pool_invitation: 'urgent', // its one-time link expires
  account_invitation: 'urgent', // its one-time link expires, and the person is waiting to sign in
  password_reset: 'urgent', // its one-time link expires, and the person is locked out meanwhile
  recovery_code_used: 'urgent', // if it was not them, someone has their password and a code
  recovery_codes_regenerated: 'urgent', // if it was not them, someone holds their new codes
} as const satisfies Record<EmailTemplateKey, EmailPriority>;

/** A stored message's priority; a template no longer known is treated as bulk. */
export function emailPriority(template: string): EmailPriority {
  return isEmailTemplateKey(template) ? emailPriorities[template] : 'bulk';
}
