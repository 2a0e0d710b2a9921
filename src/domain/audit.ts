/**
 * What the audit log records. Each action names the kind of record it is about; adding an action
 * is one line here, then `recordAudit(tx, { actor, action, entityId })` in the service that does it.
 */
export const auditActions = {
  'job.created': 'job',
  'job.updated': 'job',
  'job.status_changed': 'job',
  /** The job's interview plan saved (panels, questions, brief, weights); the detail is empty. */
  'job.interview_plan_saved': 'job',
  'candidate.created': 'candidate',
  'candidate.updated': 'candidate',
  /** HR attached a CV to a candidate added by hand, or replaced the one attached before. */
  'candidate.cv_attached': 'candidate',
  'candidate.exported': 'candidate',
  /** Added from a spreadsheet: the detail names the import and the file's row, never a value. */
  'candidate.imported': 'candidate',
  'candidate.marked_distinct': 'candidate',
  /** A duplicate folded into this candidate; the detail counts its applications and names any
   * that joined this candidate's application to the same job. */
  'candidate.merged': 'candidate',
  'candidate.processing_restricted': 'candidate',
  /** Recorded without the candidate's id: after erasure nothing points at them. */
  'candidate.erased': 'candidate',
  'candidate.anonymised': 'candidate',
  'candidate.retention_extended': 'candidate',
  'settings.retention_changed': 'settings',
  'application.created': 'application',
  'application.moved': 'application',
  /** A move past the HR interview with no HR decision, on HR's written reason. */
  'application.hr_gate_skipped': 'application',
  'decision.recorded': 'application',
  /** A user-stage verdict before the interview or all scorecards, with the decider's reason. */
  'decision.verdict_overridden': 'application',
  'scorecard.submitted': 'scorecard',
  'scorecard.amended': 'scorecard',
  'user.invited': 'user',
  'user.updated': 'user',
  'user.role_changed': 'user',
  'user.deactivated': 'user',
  'user.reactivated': 'user',
  'user.password_link_created': 'user',
  'user.password_set': 'user',
  'user.password_changed': 'user',
  'user.two_factor_enabled': 'user',
  'user.two_factor_disabled': 'user',
  'user.two_factor_reset': 'user',
  /** Signed in with a recovery code in place of the authenticator's; the detail counts those left. */
  'two_factor.recovery_code_used': 'user',
  /** A new set of recovery codes made (the old set stops working); never the codes. */
  'two_factor.recovery_codes_regenerated': 'user',
  'sign_in.succeeded': 'user',
  'sign_in.failed': 'user',
  'sign_in.locked': 'user',
  /**
   * The same pause, started by wrong passwords on the form for a new set of recovery codes (a
   * signed-in user's screen), not on the sign-in page.
   */
  'sign_in.locked_at_new_recovery_codes': 'user',
  'settings.security_changed': 'settings',
  'interview.scheduled': 'application',
  'interview.rescheduled': 'application',
  'interview.cancelled': 'application',
  'interview.completed': 'application',
  /** The candidate did not come to a booked interview: it is off, the stage is to book again. */
  'interview.no_show': 'application',
  /** A held interview (a walk-in) recorded afterwards: nobody is told, it already happened. */
  'interview.recorded': 'application',
  /** Such a record corrected (time, panel, place) or removed as made by mistake; nobody is told. */
  'interview.record_corrected': 'application',
  'interview.record_removed': 'application',
  'candidate.emailed': 'application',
  /** HR told the candidate of a rejection by phone or in person (the detail says how); no e-mail. */
  'candidate.told_rejection': 'application',
  'email.sent_again': 'application',
  'portal.confirmed': 'application',
  'portal.reschedule_requested': 'application',
  'portal.withdrawn': 'application',
  /** HR issued a new portal link (every link sent before stops working); the detail says if it was e-mailed. */
  'portal.link_renewed': 'application',
  'portal.link_revoked': 'application',
  /** The candidate's answers to an offer and HR's replies: offer id and version, never amounts. */
  'offer.accepted': 'application',
  'offer.declined': 'application',
  'offer.countered': 'application',
  'offer.held_firm': 'application',
  /** HR recorded an answer the candidate gave outside the portal (the detail says the day and how). */
  'offer.acceptance_recorded': 'application',
  'offer.decline_recorded': 'application',
  'offer.other_applications_closed': 'application',
  'data_request.recorded': 'candidate',
  'data_request.closed': 'candidate',
  'talent_pool.invited': 'candidate',
  'talent_pool.joined': 'candidate',
  'talent_pool.declined': 'candidate',
  'talent_pool.left': 'candidate',
  'email_template.changed': 'settings',
  /** Recorded without the amount (personal data). */
  'salary_expectation.recorded': 'application',
  'minimum_wage.added': 'settings',
  'minimum_wage.changed': 'settings',
  'minimum_wage.deleted': 'settings',
  'settings.offer_approval_changed': 'settings',
  'offer_letter_template.changed': 'settings',
  /** The employer brand (name, colour, texts, logo): which part, never the texts themselves. */
  'settings.brand_changed': 'settings',
  'whatsapp_template.changed': 'settings',
  /** HR opened a WhatsApp chat with the candidate: the purpose, never the message. */
  'candidate.whatsapp_opened': 'application',
  /** Offer actions name the offer and version in their detail, never an amount. */
  'offer.drafted': 'application',
  'offer.changed': 'application',
  'offer.submitted': 'application',
  'offer.approved': 'application',
  'offer.rejected': 'application',
  'offer.sent': 'application',
  'offer.extended': 'application',
  'offer.withdrawn': 'application',
  /** Which report, format and filter (ids, dates and codes); the file itself is not kept. */
  'report.exported': 'report',
  /** API tokens and webhook endpoints: ids, names of scopes and events, never a secret. */
  'api_token.created': 'integration',
  'api_token.revoked': 'integration',
  /** A write made with a token: the method and route pattern, once per request. */
  'api_token.used': 'integration',
  'webhook.created': 'integration',
  'webhook.changed': 'integration',
  'webhook.deleted': 'integration',
  'webhook.secret_revealed': 'integration',
  'webhook.sent_again': 'integration',
  /** The candidate list as a file: its filters (ids and codes) and how many rows, no names. */
  'candidate_list.exported': 'report',
  /** A job's applications with stages and scores as a file: format and row count only. */
  'job_applications.exported': 'job',
} as const satisfies Record<string, AuditEntityType>;

export const auditEntityTypes = [
  'candidate',
  'application',
  'scorecard',
  'job',
  'user',
  'settings',
  'report',
  'integration',
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];
export type AuditAction = keyof typeof auditActions;
export const auditActionNames = Object.keys(auditActions) as AuditAction[];

/**
 * Extra facts about an entry: codes, stage names, field names and counts only. Never a name, an
 * e-mail, a phone number or free text: the log must not become a copy of personal data.
 */
export type AuditDetail = Record<string, string | number | boolean | null | readonly string[]>;
