/**
 * API test files that the PostgreSQL run (scripts/test-postgresql.js) leaves to PGlite. Every API
 * file runs on PGlite; a file runs on PostgreSQL too unless it is listed here, so a new file runs
 * on both until someone decides otherwise (CONTRIBUTING.md, "Tests", says how to choose).
 *
 * A file belongs here only when nothing it checks could differ between the two engines: its
 * reads and writes are plain statements that PGlite runs as PostgreSQL does. A file stays on both
 * when it checks search (ILIKE, full text), ordering or counting over lists, Today, the reports,
 * date arithmetic in SQL, locks or two writers at once, rate limits and sign-in pauses (counted
 * in memory on PGlite, in a table on PostgreSQL), the task queue's delivery, migrations, imports,
 * exports, retention or erasure, or names the engine.
 *
 * The word says why a file is neutral:
 * - authorization: who may call which route (status codes, 403/404);
 * - validation: the field errors of bad input, nothing written;
 * - http: the shape of replies, headers, the served web app;
 * - settings: an admin's settings saved and read back;
 * - messages: which e-mail goes to whom, in which language and words;
 * - flow: a use case's rules (stages, interviews, offers) over plain reads and writes;
 * - storage: CV bytes in a file store, no database.
 */
export type EngineNeutralReason =
  'authorization' | 'validation' | 'http' | 'settings' | 'messages' | 'flow' | 'storage';

export const engineNeutralApiFiles: Readonly<Record<string, EngineNeutralReason>> = {
  'access.test.ts': 'authorization',
  'authorization-matrix.test.ts': 'authorization',
  'blind-scoring.test.ts': 'flow',
  'board-card-flags.test.ts': 'flow',
  'brand.test.ts': 'settings',
  'can-flags.test.ts': 'authorization',
  'candidate-portal.test.ts': 'flow',
  'candidate-reply-to.test.ts': 'messages',
  'email-templates.test.ts': 'messages',
  'held-interview-moves.test.ts': 'flow',
  'held-interview-record.test.ts': 'flow',
  'held-interviews.test.ts': 'flow',
  'hr-gate-decision.test.ts': 'flow',
  'integrations-error-codes.test.ts': 'validation',
  'job-feeds.test.ts': 'http',
  'jobs.test.ts': 'validation',
  'no-show-after.test.ts': 'flow',
  'offer-acceptance-email.test.ts': 'messages',
  'offer-answers.test.ts': 'flow',
  'offer-approver-context.test.ts': 'flow',
  'offer-candidate-language.test.ts': 'messages',
  'offer-minimum-wage-city-names.test.ts': 'flow',
  'offer-minimum-wage-city.test.ts': 'flow',
  'offer-minimum-wage-year.test.ts': 'flow',
  'offer-page-salary-wish.test.ts': 'flow',
  'offer-settings.test.ts': 'settings',
  'offer-stage-moves.test.ts': 'flow',
  'offers.test.ts': 'flow',
  'pipeline.test.ts': 'flow',
  'portal-link-renewal.test.ts': 'messages',
  'refusal-wording.test.ts': 'validation',
  'rejection-preview.test.ts': 'messages',
  'reopen-notice.test.ts': 'messages',
  'response-check.test.ts': 'http',
  's3-cv-store.test.ts': 'storage',
  'salary-expectations.test.ts': 'flow',
  'scorecard-closed.test.ts': 'flow',
  'scorecard-gate.test.ts': 'flow',
  'screening-default-stage.test.ts': 'flow',
  'stage-templates.test.ts': 'settings',
  'team-assignment-notice.test.ts': 'messages',
  'user-admin.test.ts': 'authorization',
  'web-app.test.ts': 'http',
  'web-delivery.test.ts': 'http',
  'workflow.test.ts': 'flow',
};
