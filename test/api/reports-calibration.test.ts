import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../src/db/queries/users';
import type { Rating } from '../../src/domain/scorecard';
import { jakartaDate, startOfJakartaDay } from '../../src/domain/today';
import { expectError, expectInvalid } from '../support/expectations';
import { buildJob, buildOtherTeamsJob } from '../support/factories';
import {
  recordApplication,
  recordHeldInterview,
  recordPath,
  recordScorecard,
} from '../support/report-history';
import { createTestApp, type TestApp } from '../support/test-app';
import { download } from '../support/downloads';

/**
 * Calibration with expected figures worked out here by walking the panels one by one: each
 * rating against the mean of the others on the same panel and attribute.
 */
const ratingsByPoint: Rating[] = ['strong_no', 'no', 'yes', 'strong_yes'];
const point = (rating: Rating) => ratingsByPoint.indexOf(rating) + 1;
const attributes = ['communication', 'motivation'] as const;

type Who = 'indra' | 'rina' | 'wati';
interface Card {
  who: Who;
  communication: Rating;
  motivation: Rating;
  recommendation: Rating;
}
interface Panel {
  job: 'A' | 'B';
  stage: 'hr' | 'user';
  cards: Card[];
  outcome: 'advanced' | 'rejected' | null;
}

const up = (rating: Rating): Rating => ratingsByPoint[Math.min(point(rating), 3)]!;
// Job A's HR panels: Indra always a point above Rina.
const rinaRatings: Rating[] = ['no', 'yes', 'no', 'strong_no', 'yes', 'no'];
const panels: Panel[] = [
  ...rinaRatings.map((rating, i): Panel => ({
    job: 'A',
    stage: 'hr',
    outcome: i < 4 ? 'advanced' : 'rejected',
    cards: [
      {
        who: 'rina',
        communication: rating,
        motivation: rating,
        recommendation: i < 3 ? 'no' : 'yes',
      },
      { who: 'indra', communication: up(rating), motivation: up(rating), recommendation: 'yes' },
    ],
  })),
  // Job B's user panels: Indra and Wati agree.
  ...(['yes', 'strong_yes', 'no'] as Rating[]).map((rating): Panel => ({
    job: 'B',
    stage: 'user',
    outcome: null,
    cards: (['indra', 'wati'] as const).map((who) => ({
      who,
      communication: rating,
      motivation: rating,
      recommendation: rating,
    })),
  })),
];

function expectedDifference(who: Who, selected: Panel[], attribute?: (typeof attributes)[number]) {
  let comparisons = 0;
  let sum = 0;
  for (const panel of selected) {
    const own = panel.cards.find((card) => card.who === who);
    const others = panel.cards.filter((card) => card.who !== who);
    if (!own || others.length === 0) continue;
    for (const a of attribute ? [attribute] : attributes) {
      const othersMean = others.reduce((s, card) => s + point(card[a]), 0) / others.length;
      sum += point(own[a]) - othersMean;
      comparisons += 1;
    }
  }
  return { comparisons, difference: sum / comparisons };
}

function expectedMatch(who: Who, selected: Panel[]) {
  const decided = selected.filter(
    (panel) => panel.outcome && panel.cards.some((c) => c.who === who),
  );
  const matched = decided.filter((panel) => {
    const own = panel.cards.find((card) => card.who === who)!;
    return point(own.recommendation) >= 3 === (panel.outcome === 'advanced');
  });
  return { decided: decided.length, matched: matched.length };
}

/** A Monday at least two weeks back, as a Jakarta date. */
function pastMonday(): string {
  let day = jakartaDate(new Date(Date.now() - 14 * 86_400_000));
  while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 1) {
    day = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  }
  return day;
}
/** `hours` WIB on the `days`th day after the Jakarta date. */
const wib = (date: string, days: number, hours: number) =>
  new Date(startOfJakartaDay(date).getTime() + days * 86_400_000 + hours * 3_600_000);

describe('GET /api/reports/calibration', () => {
  let t: TestApp;
  const ids: Record<Who, string> = { indra: '', rina: '', wati: '' };

  beforeAll(async () => {
    t = await createTestApp();
    const wati = await insertUser(t.db, {
      email: 'wati@test.seleksi.id',
      name: 'Wati Interviewer',
      role: 'interviewer',
      title: null,
      locale: 'id',
      passwordHash: null,
    });
    Object.assign(ids, {
      indra: t.users.interviewer.id,
      rina: t.users.recruiter.id,
      wati: wati.id,
    });
    const jobs = {
      A: (await buildJob(t)).id,
      B: (
        await buildOtherTeamsJob(t, {
          title: 'Sales Executive',
          interviewerIds: [ids.indra, wati.id],
        })
      ).id,
    };
    const monday = pastMonday();
    for (const [index, panel] of panels.entries()) {
      const { applicationId } = await recordApplication(t, jobs[panel.job]);
      // Job A's first three HR interviews were held on a Monday: Indra scored the same day, Rina
      // on Tuesday (on time), Thursday and Wednesday (late: due Tuesday).
      const held = panel.job === 'A' && index < 3;
      if (held) {
        await recordHeldInterview(t, {
          applicationId,
          stage: 'hr',
          startsAt: wib(monday, 0, 10),
          interviewerIds: [ids.indra, ids.rina],
        });
      }
      const rinaDay = [1, 3, 2][index] ?? 0;
      for (const card of panel.cards) {
        await recordScorecard(t, {
          applicationId,
          stage: panel.stage,
          interviewerId: ids[card.who],
          ratings: { communication: card.communication, motivation: card.motivation },
          recommendation: card.recommendation,
          ...(held ? { submittedAt: wib(monday, card.who === 'rina' ? rinaDay : 0, 17) } : {}),
        });
      }
      if (panel.outcome === 'advanced') {
        await recordPath(t, applicationId, ['applied', 'hr_interview', 'user_interview']);
      } else if (panel.outcome === 'rejected') {
        await recordPath(
          t,
          applicationId,
          ['applied', 'hr_interview', 'rejected'],
          'failed_hr_interview',
        );
      }
    }
    // A fourth held interview: Indra scored on time, Rina never did.
    const { applicationId } = await recordApplication(t, jobs.A);
    await recordHeldInterview(t, {
      applicationId,
      stage: 'hr',
      startsAt: wib(monday, 0, 10),
      interviewerIds: [ids.indra, ids.rina],
    });
    await recordScorecard(t, {
      applicationId,
      stage: 'hr',
      interviewerId: ids.indra,
      ratings: { communication: 'yes', motivation: 'yes' },
      recommendation: 'yes',
      submittedAt: wib(monday, 0, 15),
    });
    // Wati's user interview began ten minutes ago and has not ended: booked, nothing due yet.
    const ongoing = await recordApplication(t, jobs.B);
    await recordHeldInterview(t, {
      applicationId: ongoing.applicationId,
      stage: 'user',
      startsAt: new Date(Date.now() - 10 * 60_000),
      interviewerIds: [ids.wati],
    });
  });
  afterAll(() => t.close());

  const line = (body: { interviewers: { interviewerId: string }[] }, who: Who) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
    body.interviewers.find((row) => row.interviewerId === ids[who]) as any;

  it('401 without a session; 400 names a bad filter', async () => {
    expectError(await t.call(null, 'GET', '/api/reports/calibration'), 401, 'unauthenticated');
    expectInvalid(
      await t.call(t.users.recruiter, 'GET', '/api/reports/calibration?from=2026-1-5'),
      { from: 'invalid_date' },
    );
  });

  it('HR sees everyone: lenient, severe and in line against the rest of the same panels', async () => {
    const reply = await t.call(t.users.recruiter, 'GET', '/api/reports/calibration');
    expect(reply.status).toBe(200);
    expect(reply.body.reach).toBe('everyone');
    expect(reply.body.interviewers).toHaveLength(3);
    const indra = line(reply.body, 'indra');
    const want = expectedDifference('indra', panels);
    expect(indra.overall.comparisons).toBe(want.comparisons);
    expect(indra.overall.difference.value).toBeCloseTo(want.difference, 10);
    expect(indra.overall.standing.value).toBe('lenient');
    const communication = indra.attributes.find(
      (a: { attribute: string }) => a.attribute === 'communication',
    );
    const wantCommunication = expectedDifference('indra', panels, 'communication');
    expect(communication.comparisons).toBe(wantCommunication.comparisons);
    expect(communication.difference.value).toBeCloseTo(wantCommunication.difference, 10);

    const rina = line(reply.body, 'rina');
    expect(rina.overall.difference.value).toBeCloseTo(
      expectedDifference('rina', panels).difference,
      10,
    );
    expect(rina.overall.standing.value).toBe('severe');
    // Rina's own ratings of communication: no ×3, yes ×2, strong no ×1 (mean 13/6); her panel
    // mates' a point up: no ×1, yes ×3, strong yes ×2 (mean 19/6). The page shows the means.
    expect(rina.attributes[0].attribute).toBe('communication');
    expect(rina.attributes[0].ownMean).toBeCloseTo(13 / 6, 10);
    expect(rina.attributes[0].panelMean).toBeCloseTo(19 / 6, 10);

    const wati = line(reply.body, 'wati');
    // Three panels, two attributes: six comparisons overall, three per attribute (too few).
    expect(wati.overall).toMatchObject({ comparisons: 6, standing: { value: 'in_line' } });
    expect(wati.attributes[0].standing).toEqual({ value: null, hiddenBecause: 'too_few_cases' });
  });

  it("how often each recommendation took the side of the stage's outcome", async () => {
    const reply = await t.call(t.users.admin, 'GET', '/api/reports/calibration');
    for (const who of ['indra', 'rina'] as const) {
      const want = expectedMatch(who, panels);
      const got = line(reply.body, who).recommendations;
      expect({ decided: got.decided, matched: got.matched }).toEqual(want);
      expect(got.matchRate.value).toBeCloseTo(want.matched / want.decided, 10);
    }
    // Job B's user stage has no verdict yet: nothing decided.
    expect(line(reply.body, 'wati').recommendations).toMatchObject({ decided: 0, matched: 0 });
  });

  it('scorecards submitted after the first working day, or never', async () => {
    const reply = await t.call(t.users.admin, 'GET', '/api/reports/calibration');
    expect(line(reply.body, 'indra').scorecards).toEqual({
      due: 4,
      booked: 4,
      late: 0,
      missing: 0,
    });
    expect(line(reply.body, 'rina').scorecards).toEqual({ due: 4, booked: 4, late: 2, missing: 1 });
  });

  it('an interview begun but not ended is booked with nothing due yet (the page says "none due yet")', async () => {
    const reply = await t.call(t.users.admin, 'GET', '/api/reports/calibration');
    expect(line(reply.body, 'wati').scorecards).toEqual({
      due: 0,
      booked: 1,
      late: 0,
      missing: 0,
    });
  });

  it('an interviewer sees only their own line, compared with every panel they sat on', async () => {
    const reply = await t.call(t.users.interviewer, 'GET', '/api/reports/calibration');
    expect(reply.status).toBe(200);
    expect(reply.body.reach).toBe('own');
    expect(
      reply.body.interviewers.map((row: { interviewerId: string }) => row.interviewerId),
    ).toEqual([ids.indra]);
    expect(line(reply.body, 'indra').overall.comparisons).toBe(
      expectedDifference('indra', panels).comparisons,
    );
  });

  it("a hiring manager sees their jobs' interviewers, over those jobs' panels only", async () => {
    const budi = await t.call(t.users.hiringManager, 'GET', '/api/reports/calibration');
    expect(budi.body.reach).toBe('managed_jobs');
    const jobA = panels.filter((panel) => panel.job === 'A');
    expect(
      budi.body.interviewers.map((row: { interviewerName: string }) => row.interviewerName).sort(),
    ).toEqual(['Indra Interviewer', 'Rina Recruiter']);
    expect(line(budi.body, 'indra').overall.comparisons).toBe(
      expectedDifference('indra', jobA).comparisons,
    );
    const oki = await t.call(t.users.otherManager, 'GET', '/api/reports/calibration');
    expect(
      oki.body.interviewers.map((row: { interviewerName: string }) => row.interviewerName).sort(),
    ).toEqual(['Indra Interviewer', 'Wati Interviewer']);
    expect(line(oki.body, 'indra').overall.standing.value).toBe('in_line');
  });

  it("an interviewer's export holds only their own lines", async () => {
    const file = await download(
      t,
      t.users.interviewer,
      '/api/reports/calibration/export?format=csv&locale=en',
    );
    expect(file.status).toBe(200);
    expect(file.text).toContain('Indra Interviewer,All attributes');
    expect(file.text).not.toContain('Rina Recruiter');
    expect(file.text).not.toContain('Wati Interviewer');
  });
});
