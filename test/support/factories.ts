import { builtInStageTemplates } from '../../src/domain/stage-template';
import type { NewCandidateInput } from '../../src/server/routes/candidates.schema';
import type { JobInput } from '../../src/server/routes/jobs.schema';
import type { TestApp, TestUser } from './test-app';

let counter = 0;
/** A tag no other test run uses, for e-mails and names that must not collide. */
export const unique = (): string => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A valid job body whose hiring team is the test app's recruiter, hiring manager and interviewer. */
export function jobInput(t: TestApp, overrides: Partial<JobInput> = {}): JobInput {
  return {
    title: 'Backend Developer',
    department: 'Engineering',
    city: 'Jakarta Selatan',
    workMode: 'hybrid',
    employmentType: 'full_time',
    description: 'Membangun layanan API.',
    requiredSkills: ['Node.js', 'PostgreSQL'],
    tools: ['Git'],
    testsEnabled: false,
    team: {
      recruiterId: t.users.recruiter.id,
      hiringManagerId: t.users.hiringManager.id,
      interviewerIds: [t.users.interviewer.id],
    },
    ...overrides,
  };
}

export async function buildJob(t: TestApp, overrides: Partial<JobInput> = {}) {
  const created = await t.call(t.users.recruiter, 'POST', '/api/jobs', jobInput(t, overrides));
  if (created.status !== 201) throw new Error(`buildJob: ${JSON.stringify(created.body)}`);
  const opened = await t.call(t.users.recruiter, 'POST', `/api/jobs/${created.body.id}/open`);
  return opened.body as { id: string; title: string };
}

/**
 * A job of another team: the other manager hires for it, so the test app's hiring manager does
 * not see it. Its interviewers are `interviewerIds` (none unless given).
 */
export async function buildOtherTeamsJob(
  t: TestApp,
  { interviewerIds = [], ...overrides }: Partial<JobInput> & { interviewerIds?: string[] } = {},
) {
  return buildJob(t, {
    ...overrides,
    team: {
      recruiterId: t.users.recruiter.id,
      hiringManagerId: t.users.otherManager.id,
      interviewerIds,
    },
  });
}

/**
 * Two open jobs to compare: A is the test app's hiring manager's, B (Sales Executive, with the
 * test app's interviewer) another team's.
 */
export async function buildJobsOfTwoTeams(t: TestApp): Promise<{ A: string; B: string }> {
  const A = (await buildJob(t)).id;
  const B = (
    await buildOtherTeamsJob(t, {
      title: 'Sales Executive',
      interviewerIds: [t.users.interviewer.id],
    })
  ).id;
  return { A, B };
}

export function candidateInput(overrides: Partial<NewCandidateInput> = {}): NewCandidateInput {
  const id = unique();
  return {
    fullName: `Sari Rahmawati ${id}`,
    email: `sari.${id}@example.com`,
    phone: '0812-3456-7890',
    source: 'manual',
    tags: [],
    notes: '',
    tellCandidate: false,
    ...overrides,
  };
}

/** HR adds a candidate by hand (applied to `jobIds`, if given): the candidate as the API answers. */
export async function addCandidate(t: TestApp, overrides: Partial<NewCandidateInput> = {}) {
  const created = await t.call(
    t.users.recruiter,
    'POST',
    '/api/candidates',
    candidateInput(overrides),
  );
  if (created.status !== 201) throw new Error(`addCandidate: ${JSON.stringify(created.body)}`);
  return created.body as { id: string; applications: { id: string; jobId: string }[] };
}

/** A candidate applied to a job (building the job when none is given). */
export async function buildApplication(
  t: TestApp,
  options: { jobId?: string; testsEnabled?: boolean } = {},
) {
  const jobId =
    options.jobId ?? (await buildJob(t, { testsEnabled: options.testsEnabled ?? false })).id;
  const created = await t.call(
    t.users.recruiter,
    'POST',
    '/api/candidates',
    candidateInput({ jobIds: [jobId] }),
  );
  if (created.status !== 201) throw new Error(`buildApplication: ${JSON.stringify(created.body)}`);
  const application = created.body.applications[0] as { id: string; stage: string };
  return { jobId, candidateId: created.body.id as string, applicationId: application.id };
}

export async function moveTo(
  t: TestApp,
  applicationId: string,
  toStage: string,
  extra: Record<string, unknown> = {},
) {
  return t.call(t.users.recruiter, 'POST', `/api/applications/${applicationId}/move`, {
    toStage,
    ...extra,
  });
}

/** HR saves (does not submit) a draft of the HR-interview scorecard with these ratings. */
export function draftHrScorecard(
  t: TestApp,
  applicationId: string,
  ratings: { attribute: string; rating: string; evidence?: string }[],
) {
  const path = `/api/applications/${applicationId}/interviews/hr/scorecard`;
  return t.call(t.users.recruiter, 'PUT', path, { action: 'draft', ratings });
}

/** The interview stages a scorecard is written for. */
export type ScoredStage = 'hr' | 'user';

/**
 * A scorecard for the stage's built-in template that rates every attribute `rating` and
 * recommends the same; evidence and summary only where a test reads them back.
 */
export function uniformScorecard(
  stage: ScoredStage,
  rating: string,
  options: { action?: 'draft' | 'submit'; evidence?: string; summary?: string } = {},
) {
  const { action = 'submit', evidence = 'Jelas.', summary = 'Baik.' } = options;
  return {
    action,
    ratings: builtInStageTemplates[stage].attributes.map((attribute) => ({
      attribute,
      rating,
      evidence,
    })),
    recommendation: rating,
    summary,
  };
}

/** The application's interview at a stage; its kit and scorecard hang below it (`…/kit`). */
export const interviewStageUrl = (applicationId: string, stage: ScoredStage) =>
  `/api/applications/${applicationId}/interviews/${stage}`;

/** The interview kit `as` sees for the application's interview at the stage. */
export const readKit = (t: TestApp, as: TestUser, applicationId: string, stage: ScoredStage) =>
  t.call(as, 'GET', `${interviewStageUrl(applicationId, stage)}/kit`);

/** `as` saves a scorecard (as `uniformScorecard` builds) on the application's interview at the stage. */
export function scoreStage(
  t: TestApp,
  as: TestUser,
  applicationId: string,
  stage: ScoredStage,
  scorecard: ReturnType<typeof uniformScorecard>,
) {
  return t.call(as, 'PUT', `${interviewStageUrl(applicationId, stage)}/scorecard`, scorecard);
}

/**
 * `scoreStage` with a `uniformScorecard` rating everything `rating`, saved as a draft or
 * submitted: `const score = uniformScorer(t, 'yes')`, then `score(as, applicationId, 'hr', 'draft')`.
 */
export const uniformScorer =
  (t: TestApp, rating: string) =>
  (as: TestUser, applicationId: string, stage: ScoredStage, action: 'draft' | 'submit') =>
    scoreStage(t, as, applicationId, stage, uniformScorecard(stage, rating, { action }));

/** HR (or `as`) submits an HR-interview scorecard rating every attribute of the built-in template "yes". */
export const scoreHrInterview = (t: TestApp, applicationId: string, as?: TestUser) =>
  submitYesScorecard(t, as ?? t.users.recruiter, applicationId, 'hr', 'Baik.');

/**
 * The job's hiring manager (or `as`) submits a user-interview scorecard rating every attribute of
 * the built-in template "yes": a user-stage verdict needs at least one scorecard.
 */
export const scoreUserInterview = (t: TestApp, applicationId: string, as?: TestUser) =>
  submitYesScorecard(t, as ?? t.users.hiringManager, applicationId, 'user', 'Siap untuk tawaran.');

async function submitYesScorecard(
  t: TestApp,
  as: TestUser,
  applicationId: string,
  stage: ScoredStage,
  summary: string,
): Promise<void> {
  const scorecard = uniformScorecard(stage, 'yes', { summary });
  const scored = await scoreStage(t, as, applicationId, stage, scorecard);
  if (scored.status !== 200) throw new Error(`score ${stage}: ${JSON.stringify(scored.body)}`);
}

/** HR moves the application through CV screening to the HR interview, each move checked. */
export function moveToHrInterview(t: TestApp, applicationId: string): Promise<void> {
  return moveThrough(t, applicationId, ['cv_screening', 'hr_interview']);
}

/**
 * HR moves the application on to the user interview without a decision, each move checked: past
 * the HR interview with the gate skipped and a reason (`skipHrGate`), as a real HR user must.
 */
export function moveToUserInterview(t: TestApp, applicationId: string): Promise<void> {
  return moveThrough(t, applicationId, ['cv_screening', 'hr_interview', 'user_interview']);
}

/** What a move past the HR interview with no HR decision carries: HR's skip of the gate. */
export const skipHrGate = { overrideHrGate: true, note: 'Sudah diwawancarai HR di luar sistem.' };

async function moveThrough(t: TestApp, applicationId: string, stages: string[]): Promise<void> {
  for (const [index, toStage] of stages.entries()) {
    const leavesHr = stages[index - 1] === 'hr_interview';
    const moved = await moveTo(t, applicationId, toStage, leavesHr ? skipHrGate : {});
    if (moved.status !== 200) throw new Error(`move to ${toStage}: ${JSON.stringify(moved.body)}`);
  }
}

/** A candidate applied to a job and moved on to the HR interview (see `buildApplication`). */
export async function atHrInterview(
  t: TestApp,
  options: { jobId?: string; testsEnabled?: boolean } = {},
) {
  const built = await buildApplication(t, options);
  await moveToHrInterview(t, built.applicationId);
  return built;
}

/**
 * The job's hiring manager rejects the candidate at the user interview: scores it "no", then
 * decides "reject" with an override reason (no interview was booked to hold). The rejection is
 * the manager's, so the candidate is not told until HR is (the e-mail, or "told by phone").
 */
export async function rejectedByHiringManager(t: TestApp, options: { jobId?: string } = {}) {
  const built = await buildApplication(t, options);
  await moveToUserInterview(t, built.applicationId);
  const manager = t.users.hiringManager;
  const scorecard = uniformScorecard('user', 'no', { evidence: 'Belum menguasai.' });
  const scored = await scoreStage(t, manager, built.applicationId, 'user', scorecard);
  if (scored.status !== 200) throw new Error(`score: ${JSON.stringify(scored.body)}`);
  const decided = await t.call(
    manager,
    'POST',
    `/api/applications/${built.applicationId}/decisions`,
    {
      stage: 'user',
      outcome: 'reject',
      rationale: 'Belum menguasai.',
      overrideReason: 'Diskusi panel selesai.',
    },
  );
  if (decided.status !== 201) throw new Error(`reject: ${JSON.stringify(decided.body)}`);
  return built;
}
