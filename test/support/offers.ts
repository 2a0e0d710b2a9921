import { jakartaDay } from './jakarta-time';
import type { OfferTermsInput } from '../../src/server/routes/offers.schema';
import {
  buildApplication,
  buildJob,
  moveTo,
  moveToUserInterview,
  scoreUserInterview,
} from './factories';
import type { TestApp } from './test-app';

/** Valid terms of a permanent offer for Rp 12.000.000 gross, starting in a month. */
export function offerTerms(overrides: Partial<OfferTermsInput> = {}): OfferTermsInput {
  return {
    jobTitle: 'Backend Developer',
    contractType: 'pkwtt',
    contractMonths: null,
    probationMonths: 3,
    grossMonthlySalary: 12_000_000,
    allowances: [
      { name: 'Transport', monthlyAmount: 750_000 },
      { name: 'Makan', monthlyAmount: 500_000 },
    ],
    benefits: ['Asuransi kesehatan keluarga'],
    thr: true,
    bpjsKesehatan: true,
    bpjsKetenagakerjaan: true,
    workingDays: 'Senin-Jumat',
    workingHours: '09.00-18.00 WIB',
    workLocation: 'Jl. Sudirman No. 1, Jakarta Selatan',
    workMode: 'hybrid',
    startDate: jakartaDay(30),
    expiresOn: jakartaDay(7),
    note: '',
    ...overrides,
  };
}

/**
 * Where the job is and what it pays: the job's province and band (set in the database: the job
 * form's salary fields are another feature's), and the minimum wages recorded for the year.
 */
export async function setJobPay(
  t: TestApp,
  jobId: string,
  pay: { province: string | null; salaryMin?: number | null; salaryMax?: number | null },
): Promise<void> {
  await t.db.query(
    'UPDATE jobs SET province = $2, salary_min = $3, salary_max = $4 WHERE id = $1',
    [jobId, pay.province, pay.salaryMin ?? null, pay.salaryMax ?? null],
  );
}

export async function recordMinimumWage(
  t: TestApp,
  wage: { province: string; city?: string | null; year?: number; monthlyAmount: number },
): Promise<void> {
  await t.db.query(
    `INSERT INTO minimum_wages (province, city, year, monthly_amount, decree)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (province, lower(coalesce(city, '')), year) DO UPDATE SET monthly_amount = $4`,
    [
      wage.province,
      wage.city ?? null,
      wage.year ?? Number(jakartaDay(0).slice(0, 4)),
      wage.monthlyAmount,
      `Kepgub ${wage.province} ${wage.year ?? ''}`.trim(),
    ],
  );
}

/**
 * A fresh application of the job at the Offer stage, the way HR gets there: screening, the HR
 * interview, the user interview and the manager's scorecard, then the offer (with a reason, as
 * no interview was held).
 */
export async function applicationAtOffer(t: TestApp, jobId: string) {
  const built = await buildApplication(t, { jobId });
  await moveToUserInterview(t, built.applicationId);
  await scoreUserInterview(t, built.applicationId);
  const moved = await moveTo(t, built.applicationId, 'offer', {
    overrideReason: 'Sudah diwawancarai untuk lowongan serupa.',
  });
  if (moved.status !== 200) throw new Error(`applicationAtOffer: ${JSON.stringify(moved.body)}`);
  return built;
}

/**
 * A fresh application of the job placed at the Offer stage directly in the database: for the
 * authorization table, which calls every route six times and does not test the way there.
 */
export async function applicationPlacedAtOffer(t: TestApp, jobId: string) {
  const built = await buildApplication(t, { jobId });
  await t.db.query(`UPDATE applications SET stage = 'offer' WHERE id = $1`, [built.applicationId]);
  return built;
}

/** The recruiter drafts an offer of the terms (`offerTerms`): the API's answer, refused or not. */
export const draftOffer = (t: TestApp, applicationId: string, terms: Partial<OfferTermsInput>) =>
  t.call(t.users.recruiter, 'POST', `/api/applications/${applicationId}/offers`, offerTerms(terms));

/** The application's offers with the minimum wage they are held to, as the recruiter reads them. */
export const offersOf = (t: TestApp, applicationId: string) =>
  t.call(t.users.recruiter, 'GET', `/api/applications/${applicationId}/offers`);

/** A new job in the province with no pay band, so only the minimum wage bounds an offer: its id. */
export async function jobInProvince(t: TestApp, province: string): Promise<string> {
  const { id } = await buildJob(t);
  await setJobPay(t, id, { province });
  return id;
}

/** A drafted offer (by the recruiter) for a fresh application of the job at the Offer stage. */
export async function draftedOffer(
  t: TestApp,
  jobId: string,
  terms: Partial<OfferTermsInput> = {},
  options: { placed?: boolean } = {},
) {
  const built = await (options.placed ? applicationPlacedAtOffer : applicationAtOffer)(t, jobId);
  const drafted = await draftOffer(t, built.applicationId, terms);
  if (drafted.status !== 201) throw new Error(`draftedOffer: ${JSON.stringify(drafted.body)}`);
  return { ...built, offerId: drafted.body.id as string };
}

export interface SentOffer {
  applicationId: string;
  candidateId: string;
  jobId: string;
  offerId: string;
  token: string;
  candidateName: string;
}

/**
 * An offer drafted and sent by HR through the offers API (a job without a band needs no
 * approval), and the candidate's portal token. An `expiresOn` in the past is set after sending,
 * as if the days had gone by: an expired offer cannot be sent.
 */
export async function sentOffer(
  t: TestApp,
  options: { expiresOn?: string; startDate?: string; salary?: number; jobId?: string } = {},
): Promise<SentOffer> {
  const jobId = options.jobId ?? (await buildJob(t)).id;
  // In Jakarta, no band: no approval needed, and above the UMP the seed records.
  await setJobPay(t, jobId, { province: 'dki_jakarta' });
  const expired = options.expiresOn !== undefined && options.expiresOn < jakartaDay(0);
  const drafted = await draftedOffer(t, jobId, {
    grossMonthlySalary: options.salary ?? 8_500_000,
    startDate: options.startDate ?? jakartaDay(30),
    expiresOn: expired ? jakartaDay(7) : (options.expiresOn ?? jakartaDay(7)),
  });
  const sent = await t.call(t.users.recruiter, 'POST', `/api/offers/${drafted.offerId}/sending`);
  if (sent.status !== 200) throw new Error(`sentOffer: ${JSON.stringify(sent.body)}`);
  if (expired) {
    await t.db.query(`UPDATE offer_versions SET expires_on = $2 WHERE offer_id = $1`, [
      drafted.offerId,
      options.expiresOn,
    ]);
  }
  const link = await t.call(
    t.users.recruiter,
    'POST',
    `/api/applications/${drafted.applicationId}/portal-link`,
  );
  const token = String(link.body.portalUrl).split('/portal/')[1]!;
  const candidate = await t.call(
    t.users.recruiter,
    'GET',
    `/api/candidates/${drafted.candidateId}`,
  );
  return { ...drafted, jobId, token, candidateName: candidate.body.fullName };
}

/** HR answers a counter-proposal with a revised offer through the offers API, and sends it. */
export async function reviseAndResend(
  t: TestApp,
  offerId: string,
  terms: { salary: number; startDate: string; expiresOn: string },
): Promise<void> {
  const changed = await t.call(
    t.users.recruiter,
    'PUT',
    `/api/offers/${offerId}`,
    offerTerms({
      grossMonthlySalary: terms.salary,
      startDate: terms.startDate,
      expiresOn: terms.expiresOn,
    }),
  );
  if (changed.status !== 200) throw new Error(`reviseAndResend: ${JSON.stringify(changed.body)}`);
  const sent = await t.call(t.users.recruiter, 'POST', `/api/offers/${offerId}/sending`);
  if (sent.status !== 200) throw new Error(`reviseAndResend: ${JSON.stringify(sent.body)}`);
}
