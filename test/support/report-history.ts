import type { Rating } from '../../src/domain/scorecard';
import type { Queryable } from '../../src/db/database';
import { addDays, jakartaDate } from '../../src/domain/today';

/** Anything with the database: a test app, or a browser session. */
type WithDb = { db: Queryable };

/**
 * A hiring history written straight into the tables, for the reports' tests: moves at chosen
 * times, submitted scorecards, held interviews and answered offers. The reports read these rows
 * whichever way they were made, and building hundreds of them through every screen would test
 * those screens again, not the reports.
 */

let applicants = 0;

/** A candidate (from `source`) who applied to the job now, at the applied stage. */
export async function recordApplication(
  t: WithDb,
  jobId: string,
  source = 'manual',
): Promise<{ applicationId: string; candidateId: string }> {
  applicants += 1;
  const [candidate] = await t.db.query<{ id: string }>(
    `INSERT INTO candidates (full_name, email, source) VALUES ($1, $2, $3) RETURNING id`,
    [`Pelamar ${applicants}`, `pelamar.${applicants}@example.com`, source],
  );
  const [application] = await t.db.query<{ id: string }>(
    `INSERT INTO applications (candidate_id, job_id, stage) VALUES ($1, $2, 'applied') RETURNING id`,
    [candidate!.id, jobId],
  );
  return { applicationId: application!.id, candidateId: candidate!.id };
}

export async function recordMove(
  t: WithDb,
  applicationId: string,
  move: { from: string | null; to: string; reason?: string; at?: Date; overrodeHrGate?: boolean },
): Promise<void> {
  await t.db.query(
    `INSERT INTO application_events
       (application_id, from_stage, to_stage, rejection_reason, created_at, overrode_hr_gate)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      applicationId,
      move.from,
      move.to,
      move.reason ?? null,
      move.at ?? new Date(),
      move.overrodeHrGate ?? false,
    ],
  );
  await t.db.query('UPDATE applications SET stage = $2 WHERE id = $1', [applicationId, move.to]);
}

/** Moves through the stages in order, a minute apart, ending with the last. */
export async function recordPath(
  t: WithDb,
  applicationId: string,
  path: readonly string[],
  lastReason?: string,
): Promise<void> {
  const start = Date.now() - path.length * 60_000;
  for (let i = 1; i < path.length; i += 1) {
    await recordMove(t, applicationId, {
      from: path[i - 1]!,
      to: path[i]!,
      ...(i === path.length - 1 && lastReason ? { reason: lastReason } : {}),
      at: new Date(start + i * 60_000),
    });
  }
}

export async function recordScorecard(
  t: WithDb,
  card: {
    applicationId: string;
    stage: 'hr' | 'user';
    interviewerId: string;
    ratings: Record<string, Rating>;
    recommendation: Rating;
    submittedAt?: Date | null;
  },
): Promise<void> {
  await t.db.query(
    `INSERT INTO scorecards (application_id, stage, interviewer_id, ratings, recommendation, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      card.applicationId,
      card.stage,
      card.interviewerId,
      JSON.stringify(
        Object.entries(card.ratings).map(([attribute, rating]) => ({
          attribute,
          rating,
          evidence: '',
        })),
      ),
      card.recommendation,
      card.submittedAt === undefined ? new Date() : card.submittedAt,
    ],
  );
}

export async function recordHeldInterview(
  t: WithDb,
  interview: {
    applicationId: string;
    stage: 'hr' | 'user';
    startsAt: Date;
    interviewerIds: string[];
  },
): Promise<void> {
  await t.db.query(
    `INSERT INTO interviews (application_id, stage, starts_at, duration_minutes, time_zone, mode,
       interviewer_ids, locale, status)
     VALUES ($1, $2, $3, 60, 'Asia/Jakarta', 'online', $4, 'id', 'completed')`,
    [interview.applicationId, interview.stage, interview.startsAt, interview.interviewerIds],
  );
}

export type OfferFate =
  | { kind: 'accept'; days: number }
  | { kind: 'decline'; days: number; reason: string | null }
  | { kind: 'withdrawn' }
  | { kind: 'waiting' }
  | { kind: 'awaiting_approval' }
  | { kind: 'draft' };

/** An offer of `salary` for the application, sent (unless a draft or awaiting approval) and then what became of it. */
export async function recordOffer(
  t: WithDb,
  applicationId: string,
  salary: number,
  fate: OfferFate,
): Promise<void> {
  const answeredAt = new Date(Date.now() - 3_600_000);
  const days = 'days' in fate ? fate.days : 0;
  const notSent = fate.kind === 'draft' || fate.kind === 'awaiting_approval';
  const sentAt = notSent ? null : new Date(answeredAt.getTime() - days * 86_400_000);
  const status = {
    accept: 'accepted',
    decline: 'declined',
    withdrawn: 'withdrawn',
    waiting: 'sent',
    awaiting_approval: 'awaiting_approval',
    draft: 'draft',
  }[fate.kind];
  const [offer] = await t.db.query<{ id: string }>(
    `INSERT INTO offers (application_id, status, sent_at) VALUES ($1, $2, $3) RETURNING id`,
    [applicationId, status, sentAt],
  );
  // Dates count from today in Jakarta, as the server does (the database's current_date is UTC's).
  const today = jakartaDate(new Date());
  await t.db.query(
    `INSERT INTO offer_versions (offer_id, version, job_title, contract_type, gross_monthly_salary,
       work_mode, offer_date, start_date, expires_on)
     VALUES ($1, 1, 'Backend Developer', 'pkwtt', $2, 'hybrid', $3, $4, $5)`,
    [offer!.id, salary, today, addDays(today, 30), addDays(today, 7)],
  );
  if (fate.kind === 'accept' || fate.kind === 'decline') {
    await t.db.query(
      `INSERT INTO offer_answers (offer_id, version, kind, signed_name, consent_given, client_hash,
         decline_reason, answered_at)
       VALUES ($1, 1, $2, $3, $4, $5, $6, $7)`,
      [
        offer!.id,
        fate.kind,
        fate.kind === 'accept' ? 'Sari' : null,
        fate.kind === 'accept' ? true : null,
        fate.kind === 'accept' ? 'hash' : null,
        fate.kind === 'decline' ? fate.reason : null,
        answeredAt,
      ],
    );
  }
}
