import { describe, expect, test } from 'vitest';
import { builtInStageTemplates } from '../../src/domain/stage-template';
import { bookBegunInterview } from '../support/begun-interviews';
import {
  atHrInterview,
  buildApplication,
  buildJob,
  moveTo,
  moveToHrInterview,
  skipHrGate,
} from '../support/factories';
import { expectError, expectInvalid, unknownId } from '../support/expectations';
import { type TestUser, useTestApp } from '../support/test-app';

const t = useTestApp();

const hrAttributes = builtInStageTemplates.hr.attributes;
const userAttributes = builtInStageTemplates.user.attributes;

/** A complete scorecard rating every attribute the same way. */
function fullScorecard(attributes: readonly string[], rating: string, action = 'submit') {
  return {
    action,
    ratings: attributes.map((attribute) => ({
      attribute,
      rating,
      evidence: `Evidence for ${attribute}`,
    })),
    recommendation: rating,
    summary: `Overall: ${rating}`,
  };
}

const kitUrl = (applicationId: string, stage: string) =>
  `/api/applications/${applicationId}/interviews/${stage}`;

async function score(as: TestUser, applicationId: string, stage: string, body: unknown) {
  return t.call(as, 'PUT', `${kitUrl(applicationId, stage)}/scorecard`, body);
}

/** The user interview was booked and took place yesterday (tests cannot wait for the clock). */
async function userInterviewHeld(applicationId: string) {
  await bookBegunInterview(
    t,
    applicationId,
    {
      stage: 'user',
      interviewerIds: [t.users.hiringManager.id, t.users.interviewer.id],
      localStart: '2099-01-05T10:00',
      durationMinutes: 60,
    },
    24 * 60,
  );
}

describe('interview plans', () => {
  test('a job starts with a plan built from the HR and user templates', async () => {
    const job = await buildJob(t);
    const reply = await t.call(t.users.hiringManager, 'GET', `/api/jobs/${job.id}/interview-plan`);
    expect(reply.status).toBe(200);
    const { plan, saved } = reply.body;
    expect(saved).toBe(false);
    expect(plan.hr).toMatchObject({
      weight: 30,
      durationMinutes: 40,
      attributes: hrAttributes,
      interviewerIds: [t.users.recruiter.id],
    });
    expect(plan.user).toMatchObject({ weight: 70, attributes: userAttributes });
    expect(plan.user.interviewerIds.sort()).toEqual(
      [t.users.hiringManager.id, t.users.interviewer.id].sort(),
    );
    expect(plan.hr.questions.length).toBeGreaterThan(0);
    expect(plan.user.questions.length).toBeGreaterThan(0);
  });

  test('HR adapts the plan: reorders attributes, adds a question for the job and a case brief, changes weights', async () => {
    const job = await buildJob(t);
    const url = `/api/jobs/${job.id}/interview-plan`;
    const { plan } = (await t.call(t.users.recruiter, 'GET', url)).body;
    const edited = {
      hr: { ...plan.hr, attributes: ['motivation', 'attitude', 'culture_fit'], weight: 40 },
      user: {
        ...plan.user,
        weight: 60,
        durationMinutes: 90,
        brief: 'Rancang API pesanan untuk 10.000 penjual.',
        questions: [
          ...plan.user.questions,
          { text: 'Bagaimana Anda memantau layanan di produksi?' },
        ],
      },
    };
    const saved = await t.call(t.users.recruiter, 'PUT', url, edited);
    expect(saved.status).toBe(200);
    expect(saved.body.saved).toBe(true);
    expect(saved.body.plan.hr.attributes).toEqual(['motivation', 'attitude', 'culture_fit']);
    expect(saved.body.plan.user.questions.at(-1)).toEqual({
      text: 'Bagaimana Anda memantau layanan di produksi?',
    });
    expect((await t.call(t.users.hiringManager, 'GET', url)).body).toEqual(saved.body);
  });

  test('a bad plan names each problem and changes nothing', async () => {
    const job = await buildJob(t);
    const url = `/api/jobs/${job.id}/interview-plan`;
    const { plan } = (await t.call(t.users.recruiter, 'GET', url)).body;
    expectInvalid(
      await t.call(t.users.recruiter, 'PUT', url, {
        ...plan,
        hr: { ...plan.hr, attributes: ['charisma'] },
      }),
      {
        'hr.attributes.0': 'invalid_value',
      },
    );
    expectInvalid(
      await t.call(t.users.recruiter, 'PUT', url, {
        hr: {
          ...plan.hr,
          interviewerIds: [t.users.otherManager.id],
          questions: [{ questionId: unknownId() }],
        },
        user: { ...plan.user, weight: 50 },
      }),
      {
        'hr.interviewerIds.0': 'not_on_team',
        'hr.questions.0.questionId': 'unknown_question',
        'user.weight': 'weights_sum',
      },
    );
    expect((await t.call(t.users.recruiter, 'GET', url)).body.saved).toBe(false);
    expectError(await t.call(t.users.interviewer, 'PUT', url, plan), 403, 'forbidden');
  });

  test('a weight and a duration out of range are named together with their ranges (walk27)', async () => {
    const job = await buildJob(t);
    const url = `/api/jobs/${job.id}/interview-plan`;
    const { plan } = (await t.call(t.users.recruiter, 'GET', url)).body;
    const reply = await t.call(t.users.recruiter, 'PUT', url, {
      hr: { ...plan.hr, weight: 150, durationMinutes: 0 },
      user: { ...plan.user, weight: -50 },
    });
    // Both named at once, each with its range; the read-only user weight (-50) is not blamed.
    const fields = expectInvalid(reply, {
      'hr.weight': 'out_of_range',
      'hr.durationMinutes': 'out_of_range',
    });
    const field = (path: string) => fields.find((f) => f.path === path);
    expect(field('hr.weight')).toMatchObject({ params: { minimum: 0, maximum: 100 } });
    expect(field('hr.durationMinutes')).toMatchObject({ params: { minimum: 10, maximum: 240 } });
    expect((await t.call(t.users.recruiter, 'GET', url)).body.saved).toBe(false);
  });

  test('the same question twice at one stage is a 400 naming the second, nothing saved', async () => {
    const job = await buildJob(t);
    const url = `/api/jobs/${job.id}/interview-plan`;
    const { plan } = (await t.call(t.users.recruiter, 'GET', url)).body;
    const bankQuestion = plan.user.questions[0];
    expectInvalid(
      await t.call(t.users.recruiter, 'PUT', url, {
        hr: plan.hr,
        user: {
          ...plan.user,
          questions: [
            { text: 'Ceritakan proyek terakhir Anda.' },
            bankQuestion,
            { text: '  ceritakan proyek   terakhir Anda. ' },
            bankQuestion,
          ],
        },
      }),
      {
        'user.questions.2.text': 'duplicate_question',
        'user.questions.3.questionId': 'duplicate_question',
      },
    );
    expect((await t.call(t.users.recruiter, 'GET', url)).body.saved).toBe(false);
    // The same question at each stage is a choice, not a slip.
    const both = { text: 'Apa yang Anda ketahui tentang perusahaan kami?' };
    const saved = await t.call(t.users.recruiter, 'PUT', url, {
      hr: { ...plan.hr, questions: [both] },
      user: { ...plan.user, questions: [both] },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expectError(await t.call(t.users.otherManager, 'GET', url), 404, 'not_found');
  });
});

describe('HR interview, user interview and the decision', () => {
  test('a recruiter runs the HR interview from its kit and advances the candidate', async () => {
    const { applicationId } = await atHrInterview(t);

    const kit = await t.call(t.users.recruiter, 'GET', `${kitUrl(applicationId, 'hr')}/kit`);
    expect(kit.status).toBe(200);
    expect(kit.body.template.purpose.en).toContain('character');
    expect(kit.body.canScore).toBe(true);
    expect(kit.body.questions[0]).toMatchObject({
      source: 'bank',
      text: { id: expect.any(String), en: expect.any(String) },
    });
    expect(kit.body.questions[0].redFlags.en.length).toBeGreaterThan(10);

    // A draft autosaves partially; submitting needs every attribute and a recommendation.
    const draft = await score(t.users.recruiter, applicationId, 'hr', {
      action: 'draft',
      ratings: [{ attribute: 'motivation', rating: 'yes', evidence: 'Tahu produk kami' }],
      questionNotes: { [kit.body.questions[0].key]: 'Jawaban runtut' },
    });
    expect(draft.status).toBe(200);
    expect(draft.body.submittedAt).toBeNull();
    const incomplete = await score(t.users.recruiter, applicationId, 'hr', {
      action: 'submit',
      ratings: [{ attribute: 'motivation', rating: 'yes', evidence: '' }],
    });
    expect(expectError(incomplete, 400, 'invalid').map((f) => f.code)).toContain('rating_required');

    const submitted = await score(
      t.users.recruiter,
      applicationId,
      'hr',
      fullScorecard(hrAttributes, 'yes'),
    );
    expect(submitted.status).toBe(200);
    expect(submitted.body.submittedAt).not.toBeNull();

    const decided = await t.call(
      t.users.recruiter,
      'POST',
      `/api/applications/${applicationId}/decisions`,
      {
        stage: 'hr',
        outcome: 'advance',
        rationale: 'Motivasi kuat dan komunikatif.',
      },
    );
    expect(decided.status).toBe(201);
    expect(decided.body.decisions[0]).toMatchObject({
      stage: 'hr',
      outcome: 'advance',
      decidedByName: 'Rina Recruiter',
    });
    expect(decided.body.decisions[0].scores.summaries.hr.recommendation).toBe(3);
    const candidate = await t.call(
      t.users.recruiter,
      'GET',
      `/api/candidates/${(await t.call(t.users.recruiter, 'GET', `${kitUrl(applicationId, 'hr')}/kit`)).body.candidate.id}`,
    );
    expect(candidate.body.applications[0].stage).toBe('user_interview');
  });

  test('the user panel scores blind; the hiring manager reads HR notes after scoring and decides after the interview; a conflict needs a rationale', async () => {
    const { applicationId } = await atHrInterview(t);
    await score(t.users.recruiter, applicationId, 'hr', fullScorecard(hrAttributes, 'strong_no'));
    const decisions = `/api/applications/${applicationId}/decisions`;
    // Advancing against HR's own panel needs a reason too.
    expectInvalid(
      await t.call(t.users.recruiter, 'POST', decisions, { stage: 'hr', outcome: 'advance' }),
      {
        rationale: 'rationale_required_against_panel',
      },
    );
    expect(
      (
        await t.call(t.users.recruiter, 'POST', decisions, {
          stage: 'hr',
          outcome: 'advance',
          rationale: 'Kebutuhan mendesak; user diminta menilai.',
        })
      ).status,
    ).toBe(201);

    // HR booked the user interview with both of them (who sits it), and it took place.
    await userInterviewHeld(applicationId);
    // The interviewer submits first; the hiring manager cannot see it before submitting.
    const scorecards = `${kitUrl(applicationId, 'user')}/scorecards`;
    expect(
      (
        await score(
          t.users.interviewer,
          applicationId,
          'user',
          fullScorecard(userAttributes, 'strong_yes'),
        )
      ).status,
    ).toBe(200);
    const blind = await t.call(t.users.hiringManager, 'GET', scorecards);
    expect(blind.status).toBe(200);
    expect(blind.body).toMatchObject({ own: null, others: [], hidden: 1 });
    const blindSummary = await t.call(t.users.hiringManager, 'GET', decisions);
    expect(blindSummary.body.summaries.user).toBeNull();
    // A draft does not open the others either.
    await score(t.users.hiringManager, applicationId, 'user', { action: 'draft', ratings: [] });
    expect((await t.call(t.users.hiringManager, 'GET', scorecards)).body.hidden).toBe(1);

    // The hiring manager sits on the panel: HR's assessment waits until they have rated.
    const blindKit = await t.call(
      t.users.hiringManager,
      'GET',
      `${kitUrl(applicationId, 'user')}/kit`,
    );
    expect(blindKit.body.hrAdvisory).toBeNull();
    expect(blindKit.body.notesWithheld).toBe(true);

    await score(
      t.users.hiringManager,
      applicationId,
      'user',
      fullScorecard(userAttributes, 'strong_yes'),
    );
    // Now HR's assessment is in the hiring manager's kit as advisory input, notes included.
    const kit = await t.call(t.users.hiringManager, 'GET', `${kitUrl(applicationId, 'user')}/kit`);
    expect(kit.body.notesWithheld).toBe(false);
    expect(kit.body.hrAdvisory.scorecards).toHaveLength(1);
    expect(kit.body.hrAdvisory.summary.recommendation).toBe(1);
    expect(kit.body.hrAdvisory.decisions[0].rationale).toBe(
      'Kebutuhan mendesak; user diminta menilai.',
    );
    const open = await t.call(t.users.hiringManager, 'GET', scorecards);
    expect(open.body.hidden).toBe(0);
    expect(
      open.body.others.map((card: { interviewerName: string }) => card.interviewerName),
    ).toEqual(['Indra Interviewer']);

    const summary = await t.call(t.users.hiringManager, 'GET', decisions);
    expect(summary.body.conflict).toBe(true);
    expect(summary.body.combined.score).toBe(Math.round(1 * 30 + 4 * 70) / 100);
    expect(summary.body.can.decide).toEqual({ hr: false, user: true });

    expectInvalid(
      await t.call(t.users.hiringManager, 'POST', decisions, { stage: 'user', outcome: 'advance' }),
      {
        rationale: 'rationale_required_conflict',
      },
    );
    expectError(
      await t.call(t.users.interviewer, 'POST', decisions, {
        stage: 'user',
        outcome: 'advance',
        rationale: 'x',
      }),
      403,
      'forbidden',
    );
    const stillThere = await t.call(t.users.hiringManager, 'GET', decisions);
    expect(stillThere.body.decisions).toHaveLength(1);

    const decided = await t.call(t.users.hiringManager, 'POST', decisions, {
      stage: 'user',
      outcome: 'advance',
      rationale:
        'Studi kasus sangat kuat; catatan HR dibahas dan dimitigasi dengan masa percobaan.',
    });
    expect(decided.status).toBe(201);
    expect(decided.body.decisions[0]).toMatchObject({
      stage: 'user',
      outcome: 'advance',
      conflict: true,
    });
    const comparison = await t.call(
      t.users.hiringManager,
      'GET',
      `/api/jobs/${(kit.body.job as { id: string }).id}/comparison`,
    );
    expect(comparison.status).toBe(200);
    expect(
      comparison.body.rows.find(
        (r: { applicationId: string }) => r.applicationId === applicationId,
      ),
    ).toMatchObject({
      stage: 'offer',
      conflict: true,
    });
  });

  test('a submitted scorecard changes only by amendment with a reason, and keeps its history', async () => {
    const { applicationId } = await atHrInterview(t);
    await score(t.users.recruiter, applicationId, 'hr', fullScorecard(hrAttributes, 'no'));
    expectError(
      await score(
        t.users.recruiter,
        applicationId,
        'hr',
        fullScorecard(hrAttributes, 'yes', 'draft'),
      ),
      409,
      'conflict',
    );
    expectInvalid(
      await score(
        t.users.recruiter,
        applicationId,
        'hr',
        fullScorecard(hrAttributes, 'yes', 'amend'),
      ),
      {
        reason: 'reason_required',
      },
    );
    const amended = await score(t.users.recruiter, applicationId, 'hr', {
      ...fullScorecard(hrAttributes, 'yes', 'amend'),
      reason: 'Referensi dari atasan lama sudah masuk.',
    });
    expect(amended.status).toBe(200);
    expect(amended.body.recommendation).toBe('yes');
    const view = await t.call(
      t.users.recruiter,
      'GET',
      `${kitUrl(applicationId, 'hr')}/scorecards`,
    );
    expect(view.body.own.revisions).toEqual([
      expect.objectContaining({
        recommendation: 'no',
        reason: 'Referensi dari atasan lama sudah masuk.',
        changedByName: 'Rina Recruiter',
      }),
    ]);
  });

  test('bad scorecards get a clear 400 or 403 and change nothing', async () => {
    const { applicationId } = await buildApplication(t);
    // Nobody scores an interview the candidate has not reached.
    const early = await score(
      t.users.recruiter,
      applicationId,
      'hr',
      fullScorecard(hrAttributes, 'yes'),
    );
    expect(expectError(early, 409, 'conflict').map((f) => f.code)).toEqual([
      'interview_not_reached',
    ]);
    await moveToHrInterview(t, applicationId);
    const tooEarlyForUser = await score(
      t.users.hiringManager,
      applicationId,
      'user',
      fullScorecard(userAttributes, 'yes'),
    );
    expect(expectError(tooEarlyForUser, 409, 'conflict').map((f) => f.code)).toEqual([
      'interview_not_reached',
    ]);
    expectInvalid(
      await score(t.users.recruiter, applicationId, 'hr', {
        action: 'draft',
        ratings: [{ attribute: 'charisma', rating: 'yes' }],
      }),
      {
        'ratings.0.attribute': 'invalid_value',
      },
    );
    expectInvalid(
      await score(t.users.recruiter, applicationId, 'hr', {
        action: 'draft',
        ratings: [{ attribute: 'technical_skill', rating: 'yes' }],
      }),
      {
        'ratings.0.attribute': 'unknown_attribute',
      },
    );
    expectInvalid(
      await score(t.users.recruiter, applicationId, 'hr', {
        action: 'draft',
        ratings: [{ attribute: 'attitude', rating: 'maybe' }],
      }),
      {
        'ratings.0.rating': 'invalid_value',
      },
    );
    expectInvalid(
      await score(t.users.recruiter, applicationId, 'hr', { action: 'publish', ratings: [] }),
      { action: 'invalid_value' },
    );
    // The interviewer is on the user panel, not HR's; another team's manager does not see the job at all.
    expectError(
      await score(t.users.interviewer, applicationId, 'hr', fullScorecard(hrAttributes, 'yes')),
      403,
      'forbidden',
    );
    expectError(
      await score(
        t.users.otherManager,
        applicationId,
        'user',
        fullScorecard(userAttributes, 'yes'),
      ),
      404,
      'not_found',
    );
    expectError(
      await t.call(null, 'GET', `${kitUrl(applicationId, 'hr')}/kit`),
      401,
      'unauthenticated',
    );
    const view = await t.call(
      t.users.recruiter,
      'GET',
      `${kitUrl(applicationId, 'hr')}/scorecards`,
    );
    expect(view.body).toMatchObject({ own: null, others: [], hidden: 0 });
    // Deciding before anyone scored is refused; so is deciding a stage the application is not at.
    const decisions = `/api/applications/${applicationId}/decisions`;
    expectInvalid(
      await t.call(t.users.recruiter, 'POST', decisions, { stage: 'hr', outcome: 'advance' }),
      {
        stage: 'no_scorecards',
      },
    );
    expectError(
      await t.call(t.users.hiringManager, 'POST', decisions, { stage: 'user', outcome: 'advance' }),
      409,
      'conflict',
    );
  });
});

describe('question bank', () => {
  test('filters by stage, attribute, type and language; HR adds and edits, others may not', async () => {
    const all = await t.call(t.users.interviewer, 'GET', '/api/questions');
    expect(all.body.items.length).toBeGreaterThanOrEqual(60);
    const hr = await t.call(
      t.users.recruiter,
      'GET',
      '/api/questions?stage=hr&attribute=motivation',
    );
    expect(hr.body.items.length).toBeGreaterThan(0);
    expect(
      hr.body.items.every(
        (q: { stage: string; attribute: string }) =>
          q.stage === 'hr' && q.attribute === 'motivation',
      ),
    ).toBe(true);

    const body = {
      stage: 'user',
      attribute: 'tool_mastery',
      type: 'technical',
      roles: ['data_analyst'],
      text: {
        id: 'Kapan Anda memilih Looker Studio dibanding spreadsheet?',
        en: 'When do you pick Looker Studio over a spreadsheet?',
      },
      goodAnswer: {
        id: 'Menimbang ukuran data dan siapa pembacanya.',
        en: 'Weighs data size and who reads it.',
      },
      redFlags: { id: 'Hanya menyebut nama alat.', en: 'Only names tools.' },
    };
    const created = await t.call(t.users.recruiter, 'POST', '/api/questions', body);
    expect(created.status).toBe(201);
    expect(created.body.builtIn).toBe(false);
    const inEnglish = await t.call(
      t.users.recruiter,
      'GET',
      '/api/questions?q=looker%20studio%20over&language=en',
    );
    expect(inEnglish.body.items.map((q: { id: string }) => q.id)).toEqual([created.body.id]);
    const inIndonesian = await t.call(
      t.users.recruiter,
      'GET',
      '/api/questions?q=looker%20studio%20over&language=id',
    );
    expect(inIndonesian.body.items).toEqual([]);

    const edited = await t.call(t.users.recruiter, 'PUT', `/api/questions/${created.body.id}`, {
      ...body,
      type: 'case_study',
    });
    expect(edited.body.type).toBe('case_study');
    expectInvalid(
      await t.call(t.users.recruiter, 'POST', '/api/questions', {
        ...body,
        text: { id: '', en: 'x' },
        attribute: 'charisma',
      }),
      {
        'text.id': 'required',
        attribute: 'invalid_value',
      },
    );
    expectError(
      await t.call(t.users.hiringManager, 'POST', '/api/questions', body),
      403,
      'forbidden',
    );
    expectError(
      await t.call(t.users.recruiter, 'PUT', `/api/questions/${unknownId()}`, body),
      404,
      'not_found',
    );
  });
});

describe('my interviews', () => {
  test("lists the candidates at an interview the user sits on, with their own scorecard's state", async () => {
    const { applicationId } = await buildApplication(t);
    await moveTo(t, applicationId, 'hr_interview');
    await moveTo(t, applicationId, 'user_interview', skipHrGate);
    // HR books the interviewer (and the manager) into it: the booked panel is who sits it.
    await userInterviewHeld(applicationId);
    const mine = async (as: TestUser) =>
      (await t.call(as, 'GET', '/api/my-interviews')).body.items.filter(
        (item: { applicationId: string }) => item.applicationId === applicationId,
      );
    expect(await mine(t.users.interviewer)).toEqual([
      expect.objectContaining({
        interview: 'user',
        scorecard: 'none',
        candidateName: expect.stringContaining('Sari'),
      }),
    ]);
    await score(t.users.interviewer, applicationId, 'user', { action: 'draft', ratings: [] });
    expect((await mine(t.users.interviewer))[0].scorecard).toBe('draft');
    await score(t.users.interviewer, applicationId, 'user', fullScorecard(userAttributes, 'yes'));
    expect((await mine(t.users.interviewer))[0].scorecard).toBe('submitted');
    // HR sits on the HR panel only; another team's manager sees nothing of this job.
    expect(await mine(t.users.recruiter)).toEqual([]);
    expect(await mine(t.users.otherManager)).toEqual([]);
  });
});
