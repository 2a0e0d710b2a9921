import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import {
  refreshAllReportFacts,
  refreshCalibrationAndStayFacts,
} from '../../src/db/queries/report-facts';
import {
  foldReportMonthDeltas,
  recountReportMonthFacts,
} from '../../src/db/queries/report-month-facts';
import { funnelStages } from '../../src/domain/reports/funnel';
import { firstContactTemplates } from '../../src/domain/reports/speed';
import { fileCvStore } from '../../src/services/candidates/cv-store';
import { seedDemoData } from '../../src/services/demo/demo-seed-service';
import { buildApplication, moveTo, scoreStage, uniformScorecard } from '../support/factories';
import { sentOffer } from '../support/offers';
import { testMail, useTestApp } from '../support/test-app';
import { openTestDatabase } from '../support/test-database';

/**
 * The reports read application_report_facts (migration 021), which triggers keep current. These
 * tests hold that to account: a write shows in the next report at once, and the facts equal a
 * recomputation from the raw tables.
 */
describe('report facts follow every write at once', () => {
  const t = useTestApp();

  const funnel = async () => {
    const reply = await t.call(t.users.recruiter, 'GET', '/api/reports/funnel');
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const [overall] = reply.body.groups as { steps: { stage: string; entered: number }[] }[];
    return (stage: string) => overall?.steps.find((s) => s.stage === stage)?.entered ?? 0;
  };
  const facts = async (applicationId: string) =>
    (
      await t.db.query<{ hrScore: string | null; hrAdvanced: boolean | null }>(
        `SELECT hr_score AS "hrScore", hr_advanced AS "hrAdvanced"
         FROM application_report_facts WHERE application_id = $1`,
        [applicationId],
      )
    )[0];

  it('counts a move, a submitted scorecard, a decision and an offer answer in the next report', async () => {
    const { jobId, applicationId } = await buildApplication(t);
    const planUrl = `/api/jobs/${jobId}/interview-plan`;
    const { plan } = (await t.call(t.users.recruiter, 'GET', planUrl)).body;
    plan.hr.interviewerIds = [t.users.recruiter.id];
    expect((await t.call(t.users.recruiter, 'PUT', planUrl, plan)).status).toBe(200);

    const before = await funnel();
    await moveTo(t, applicationId, 'cv_screening');
    expect((await moveTo(t, applicationId, 'hr_interview')).status).toBe(200);
    const moved = await funnel();
    expect(moved('hr_interview')).toBe(before('hr_interview') + 1);

    const base = `/api/applications/${applicationId}`;
    const scorecard = uniformScorecard('hr', 'strong_yes');
    const scored = await scoreStage(t, t.users.recruiter, applicationId, 'hr', scorecard);
    expect(scored.status, JSON.stringify(scored.body)).toBe(200);
    expect(await facts(applicationId)).toEqual({ hrScore: '4.00', hrAdvanced: null });

    const decided = await t.call(t.users.recruiter, 'POST', `${base}/decisions`, {
      stage: 'hr',
      outcome: 'advance',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(await facts(applicationId)).toEqual({ hrScore: '4.00', hrAdvanced: true });
    // Calibration's panelist row follows the decision too (migration 029).
    const panelist = await t.db.query<{ advanced: boolean | null; submitted: boolean }>(
      `SELECT advanced, submitted_at IS NOT NULL AS submitted FROM panelist_facts
       WHERE application_id = $1 AND stage = 'hr'`,
      [applicationId],
    );
    expect(panelist).toEqual([{ advanced: true, submitted: true }]);
    expect((await funnel())('user_interview')).toBe(moved('user_interview') + 1);

    const offer = await sentOffer(t);
    const offered = await funnel();
    const accepted = await t.call(null, 'POST', `/api/portal/${offer.token}/offer/accept`, {
      signedName: offer.candidateName,
      consent: true,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect((await funnel())('hired')).toBe(offered('hired') + 1);
    const speed = await t.call(t.users.recruiter, 'GET', '/api/reports/speed');
    expect(speed.body.toHire.count).toBeGreaterThanOrEqual(1);
  });
});

describe('report facts equal a recomputation from the raw tables', () => {
  let db: Database;
  let cvDir: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    cvDir = mkdtempSync(join(tmpdir(), 'seleksi-facts-cv-'));
    expect(
      await seedDemoData(db, testMail, new Date(), fileCvStore(cvDir), {
        reportFacts: 'per write',
      }),
    ).toBe(true);
  }, 180_000);
  afterAll(async () => {
    await db.close();
    rmSync(cvDir, { recursive: true, force: true });
  });

  const snapshot = () =>
    db.query<Record<string, unknown>>(
      `SELECT f.*, f.hr_score::text AS hr_score, f.hr_recommendation::text AS hr_recommendation
       FROM application_report_facts f ORDER BY application_id`,
    );

  it("on the demo company, calibration's panel ratings and panelists and the stays kept by its writes are those computed afresh", async () => {
    const calibration = async () => ({
      ratings: await db.query<Record<string, unknown>>(
        `SELECT * FROM panel_rating_facts
         ORDER BY application_id, stage, interviewer_id, attribute`,
      ),
      panelists: await db.query<Record<string, unknown>>(
        `SELECT * FROM panelist_facts ORDER BY application_id, stage, interviewer_id`,
      ),
      stays: await db.query<Record<string, unknown>>(
        'SELECT * FROM stage_stay_facts ORDER BY application_id, stage, days',
      ),
    });
    const kept = await calibration();
    expect(kept.ratings.length).toBeGreaterThan(0);
    expect(kept.panelists.some((row) => row.advanced !== null)).toBe(true);
    expect(kept.panelists.some((row) => (row.interview_ends as unknown[]).length > 0)).toBe(true);
    expect(kept.stays.length).toBeGreaterThan(0);

    await db.query('DELETE FROM panel_rating_facts');
    await db.query('DELETE FROM panelist_facts');
    await db.query('DELETE FROM stage_stay_facts');
    await refreshCalibrationAndStayFacts(db);
    expect(await calibration()).toEqual(kept);
  });

  it('on the demo company, the month counts kept by its writes equal a recount of the report facts, before and after folding their deltas', async () => {
    const key = `month_start, job_id, source, reached, furthest_rank, end_from_stage, end_outcome,
      end_reason, stay_stages`;
    const ordered = `ORDER BY month_start, job_id, source, reached, furthest_rank,
      end_from_stage NULLS FIRST, end_outcome NULLS FIRST, end_reason NULLS FIRST, stay_stages`;
    const recount = () =>
      db.query<Record<string, unknown>>(
        `SELECT ${key}, applications FROM (
           SELECT date_trunc('month', f.applied_at AT TIME ZONE 'Asia/Jakarta')
               AT TIME ZONE 'Asia/Jakarta' AS month_start,
             f.job_id, f.source, f.reached, f.furthest_rank, f.end_from_stage, f.end_outcome,
             f.end_reason, f.stay_stages, count(*)::int AS applications
           FROM application_report_facts f
           GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9) counted
         ${ordered}`,
      );
    const kept = (tables: string[]) =>
      db.query<Record<string, unknown>>(
        `SELECT ${key}, sum(applications)::int AS applications FROM (
           ${tables.map((table) => `SELECT ${key}, applications FROM ${table}`).join(' UNION ALL ')}
         ) kept
         GROUP BY ${key} HAVING sum(applications) <> 0
         ${ordered}`,
      );
    const deltas = async () =>
      (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM report_month_deltas'))[0]!.n;
    const counted = await recount();
    expect(counted.length).toBeGreaterThan(1);

    // The demo's writes appended deltas; the month counts are the folded counts plus them.
    const recorded = await deltas();
    expect(recorded).toBeGreaterThan(0);
    expect(await kept(['report_month_facts', 'report_month_deltas'])).toEqual(counted);

    expect(await foldReportMonthDeltas(db)).toBe(recorded);
    expect(await deltas()).toBe(0);
    expect(await kept(['report_month_facts'])).toEqual(counted);
    const [empty] = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM report_month_facts WHERE applications <= 0',
    );
    expect(empty!.n).toBe(0);
    expect(await foldReportMonthDeltas(db)).toBe(0);

    await recountReportMonthFacts(db);
    expect(await kept(['report_month_facts'])).toEqual(counted);
  });

  it('on the demo company, the facts kept by its writes are those computed afresh', async () => {
    const kept = await snapshot();
    const [applications] = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM applications',
    );
    expect(kept).toHaveLength(applications!.n);
    // Every report has something to count in the demo's history.
    expect(kept.some((row) => row.hired_at !== null)).toBe(true);
    expect(kept.some((row) => row.user_advanced !== null && row.hr_score !== null)).toBe(true);
    expect(kept.some((row) => row.end_outcome === 'rejected')).toBe(true);

    await db.query('DELETE FROM application_report_facts');
    await refreshAllReportFacts(db);
    expect(await snapshot()).toEqual(kept);
  });

  it('uses the domain funnel stages and first-contact templates', async () => {
    const definition = async (name: string) =>
      (await db.query<{ sql: string }>(`SELECT pg_get_functiondef($1::regproc) AS sql`, [name]))[0]!
        .sql;
    const list = (items: readonly string[]) => `ARRAY[${items.map((s) => `'${s}'`).join(', ')}]`;
    const refresh = await definition('refresh_report_facts');
    expect(refresh).toContain(list(funnelStages));
    expect(refresh).toContain(list(firstContactTemplates));
    expect((await definition('report_facts_after_email')).replace(/\s+/g, ' ')).toContain(
      list(firstContactTemplates),
    );
  });
});
