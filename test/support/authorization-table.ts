import { randomUUID } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { jakartaDay, jakartaTime } from './jakarta-time';
import type { TestApp } from './test-app';
import { privacyNoticeVersion } from '../../src/domain/careers';
import { utcToZonedTime } from '../../src/domain/scheduling/zoned-time';
import { moveInterviewStartIntoPast } from './begun-interviews';
import { applyFromCareers, makePdf, multipart } from './cv-files';
import {
  buildApplication,
  buildJob,
  candidateInput,
  jobInput,
  rejectedByHiringManager,
} from './factories';
import {
  applicationPlacedAtOffer,
  draftedOffer,
  offerTerms,
  sentOffer,
  setJobPay,
  type SentOffer,
} from './offers';

/**
 * Who calls each route in the authorization matrix: nobody, each role, and the hiring manager of
 * another job's team (so the fixture job, not theirs, answers as designed: 404, not the data).
 */
export const callers = [
  'anonymous',
  'admin',
  'recruiter',
  'hiringManager',
  'interviewer',
  'otherManager',
] as const;
export type Caller = (typeof callers)[number];

export interface Fixtures {
  t: TestApp;
  /** Path parameters by name, for routes that need nothing fresher. */
  params: Record<string, string>;
}

export interface Call {
  params?: Record<string, string>;
  /** JSON, or a ready multipart payload with its `headers` (a file upload). */
  body?: unknown;
  headers?: Record<string, string>;
  query?: string;
}

export interface Entry {
  /** Expected status per caller, in the order of `callers`: anonymous admin recruiter hm int other. */
  expect: string;
  /** Builds what one call needs; runs afresh before every caller (writes need fresh records). */
  prepare?: (f: Fixtures, caller: Caller) => Promise<Call>;
  /** Signing in or out ends the session used: call with a throwaway session of the caller's role. */
  freshSession?: true;
}

const strongPassword = 'sayur-asem-tempe-goreng-sambal';

const webhookBody = { url: 'https://hooks.example.com/seleksi', events: ['candidate.erased'] };

async function newTokenId({ t }: Fixtures): Promise<string> {
  const reply = await t.call(t.users.admin, 'POST', '/api/admin/api-tokens', {
    name: 'Matriks',
    scopes: ['read:jobs'],
  });
  return reply.body.token.id as string;
}

/** A spreadsheet uploaded for import by `as` (an admin or HR), waiting for its mapping. */
async function newImportId({ t }: Fixtures, as: TestApp['users']['admin']): Promise<string> {
  const { payload, headers } = importFile();
  const reply = await t.app.inject({
    method: 'POST',
    url: '/api/candidate-imports',
    payload,
    headers: { ...headers, cookie: as.cookie },
  });
  return (reply.json() as { id: string }).id;
}

/** The smallest valid PNG: one transparent pixel. */
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const importFile = () =>
  multipart(
    {},
    {
      name: 'kandidat.csv',
      bytes: Buffer.from('nama,email\r\nRina,rina@example.com\r\n'),
      field: 'file',
    },
  );

/** Imports are the uploader's (or an admin's): each HR caller reads their own upload. */
const importOf = async (f: Fixtures, caller: Caller) => ({
  params: {
    importId: await newImportId(f, caller === 'admin' ? f.t.users.admin : f.t.users.recruiter),
  },
});

async function newEndpointId({ t }: Fixtures): Promise<string> {
  return (await t.call(t.users.admin, 'POST', '/api/admin/webhooks', webhookBody)).body.endpoint
    .id as string;
}

/** An endpoint with one delivery in its log (written directly: no event needs to happen). */
async function newDelivery(f: Fixtures): Promise<{ endpointId: string; deliveryId: string }> {
  const endpointId = await newEndpointId(f);
  const [row] = await f.t.db.query<{ id: string }>(
    `INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, payload)
     VALUES ($1, gen_random_uuid(), 'candidate.erased', '{}') RETURNING id`,
    [endpointId],
  );
  return { endpointId, deliveryId: row!.id };
}

const questionBody = {
  stage: 'user',
  attribute: 'tool_mastery',
  type: 'technical',
  roles: [],
  text: { id: 'Alat apa yang Anda pakai?', en: 'Which tools do you use?' },
  goodAnswer: { id: 'Menyebut alasan.', en: 'Gives reasons.' },
  redFlags: { id: 'Tidak ada.', en: 'None.' },
};

async function invited(f: Fixtures): Promise<{ userId: string; token: string }> {
  const email = `matriks.${Math.random().toString(36).slice(2)}@test.seleksi.id`;
  const reply = await f.t.call(f.t.users.admin, 'POST', '/api/admin/users', {
    email,
    name: 'Matriks Uji',
    role: 'interviewer',
  });
  return { userId: reply.body.user.id, token: reply.body.link.token };
}

const asUser = (f: Fixtures, caller: Caller) =>
  caller === 'anonymous' ? f.t.users.recruiter : f.t.users[caller];

let nextDay = 10;
/** A wall-clock time in Jakarta some days ahead: every scheduled interview gets a day of its own. */
function nextSlot(): string {
  return jakartaTime(nextDay++);
}

/**
 * The path parameters of one application at the HR interview, as the route tables fill them:
 * its job, candidate and stage, a question of the bank and an e-mail template.
 */
export function applicationPathParams(
  built: { jobId: string; candidateId: string; applicationId: string },
  questionId: string,
): Record<string, string> {
  return {
    jobId: built.jobId,
    candidateId: built.candidateId,
    applicationId: built.applicationId,
    stage: 'hr',
    column: 'applied',
    questionId,
    key: 'thank_you',
    locale: 'en',
  };
}

export const hrInterviewInput = (f: Fixtures) => ({
  stage: 'hr',
  localStart: nextSlot(),
  timeZone: 'Asia/Jakarta',
  durationMinutes: 40,
  mode: 'online',
  meetingUrl: 'https://meet.example/abc-defg-hij',
  interviewerIds: [f.t.users.recruiter.id],
  locale: 'id',
});

/** An HR interview held a moment ago (this minute, Jakarta time), to record afterwards. */
export const heldHrInterviewInput = (f: Fixtures) => ({
  stage: 'hr',
  localStart: utcToZonedTime(new Date(), 'Asia/Jakarta'),
  timeZone: 'Asia/Jakarta',
  durationMinutes: 30,
  mode: 'onsite',
  address: 'Jl. Sudirman 1, Jakarta',
  interviewerIds: [f.t.users.recruiter.id],
});

/** A fresh HR interview booked, its start moved just past (begun, nobody scored): its id. */
async function begunInterview(f: Fixtures): Promise<string> {
  const { interviewId } = await scheduledInterview(f);
  await moveInterviewStartIntoPast(f.t, interviewId);
  return interviewId;
}

/** A fresh application at the HR interview with a held interview recorded (a walk-in): its id. */
async function recordedInterview(f: Fixtures): Promise<string> {
  const applicationId = await application(f, 'hr_interview');
  const path = `/api/applications/${applicationId}/held-interviews`;
  const recorded = await f.t.call(f.t.users.recruiter, 'POST', path, heldHrInterviewInput(f));
  if (recorded.status !== 201) throw new Error(JSON.stringify(recorded.body));
  return recorded.body.id as string;
}

/** A fresh application the job's hiring manager rejected at the user interview, untold so far. */
async function untoldRejection(f: Fixtures): Promise<string> {
  return (await rejectedByHiringManager(f.t, { jobId: f.params.jobId! })).applicationId;
}

/** A fresh application at the HR interview with an interview scheduled, and its portal token. */
export async function scheduledInterview(f: Fixtures) {
  const applicationId = await application(f, 'hr_interview');
  const created = await f.t.call(
    f.t.users.recruiter,
    'POST',
    `/api/applications/${applicationId}/interviews`,
    hrInterviewInput(f),
  );
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  const overview = await f.t.call(
    f.t.users.recruiter,
    'GET',
    `/api/applications/${applicationId}/interviews`,
  );
  const token = String(overview.body.portalUrl).split('/portal/')[1]!;
  return { applicationId, interviewId: created.body.id as string, token };
}

let lastOffer: SentOffer | undefined;
/**
 * A sent offer on the fixture job, made afresh only for the callers that use it up (whose call
 * succeeds); the callers refused before anything changes reuse the last one, which keeps the
 * matrix quick.
 */
async function offerFor(
  f: Fixtures,
  caller: Caller,
  consumers: readonly Caller[],
  after?: (offer: SentOffer) => Promise<unknown>,
): Promise<SentOffer> {
  if (!lastOffer || consumers.includes(caller)) {
    lastOffer = await sentOffer(f.t, { jobId: f.params.jobId });
    await after?.(lastOffer);
  }
  return lastOffer;
}

/** A fresh candidate applied to the fixture job. */
async function candidate(f: Fixtures): Promise<string> {
  return (await buildApplication(f.t, { jobId: f.params.jobId! })).candidateId;
}

/** A fresh data request (an access request) for a fresh candidate. */
export async function dataRequest(f: Fixtures): Promise<string> {
  const reply = await f.t.call(
    f.t.users.recruiter,
    'POST',
    `/api/candidates/${await candidate(f)}/data-requests`,
    { kind: 'access', channel: 'email' },
  );
  return reply.body.id as string;
}

/** A fresh careers-page candidate of the fixture job: consent for that recruitment only, or also the pool. */
async function careersCandidate(f: Fixtures, talentPool = false): Promise<string> {
  const email = `kolam.${Math.random().toString(36).slice(2)}@example.com`;
  const applied = await applyFromCareers(
    f.t,
    f.params.jobId!,
    {
      fullName: 'Matriks Kolam',
      email,
      phone: '0812-7000-5678',
      city: 'Medan',
      consent: 'true',
      ...(talentPool ? { talentPool: 'true' } : {}),
      privacyNoticeVersion,
    },
    { name: 'cv.pdf', contentType: 'application/pdf', bytes: await makePdf(['Kolam']) },
  );
  if (applied.status !== 201) throw new Error(JSON.stringify(applied.body));
  const [row] = await f.t.db.query<{ id: string }>('SELECT id FROM candidates WHERE email = $1', [
    email,
  ]);
  return row!.id;
}

/** A fresh invitation to the talent pool, by the token its e-mail carries. */
async function talentPoolInvitation(f: Fixtures): Promise<string> {
  const candidateId = await careersCandidate(f);
  await f.t.call(
    f.t.users.recruiter,
    'POST',
    `/api/candidates/${candidateId}/talent-pool/invitations`,
    { jobId: f.params.jobId },
  );
  const [message] = await f.t.db.query<{ body: string }>(
    `SELECT coalesce(delivery_body, body) AS body FROM email_messages WHERE template = 'talent_pool_invitation' AND candidate_id = $1`,
    [candidateId],
  );
  return /\/talent-pool\/([\w-]+)/.exec(message!.body)![1]!;
}

/** A message marked failed (as after its last retry), for sending again. */
async function failedMessage(f: Fixtures): Promise<string> {
  const [row] = await f.t.db.query<{ id: string }>(
    `UPDATE email_messages SET status = 'failed'
     WHERE id = (SELECT id FROM email_messages WHERE status <> 'failed'
                 AND template NOT IN ('talent_pool_invitation', 'account_invitation', 'password_reset')
                 LIMIT 1) RETURNING id`,
  );
  return row!.id;
}

/** The seeded UMP of Aceh (2025), which the PUT rewrites with the same figures. */
async function firstMinimumWageId(t: TestApp): Promise<string> {
  const [row] = await t.db.query<{ id: string }>(
    `SELECT id FROM minimum_wages WHERE province = 'aceh' AND city IS NULL AND year = 2025`,
  );
  return row!.id;
}

/** A city's minimum wage of its own, for deleting. */
async function newMinimumWageId(t: TestApp): Promise<string> {
  const [row] = await t.db.query<{ id: string }>(
    `INSERT INTO minimum_wages (province, city, year, monthly_amount, decree)
     VALUES ('bali', $1, 2026, 3300000, 'Keputusan Gubernur Bali') RETURNING id`,
    [`Kabupaten ${randomUUID()}`],
  );
  return row!.id;
}

/** A fresh application of the fixture job at the given stage. */
async function application(f: Fixtures, stage?: string) {
  const built = await buildApplication(f.t, { jobId: f.params.jobId! });
  if (stage) {
    await f.t.call(f.t.users.recruiter, 'POST', `/api/applications/${built.applicationId}/move`, {
      toStage: stage,
    });
  }
  return built.applicationId;
}

/** The fixture job placed in a province (no band, no approval rule), so offers can be drafted. */
async function offerJob(f: Fixtures): Promise<string> {
  await setJobPay(f.t, f.params.jobId!, { province: 'dki_jakarta' });
  return f.params.jobId!;
}

/** A fresh offer of the fixture job, drafted by the recruiter; `submitted`: awaiting approval. */
async function freshOffer(f: Fixtures, submitted = false): Promise<Call> {
  const { offerId } = await draftedOffer(f.t, await offerJob(f), {}, { placed: true });
  if (submitted) await f.t.call(f.t.users.recruiter, 'POST', `/api/offers/${offerId}/submission`);
  return { params: { offerId } };
}

// prettier-ignore
/**
 * Every route in the OpenAPI document, and how each caller is answered. A new route needs a line
 * here (the test names the missing ones). 2xx: allowed; 401: no session; 403: the role may never
 * do this; 404: the record is outside the caller's hiring teams (its existence does not leak).
 */
export const authorizationTable: Record<string, Entry> = {
  //                                                          anon admin rec hm  int other
  'GET /api/health':                                 { expect: '200 200 200 200 200 200' },
  'GET /api/openapi.json':                           { expect: '200 200 200 200 200 200' },
  'POST /api/auth/login': {
    expect: '200 200 200 200 200 200',
    freshSession: true,
    prepare: async (f, caller) => ({ body: { email: asUser(f, caller).email, password: 'correct horse battery staple' } }),
  },
  'POST /api/auth/logout':                           { expect: '200 200 200 200 200 200', freshSession: true },
  'GET /api/auth/session':                           { expect: '200 200 200 200 200 200' },
  'GET /api/auth/me':                                { expect: '401 200 200 200 200 200' },
  'PATCH /api/auth/me':                              { expect: '401 200 200 200 200 200', prepare: async () => ({ body: { locale: 'id' } }) },
  'GET /api/users':                                  { expect: '401 200 200 403 403 403' },
  'GET /api/jobs':                                   { expect: '401 200 200 200 200 200' },
  'POST /api/jobs':                                  { expect: '401 201 201 403 403 403', prepare: async (f) => ({ body: jobInput(f.t) }) },
  'GET /api/jobs/{jobId}':                           { expect: '401 200 200 200 200 404' },
  'PUT /api/jobs/{jobId}':                           { expect: '401 200 200 403 403 403', prepare: async (f) => ({ body: jobInput(f.t) }) },
  'POST /api/jobs/{jobId}/open': {
    expect: '401 200 200 403 403 403',
    prepare: async (f) => ({ params: { jobId: (await f.t.call(f.t.users.recruiter, 'POST', '/api/jobs', jobInput(f.t))).body.id } }),
  },
  'POST /api/jobs/{jobId}/close': {
    expect: '401 200 200 403 403 403',
    prepare: async (f) => ({ params: { jobId: (await buildJob(f.t)).id } }),
  },
  // A job's board and screening page show all its people: an interviewer opens their kits instead.
  'GET /api/jobs/{jobId}/board':                     { expect: '401 200 200 200 403 404' },
  'GET /api/jobs/{jobId}/board/{column}':            { expect: '401 200 200 200 403 404' },
  'GET /api/candidates':                             { expect: '401 200 200 200 200 200' },
  'POST /api/candidates':                            { expect: '401 201 201 403 403 403', prepare: async () => ({ body: candidateInput() }) },
  'GET /api/careers/jobs':                           { expect: '200 200 200 200 200 200' },
  'GET /api/careers/jobs/{jobId}':                   { expect: '200 200 200 200 200 200' },
  // Public: anyone applies the same way (a JSON body instead of the form is refused alike).
  'POST /api/careers/jobs/{jobId}/applications':     { expect: '400 400 400 400 400 400', prepare: async () => ({ body: {} }) },
  // The team's interviewer sits on no interview panel of the fixture's candidate (the HR interview's
  // panel is the recruiter): their CV, the candidate and the duplicates are not theirs to read.
  'GET /api/cv-files/{cvFileId}':                    { expect: '401 200 200 200 404 404' },
  'PUT /api/candidates/{candidateId}/cv': {
    expect: '401 200 200 403 403 403',
    prepare: async () => {
      const { payload, headers } = multipart({}, { name: 'cv.pdf', bytes: await makePdf(['Kolam']) });
      return { body: payload, headers };
    },
  },
  'GET /api/candidates/{candidateId}/duplicates':    { expect: '401 200 200 200 404 404' },
  'POST /api/candidates/{candidateId}/not-duplicates': {
    expect: '401 200 200 403 403 403',
    prepare: async (f) => ({
      params: { candidateId: await candidate(f) },
      body: { duplicateId: await candidate(f) },
    }),
  },
  'POST /api/candidates/{candidateId}/merge': {
    expect: '401 200 200 403 403 403',
    prepare: async (f) => {
      const kept = await f.t.call(f.t.users.recruiter, 'POST', '/api/candidates', candidateInput());
      const twin = await f.t.call(f.t.users.recruiter, 'POST', '/api/candidates', candidateInput());
      return { params: { candidateId: kept.body.id }, body: { duplicateId: twin.body.id } };
    },
  },
  'GET /api/jobs/{jobId}/screening':                 { expect: '401 200 200 200 403 404' },
  'GET /api/candidates/{candidateId}':               { expect: '401 200 200 200 404 404' },
  'PUT /api/candidates/{candidateId}':               { expect: '401 200 200 403 403 403', prepare: async () => ({ body: candidateInput() }) },
  'POST /api/applications': {
    expect: '401 201 201 403 403 403',
    prepare: async (f) => {
      const candidate = await f.t.call(f.t.users.recruiter, 'POST', '/api/candidates', candidateInput());
      return { body: { candidateId: candidate.body.id, jobId: f.params.jobId } };
    },
  },
  'POST /api/applications/{applicationId}/move': {
    expect: '401 200 200 200 403 404',
    prepare: async (f) => ({ params: { applicationId: await application(f) }, body: { toStage: 'cv_screening' } }),
  },
  'POST /api/jobs/{jobId}/bulk-move': {
    expect: '401 200 200 200 403 404',
    prepare: async (f) => ({ body: { applicationIds: [await application(f)], toStage: 'cv_screening' } }),
  },
  'POST /api/jobs/{jobId}/interviews-called-off': {
    expect: '401 200 200 200 403 404',
    prepare: async (f) => ({ body: { applicationIds: [await application(f)], toStage: 'rejected' } }),
  },
  'POST /api/jobs/{jobId}/rejection-preview': {
    expect: '401 200 200 403 403 403',
    prepare: async (f) => ({ body: { applicationIds: [await application(f)] } }),
  },
  'GET /api/stage-templates':                        { expect: '401 200 200 200 200 200' },
  'PUT /api/stage-templates/{stage}': {
    expect: '401 200 403 403 403 403',
    prepare: async (f) => {
      const { stage: _stage, ...hr } = (await f.t.call(f.t.users.admin, 'GET', '/api/stage-templates')).body.hr;
      return { body: hr };
    },
  },
  'GET /api/questions':                              { expect: '401 200 200 200 200 200' },
  'POST /api/questions':                             { expect: '401 201 201 403 403 403', prepare: async () => ({ body: questionBody }) },
  'PUT /api/questions/{questionId}':                 { expect: '401 200 200 403 403 403', prepare: async () => ({ body: questionBody }) },
  'GET /api/jobs/{jobId}/interview-plan':            { expect: '401 200 200 200 200 404' },
  'PUT /api/jobs/{jobId}/interview-plan': {
    expect: '401 200 200 200 403 404',
    prepare: async (f) => {
      const { plan } = (await f.t.call(f.t.users.admin, 'GET', `/api/jobs/${f.params.jobId}/interview-plan`)).body;
      return { body: plan };
    },
  },
  // The fixture is at the HR interview, whose panel is the recruiter: the team's interviewer sits
  // on the user interview's panel only.
  'GET /api/applications/{applicationId}/interviews/{stage}/kit':        { expect: '401 200 200 200 403 404' },
  // Salary talk is for HR and the job's hiring manager; only HR records what the candidate states.
  'GET /api/applications/{applicationId}/salary-expectations':          { expect: '401 200 200 200 403 404' },
  'POST /api/applications/{applicationId}/salary-expectations': {
    expect: '401 201 201 403 403 404',
    prepare: async () => ({ body: { monthlyAmount: 9_500_000, basis: 'gross', negotiable: true } }),
  },
  'GET /api/today':                                                     { expect: '401 200 200 200 200 200' },
  'GET /api/today/waiting': { expect: '401 200 200 403 403 403', prepare: async () => ({ query: 'list=too_long' }) },
  // Reports: HR reads every job, a hiring manager their own (another manager: their own, none here);
  // interviewers read no pipeline report.
  'GET /api/reports/funnel':                                            { expect: '401 200 200 200 403 200' },
  'GET /api/reports/speed':                                             { expect: '401 200 200 200 403 200' },
  'GET /api/reports/sources':                                           { expect: '401 200 200 200 403 200' },
  'GET /api/reports/attendance':                                        { expect: '401 200 200 200 403 200' },
  'GET /api/reports/{report}/export': {
    expect: '401 200 200 200 403 200',
    prepare: async () => ({ params: { report: 'funnel' }, query: 'format=csv' }),
  },
  'GET /api/jobs/{jobId}/stage-targets':                                { expect: '401 200 200 200 200 404' },
  'PUT /api/jobs/{jobId}/stage-targets': {
    expect: '401 200 200 403 403 403',
    prepare: async () => ({ body: { targets: { applied: 2, cv_screening: 4, hr_interview: 7, tests: 5, user_interview: 7, offer: 5 } } }),
  },
  'GET /api/my-interviews':                                             { expect: '401 200 200 200 200 200' },
  'GET /api/applications/{applicationId}/interviews/{stage}/scorecards': { expect: '401 200 200 200 403 404' },
  'PUT /api/applications/{applicationId}/interviews/{stage}/scorecard': {
    expect: '401 403 200 403 403 404',
    prepare: async () => ({ body: { action: 'draft', ratings: [] } }),
  },
  'GET /api/applications/{applicationId}/decisions':  { expect: '401 200 200 200 200 404' },
  'POST /api/applications/{applicationId}/decisions': {
    expect: '401 201 201 403 403 404',
    prepare: async () => ({ body: { stage: 'hr', outcome: 'hold', rationale: 'Menunggu hasil tes.' } }),
  },
  'GET /api/jobs/{jobId}/comparison':                { expect: '401 200 200 200 403 404' },
  // Offers: HR drafts and sends; the job's hiring manager (or the named approver) approves and
  // reads them; interviewers never see offers or their amounts.
  'GET /api/applications/{applicationId}/offers':    { expect: '401 200 200 200 403 404' },
  'POST /api/applications/{applicationId}/offers': {
    expect: '401 201 201 403 403 404',
    prepare: async (f) => ({ params: { applicationId: (await applicationPlacedAtOffer(f.t, await offerJob(f))).applicationId }, body: offerTerms() }),
  },
  // The offers list: every job's for HR, their jobs' for a hiring manager (another team's: an empty list).
  'GET /api/offers':                                 { expect: '401 200 200 200 403 200' },
  'GET /api/offers/{offerId}':                       { expect: '401 200 200 200 403 404', prepare: (f) => freshOffer(f) },
  'PUT /api/offers/{offerId}': {
    expect: '401 200 200 403 403 404',
    prepare: async (f) => ({ ...(await freshOffer(f)), body: offerTerms({ grossMonthlySalary: 13_000_000 }) }),
  },
  'POST /api/offers/{offerId}/submission':           { expect: '401 200 200 403 403 404', prepare: (f) => freshOffer(f) },
  'POST /api/offers/{offerId}/approvals': {
    expect: '401 403 403 201 403 404',
    prepare: async (f) => ({ ...(await freshOffer(f, true)), body: { decision: 'approved', reason: '' } }),
  },
  'POST /api/offers/{offerId}/sending':              { expect: '401 200 200 403 403 404', prepare: (f) => freshOffer(f) },
  'PUT /api/offers/{offerId}/expiry': {
    expect: '401 200 200 403 403 404',
    prepare: async (f) => ({ ...(await freshOffer(f)), body: { expiresOn: jakartaDay(14) } }),
  },
  'POST /api/offers/{offerId}/withdrawal':           { expect: '401 200 200 403 403 404', prepare: (f) => freshOffer(f) },
  'POST /api/coach/analyze': {
    expect: '200 200 200 200 200 200',
    prepare: async () => ({ body: { language: 'id', stage: 'hr', question: 'Ceritakan diri Anda.', answer: 'Saya analis data.' } }),
  },
  'GET /api/coach/jobs':                             { expect: '200 200 200 200 200 200' },
  'GET /api/coach/questions':                        { expect: '200 200 200 200 200 200', prepare: async () => ({ query: 'stage=hr' }) },
  // Scheduling: HR schedules the HR interview; the fixture job's hiring manager only the user one.
  // The team's interviewer sits on no panel of the fixture: refused as its candidate page is (retrial25 L3).
  'GET /api/applications/{applicationId}/interviews': { expect: '401 200 200 200 404 404' },
  'POST /api/applications/{applicationId}/interviews': {
    expect: '401 201 201 403 403 404',
    prepare: async (f) => ({ params: { applicationId: await application(f, 'hr_interview') }, body: hrInterviewInput(f) }),
  },
  'POST /api/applications/{applicationId}/held-interviews': {
    expect: '401 201 201 403 403 404',
    prepare: async (f) => ({ params: { applicationId: await application(f, 'hr_interview') }, body: heldHrInterviewInput(f) }),
  },
  // A candidate who did not come: as booking (HR at the HR interview), once the start has passed.
  'POST /api/interviews/{interviewId}/no-show': {
    expect: '401 200 200 403 403 404',
    prepare: async (f) => ({ params: { interviewId: await begunInterview(f) }, body: { note: 'Tidak bisa dihubungi.' } }),
  },
  // Correcting or removing a walk-in's record: as recording it (HR at the HR interview).
  'PUT /api/interviews/{interviewId}/record': {
    expect: '401 200 200 403 403 404',
    prepare: async (f) => ({ params: { interviewId: await recordedInterview(f) }, body: { ...heldHrInterviewInput(f), stage: undefined } }),
  },
  'DELETE /api/interviews/{interviewId}/record': {
    expect: '401 200 200 403 403 404',
    prepare: async (f) => ({ params: { interviewId: await recordedInterview(f) } }),
  },
  // Only HR tells a candidate of a rejection, by e-mail or (marked here) by phone.
  'POST /api/applications/{applicationId}/rejection-told': {
    expect: '401 200 200 403 403 403',
    prepare: async (f) => ({ params: { applicationId: await untoldRejection(f) }, body: { how: 'phone' } }),
  },
  'POST /api/interviews/{interviewId}/reschedule': {
    expect: '401 200 200 403 403 404',
    prepare: async (f) => ({ params: { interviewId: (await scheduledInterview(f)).interviewId }, body: { ...hrInterviewInput(f), stage: undefined } }),
  },
  'POST /api/interviews/{interviewId}/cancel': {
    expect: '401 200 200 403 403 404',
    prepare: async (f) => ({ params: { interviewId: (await scheduledInterview(f)).interviewId }, body: { reason: 'Posisi ditunda.' } }),
  },
  'POST /api/applications/{applicationId}/portal-link': { expect: '401 200 200 403 403 403' },
  'DELETE /api/applications/{applicationId}/portal-link': { expect: '401 200 200 403 403 403' },
  'POST /api/applications/{applicationId}/emails':   { expect: '401 201 201 403 403 403', prepare: async () => ({ body: { template: 'thank_you' } }) },
  'GET /api/email-templates':                        { expect: '401 200 200 403 403 403' },
  'PUT /api/email-templates/{key}/{locale}': {
    expect: '401 200 403 403 403 403',
    prepare: async () => ({ body: { subject: 'Terima kasih, {{candidateName}}', body: 'Salam, {{companyName}}' } }),
  },
  'DELETE /api/email-templates/{key}/{locale}':      { expect: '401 200 403 403 403 403' },
  'POST /api/email-templates/{key}/{locale}/preview': {
    expect: '401 200 200 403 403 403',
    prepare: async () => ({ body: { subject: 'Terima kasih, {{candidateName}}', body: 'Salam, {{companyName}}' } }),
  },
  'GET /api/outbox':                                 { expect: '401 200 200 403 403 403' },
  'GET /api/outbox/{messageId}':                     { expect: '401 200 200 403 403 403' },
  'POST /api/outbox/{messageId}/send-again': {
    expect: '401 200 200 403 403 403',
    prepare: async (f) => ({ params: { messageId: await failedMessage(f) } }),
  },
  // The candidate portal: the private link is the key, whoever holds it; only the candidate acts
  // (a browser signed in as staff is refused: HR can see the links).
  'GET /api/portal/{token}':                         { expect: '200 200 200 200 200 200' },
  'POST /api/portal/{token}/interviews/{interviewId}/confirm': {
    expect: '200 403 403 403 403 403',
    prepare: async (f) => ({ params: await scheduledInterview(f) }),
  },
  'POST /api/portal/{token}/interviews/{interviewId}/reschedule-request': {
    expect: '200 403 403 403 403 403',
    prepare: async (f) => ({ params: await scheduledInterview(f), body: { proposedTimes: [nextSlot()], reason: 'Ada ujian.' } }),
  },
  'PUT /api/portal/{token}/language': {
    expect: '200 403 403 403 403 403',
    prepare: async (f) => ({ params: await scheduledInterview(f), body: { locale: 'en' } }),
  },
  'POST /api/portal/{token}/withdraw': {
    expect: '200 403 403 403 403 403',
    prepare: async (f) => ({ params: await scheduledInterview(f), body: {} }),
  },
  // UU PDP data requests: HR's work; exporting, restricting and erasing use a fresh candidate.
  'GET /api/data-requests':                          { expect: '401 200 200 403 403 403' },
  'POST /api/candidates/{candidateId}/data-requests': {
    expect: '401 201 201 403 403 403',
    prepare: async () => ({ body: { kind: 'access', channel: 'email' } }),
  },
  'POST /api/data-requests/{requestId}/close': {
    expect: '401 200 200 403 403 403',
    prepare: async (f) => ({ params: { requestId: await dataRequest(f) }, body: { outcome: 'corrected' } }),
  },
  'GET /api/candidates/{candidateId}/export':        { expect: '401 200 200 403 403 403', prepare: async (f) => ({ params: { candidateId: await candidate(f) } }) },
  'POST /api/candidates/{candidateId}/restrict':     { expect: '401 200 200 403 403 403', prepare: async (f) => ({ params: { candidateId: await candidate(f) } }) },
  'POST /api/candidates/{candidateId}/erase':        { expect: '401 200 200 403 403 403', prepare: async (f) => ({ params: { candidateId: await candidate(f) } }) },
  'POST /api/portal/{token}/data-requests':         { expect: '201 403 403 403 403 403', prepare: async () => ({ body: { kind: 'access' } }) },
  'GET /api/candidates/{candidateId}/export.zip':    { expect: '401 200 200 403 403 403' },
  'GET /api/retention':                              { expect: '401 200 200 403 403 403' },
  'PUT /api/retention':                              { expect: '401 200 403 403 403 403', prepare: async () => ({ body: { months: 12 } }) },
  'POST /api/candidates/{candidateId}/retention-extension': {
    expect: '401 200 200 403 403 403',
    prepare: async () => ({ body: { months: 6, reason: 'Kandidat cocok untuk lowongan berikutnya.' } }),
  },
  // The talent pool: HR asks and records; the candidate answers with the e-mailed link or the portal.
  'POST /api/candidates/{candidateId}/talent-pool/invitations': {
    expect: '401 201 201 403 403 403',
    prepare: async (f) => ({ params: { candidateId: await careersCandidate(f) }, body: { jobId: f.params.jobId } }),
  },
  'POST /api/candidates/{candidateId}/talent-pool/withdrawal': {
    expect: '401 200 200 403 403 403',
    prepare: async (f) => ({ params: { candidateId: await careersCandidate(f, true) } }),
  },
  'GET /api/talent-pool/{token}':                    { expect: '200 200 200 200 200 200', prepare: async (f) => ({ params: { token: await talentPoolInvitation(f) } }) },
  // Only the candidate answers: a browser signed in as staff is refused (HR can see their links).
  'POST /api/talent-pool/{token}/answer': {
    expect: '200 403 403 403 403 403',
    prepare: async (f) => ({ params: { token: await talentPoolInvitation(f) }, body: { agree: true, privacyNoticeVersion } }),
  },
  // Offers: the candidate answers behind the link (staff browsers refused); the exchange is for HR
  // and the job's hiring manager; replying and closing other applications are HR's.
  'GET /api/portal/{token}/offer':                   { expect: '200 200 200 200 200 200' },
  // The letter is read as the offer is: the link is the key (HR can see the link too).
  'GET /api/portal/{token}/offer/letter': {
    expect: '200 200 200 200 200 200',
    prepare: async (f, caller) => ({ params: { token: (await offerFor(f, caller, [])).token } }),
  },
  'POST /api/portal/{token}/offer/accept': {
    expect: '200 403 403 403 403 403',
    prepare: async (f, caller) => {
      const offer = await offerFor(f, caller, ['anonymous']);
      return { params: { token: offer.token }, body: { signedName: offer.candidateName, consent: true } };
    },
  },
  'POST /api/portal/{token}/offer/decline': {
    expect: '200 403 403 403 403 403',
    prepare: async (f, caller) => ({ params: { token: (await offerFor(f, caller, ['anonymous'])).token }, body: { reason: 'salary' } }),
  },
  'POST /api/portal/{token}/offer/counter': {
    expect: '200 403 403 403 403 403',
    prepare: async (f, caller) => ({ params: { token: (await offerFor(f, caller, ['anonymous'])).token }, body: { grossMonthlySalary: 9_000_000 } }),
  },
  'GET /api/offers/{offerId}/answers': {
    expect: '401 200 200 200 403 404',
    prepare: async (f, caller) => ({ params: { offerId: (await offerFor(f, caller, [])).offerId } }),
  },
  'POST /api/offers/{offerId}/hold-firm': {
    expect: '401 200 200 403 403 404',
    prepare: async (f, caller) => {
      const offer = await offerFor(f, caller, ['admin', 'recruiter'], (o) =>
        f.t.call(null, 'POST', `/api/portal/${o.token}/offer/counter`, { grossMonthlySalary: 9_000_000 }));
      return { params: { offerId: offer.offerId }, body: {} };
    },
  },
  'POST /api/offers/{offerId}/answer-given': {
    expect: '401 200 200 403 403 404',
    prepare: async (f, caller) => ({
      params: { offerId: (await offerFor(f, caller, ['admin', 'recruiter'])).offerId },
      body: { kind: 'accept', givenOn: jakartaDay(0), givenVia: 'phone', expectedVersion: 1 },
    }),
  },
  'POST /api/offers/{offerId}/close-other-applications': {
    expect: '401 200 200 403 403 404',
    prepare: async (f, caller) => {
      const offer = await offerFor(f, caller, ['admin', 'recruiter'], (o) =>
        f.t.call(null, 'POST', `/api/portal/${o.token}/offer/accept`, { signedName: o.candidateName, consent: true }));
      return { params: { offerId: offer.offerId } };
    },
  },
  'POST /api/portal/{token}/talent-pool':           { expect: '200 403 403 403 403 403', prepare: async () => ({ body: { member: false } }) },
  'GET /api/admin/users':                            { expect: '401 200 403 403 403 403' },
  'POST /api/admin/users': {
    expect: '401 201 403 403 403 403',
    prepare: async () => ({ body: { email: `baru.${Math.random().toString(36).slice(2)}@test.seleksi.id`, name: 'Baru', role: 'interviewer' } }),
  },
  'PATCH /api/admin/users/{userId}': {
    expect: '401 200 403 403 403 403',
    prepare: async (f) => ({ params: { userId: (await invited(f)).userId }, body: { name: 'Ganti Nama', role: 'recruiter' } }),
  },
  'POST /api/admin/users/{userId}/deactivate':       { expect: '401 200 403 403 403 403', prepare: async (f) => ({ params: { userId: (await invited(f)).userId } }) },
  'POST /api/admin/users/{userId}/reactivate':       { expect: '401 200 403 403 403 403', prepare: async (f) => ({ params: { userId: (await invited(f)).userId } }) },
  'POST /api/admin/users/{userId}/password-link':    { expect: '401 201 403 403 403 403', prepare: async (f) => ({ params: { userId: (await invited(f)).userId } }) },
  'POST /api/admin/users/{userId}/two-factor/reset': { expect: '401 200 403 403 403 403', prepare: async (f) => ({ params: { userId: (await invited(f)).userId } }) },
  'POST /api/auth/password-links/check':             { expect: '200 200 200 200 200 200', prepare: async (f) => ({ body: { token: (await invited(f)).token } }) },
  'POST /api/auth/password-links/use': {
    expect: '200 200 200 200 200 200',
    prepare: async (f) => ({ body: { token: (await invited(f)).token, password: strongPassword } }),
  },
  // The same password again: the test users keep theirs for the routes after this one.
  'POST /api/auth/password': {
    expect: '401 200 200 200 200 200',
    prepare: async () => ({ body: { currentPassword: 'correct horse battery staple', newPassword: 'correct horse battery staple' } }),
  },
  'GET /api/auth/two-factor':                        { expect: '401 200 200 200 200 200' },
  'POST /api/auth/two-factor/setup':                 { expect: '401 200 200 200 200 200' },
  'POST /api/auth/two-factor/confirm': {
    expect: '401 200 200 200 200 200',
    prepare: async (f, caller) => {
      if (caller === 'anonymous') return { body: { code: '123456' } };
      const setup = await f.t.call(f.t.users[caller], 'POST', '/api/auth/two-factor/setup');
      return { body: { code: new TOTP({ secret: Secret.fromBase32(setup.body.secret) }).generate() } };
    },
  },
  // The test users have no two-factor (the matrix turns it off again): turning it off is a no-op.
  'POST /api/auth/two-factor/disable':               { expect: '401 200 200 200 200 200', prepare: async () => ({ body: { code: '123456' } }) },
  // Only for one's own account; the test users have no two-factor, so there is no set to replace.
  'POST /api/auth/two-factor/recovery-codes':        { expect: '401 409 409 409 409 409', prepare: async () => ({ body: { password: 'salah' } }) },
  'GET /api/admin/settings/security':                { expect: '401 200 403 403 403 403' },
  'PUT /api/admin/settings/security':                { expect: '401 200 403 403 403 403', prepare: async () => ({ body: { requireAdminTwoFactor: false } }) },
  'GET /api/admin/minimum-wages':                    { expect: '401 200 403 403 403 403' },
  'POST /api/admin/minimum-wages':                   { expect: '401 200 403 403 403 403', prepare: async () => ({ body: { province: 'bali', city: `Kota ${randomUUID()}`, year: 2026, monthlyAmount: 3_200_000, decree: 'Keputusan Gubernur Bali' } }) },
  'PUT /api/admin/minimum-wages/{minimumWageId}':    { expect: '401 200 403 403 403 403', prepare: async ({ t }) => ({ params: { minimumWageId: await firstMinimumWageId(t) }, body: { province: 'aceh', city: null, year: 2025, monthlyAmount: 3_685_616, decree: 'Keputusan Gubernur Aceh tentang Upah Minimum Provinsi Tahun 2025' } }) },
  'DELETE /api/admin/minimum-wages/{minimumWageId}': { expect: '401 200 403 403 403 403', prepare: async ({ t }) => ({ params: { minimumWageId: await newMinimumWageId(t) } }) },
  'GET /api/admin/offer-settings':                   { expect: '401 200 403 403 403 403' },
  'PUT /api/admin/offer-settings':                   { expect: '401 200 403 403 403 403', prepare: async () => ({ body: { everyOfferNeedsApproval: false, approverId: null } }) },
  'GET /api/admin/offer-letter-templates':           { expect: '401 200 403 403 403 403' },
  'PUT /api/admin/offer-letter-templates/{locale}':  { expect: '401 200 403 403 403 403', prepare: async () => ({ params: { locale: 'en' }, body: { title: 'Offer Letter', body: 'Dear {{candidateName}}' } }) },
  'DELETE /api/admin/offer-letter-templates/{locale}': { expect: '401 200 403 403 403 403', prepare: async () => ({ params: { locale: 'en' } }) },
  'POST /api/admin/offer-letter-templates/{locale}/preview': { expect: '401 200 403 403 403 403', prepare: async () => ({ params: { locale: 'id' }, body: { title: 'Surat Penawaran Kerja', body: 'Yth. {{candidateName}}' } }) },
  'GET /api/admin/audit-log':                        { expect: '401 200 403 403 403 403' },
  // Import and export: HR and admins import; exports follow what the reader may see.
  'POST /api/candidate-imports':                     { expect: '401 201 201 403 403 403', prepare: async () => { const { payload, headers } = importFile(); return { body: payload, headers }; } },
  'GET /api/candidate-imports/{importId}':           { expect: '401 200 200 403 403 403', prepare: importOf },
  'POST /api/candidate-imports/{importId}/check':    { expect: '401 200 200 403 403 403', prepare: async (f, caller) => ({ ...(await importOf(f, caller)), body: { mapping: { fullName: 0, email: 1 } } }) },
  'POST /api/candidate-imports/{importId}/import':   { expect: '401 409 409 403 403 403', prepare: async (f, caller) => ({ ...(await importOf(f, caller)), body: { tellCandidates: false } }) },
  'POST /api/candidate-imports/{importId}/cancel':   { expect: '401 200 200 403 403 403', prepare: importOf },
  'GET /api/candidates/export':                      { expect: '401 200 200 200 403 200', prepare: async () => ({ query: 'format=csv' }) },
  'GET /api/jobs/{jobId}/applications/export':       { expect: '401 200 200 200 403 404', prepare: async () => ({ query: 'format=csv' }) },
  // The employer brand: public to read (careers pages), admins change it.
  'GET /api/brand':                                  { expect: '200 200 200 200 200 200' },
  'GET /api/brand/logo':                             { expect: '404 404 404 404 404 404' },
  'GET /api/admin/brand':                            { expect: '401 200 403 403 403 403' },
  'PUT /api/admin/brand':                            { expect: '401 200 403 403 403 403', prepare: async () => ({ body: { companyName: 'PT Matriks', brandColour: null, aboutId: '', aboutEn: '', careersIntroId: '', careersIntroEn: '' } }) },
  'PUT /api/admin/brand/logo':                       { expect: '401 200 403 403 403 403', prepare: async () => { const { payload, headers } = multipart({}, { name: 'logo.png', bytes: onePixelPng, contentType: 'image/png', field: 'logo' }); return { body: payload, headers }; } },
  'DELETE /api/admin/brand/logo':                    { expect: '401 200 403 403 403 403' },
  // WhatsApp: HR writes to candidates; admins word the templates.
  'GET /api/whatsapp-templates':                     { expect: '401 200 200 403 403 403' },
  'PUT /api/admin/whatsapp-templates/{purpose}/{locale}':    { expect: '401 200 403 403 403 403', prepare: async () => ({ params: { purpose: 'portal_link', locale: 'en' }, body: { body: 'Hello {{candidateName}}' } }) },
  'DELETE /api/admin/whatsapp-templates/{purpose}/{locale}': { expect: '401 200 403 403 403 403', prepare: async () => ({ params: { purpose: 'portal_link', locale: 'en' } }) },
  'POST /api/applications/{applicationId}/whatsapp': { expect: '401 201 201 403 403 403', prepare: async () => ({ body: { purpose: 'document_request', documents: 'KTP' } }) },
  // API tokens and webhooks: admins only (and never a token: api-tokens.test.ts).
  'GET /api/admin/api-tokens':                       { expect: '401 200 403 403 403 403' },
  'POST /api/admin/api-tokens':                      { expect: '401 201 403 403 403 403', prepare: async () => ({ body: { name: 'Matriks', scopes: ['read:jobs'] } }) },
  'POST /api/admin/api-tokens/{tokenId}/revoke':     { expect: '401 200 403 403 403 403', prepare: async (f) => ({ params: { tokenId: await newTokenId(f) } }) },
  'GET /api/admin/webhooks':                         { expect: '401 200 403 403 403 403' },
  'POST /api/admin/webhooks':                        { expect: '401 201 403 403 403 403', prepare: async () => ({ body: webhookBody }) },
  'PUT /api/admin/webhooks/{endpointId}':            { expect: '401 200 403 403 403 403', prepare: async (f) => ({ params: { endpointId: await newEndpointId(f) }, body: { ...webhookBody, active: false } }) },
  'DELETE /api/admin/webhooks/{endpointId}':         { expect: '401 200 403 403 403 403', prepare: async (f) => ({ params: { endpointId: await newEndpointId(f) } }) },
  'POST /api/admin/webhooks/{endpointId}/secret':    { expect: '401 200 403 403 403 403', prepare: async (f) => ({ params: { endpointId: await newEndpointId(f) } }) },
  'GET /api/admin/webhooks/{endpointId}/deliveries': { expect: '401 200 403 403 403 403', prepare: async (f) => ({ params: { endpointId: await newEndpointId(f) } }) },
  'POST /api/admin/webhooks/{endpointId}/deliveries/{deliveryId}/send-again': { expect: '401 200 403 403 403 403', prepare: async (f) => ({ params: await newDelivery(f) }) },
  // Reports: HR every job, a hiring manager their own jobs (none for the other manager: empty,
  // not refused); interviewers only their own calibration.
  'GET /api/reports/agreement':                      { expect: '401 200 200 200 403 200' },
  'GET /api/reports/calibration':                    { expect: '401 200 200 200 200 200' },
  'GET /api/reports/offers':                         { expect: '401 200 200 200 403 200' },
};
