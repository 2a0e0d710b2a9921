/**
 * URL prefixes a change makes stale, named for what changed. A read under a prefix is refetched
 * when a page shows it and marked stale otherwise, so a generous list costs little, and a list
 * that misses a view is how a page comes to show a state the server has already left.
 */

/**
 * A candidate's progress: a move, a reject, a decision, a scorecard, an interview scheduled or
 * cancelled, a portal link, an e-mail sent. The application, its interviews, kits and decisions,
 * the candidate pages and lists, the job's board, screening and comparison, "my interviews",
 * the outbox and the Today page all show part of it.
 */
export const candidateProgress = [
  '/api/applications',
  '/api/candidates',
  '/api/jobs',
  '/api/my-interviews',
  '/api/outbox',
  '/api/today',
] as const;

/** A candidate's record itself (details, merge, privacy): their pages, lists and applications. */
export const candidateRecord = [...candidateProgress, '/api/data-requests'] as const;

/** A job's details, team or status: the job lists and pages, and the public careers pages. */
export const jobDetails = ['/api/jobs', '/api/careers/jobs', '/api/coach/jobs'] as const;

/**
 * An offer's change (draft, new version, approval, sending, expiry, withdrawal, the candidate's
 * answer): the offer itself and everything a candidate's progress shows (its e-mail, the board).
 */
export const offerProgress = [...candidateProgress, '/api/offers'] as const;
