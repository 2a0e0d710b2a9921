import { describe, expect, it } from 'vitest';
import type { Queryable } from '../../src/db/database';
import { insertApplicationEvent, updateApplicationStage } from '../../src/db/queries/applications';
import { foldReportMonthDeltas } from '../../src/db/queries/report-month-facts';
import type { Stage } from '../../src/domain/pipeline';
import { buildApplication, buildJob } from '../support/factories';
import { useTestApp } from '../support/test-app';

/**
 * The month counts (migration 033) without hot rows: a write only appends deltas, so two
 * transactions moving applications of one job in one month never wait on each other, whatever
 * order they commit in. Only PostgreSQL runs two transactions at once (PGlite has one connection).
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('report month deltas on PostgreSQL', () => {
  const t = useTestApp();

  /** A move as the move use case writes it: the event, then the application's stage. */
  const move = async (tx: Queryable, applicationId: string, fromStage: Stage, toStage: Stage) => {
    await insertApplicationEvent(tx, {
      applicationId,
      actorId: t.users.recruiter.id,
      fromStage,
      toStage,
      rejectionReason: null,
      note: null,
      overrodeHrGate: false,
    });
    await updateApplicationStage(tx, applicationId, { stage: toStage, hrGateCleared: false });
  };

  const monthCounts = () =>
    t.db.query<{ reached: string[]; applications: number }>(
      `SELECT reached, sum(applications)::int AS applications FROM (
         SELECT reached, applications FROM report_month_facts
         UNION ALL SELECT reached, applications FROM report_month_deltas) kept
       GROUP BY reached HAVING sum(applications) <> 0 ORDER BY reached`,
    );
  const recount = () =>
    t.db.query<{ reached: string[]; applications: number }>(
      `SELECT reached, count(*)::int AS applications FROM application_report_facts
       GROUP BY reached ORDER BY reached`,
    );

  it('two transactions moving applications of one job in one month both commit without waiting, and the counts equal a recount', async () => {
    const job = await buildJob(t);
    const first = await buildApplication(t, { jobId: job.id });
    const second = await buildApplication(t, { jobId: job.id });
    await foldReportMonthDeltas(t.db);

    let firstMoved!: () => void;
    const firstHasMoved = new Promise<void>((resolve) => (firstMoved = resolve));
    let secondCommitted!: () => void;
    const secondHasCommitted = new Promise<void>((resolve) => (secondCommitted = resolve));
    const order: string[] = [];

    // The first moves, then stays open until the second has moved and committed: with a shared
    // month row, the second would wait for the first's row lock and fail at its lock_timeout.
    const firstTx = t.db.transaction(async (tx) => {
      await tx.query(`SET LOCAL lock_timeout = '200ms'`);
      await move(tx, first.applicationId, 'applied', 'cv_screening');
      firstMoved();
      await secondHasCommitted;
      await move(tx, first.applicationId, 'cv_screening', 'hr_interview');
      order.push('first');
    });
    const secondTx = (async () => {
      await firstHasMoved;
      await t.db.transaction(async (tx) => {
        await tx.query(`SET LOCAL lock_timeout = '200ms'`);
        await move(tx, second.applicationId, 'applied', 'cv_screening');
        await move(tx, second.applicationId, 'cv_screening', 'rejected');
      });
      order.push('second');
      secondCommitted();
    })();
    await Promise.all([firstTx, secondTx]);
    expect(order).toEqual(['second', 'first']);

    expect(await monthCounts()).toEqual(await recount());
    expect(await foldReportMonthDeltas(t.db)).toBeGreaterThan(0);
    expect(await monthCounts()).toEqual(await recount());
  });

  it('a fold running while a move is open neither waits for it nor loses its deltas', async () => {
    const job = await buildJob(t);
    const { applicationId } = await buildApplication(t, { jobId: job.id });
    let moved!: () => void;
    const hasMoved = new Promise<void>((resolve) => (moved = resolve));
    let folded!: () => void;
    const hasFolded = new Promise<void>((resolve) => (folded = resolve));

    const moving = t.db.transaction(async (tx) => {
      await move(tx, applicationId, 'applied', 'cv_screening');
      moved();
      await hasFolded;
    });
    await hasMoved;
    await t.db.transaction(async (tx) => {
      await tx.query(`SET LOCAL lock_timeout = '200ms'`);
      await foldReportMonthDeltas(tx);
    });
    folded();
    await moving;

    expect(await monthCounts()).toEqual(await recount());
    expect(await foldReportMonthDeltas(t.db)).toBeGreaterThan(0);
    expect(await monthCounts()).toEqual(await recount());
  });
});
