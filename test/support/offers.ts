import { jakartaDate } from '../../src/domain/today';
import type { OfferTermsInput } from '../../src/server/routes/offers.schema';
import { recordCounterRevision } from '../../src/services/offers/counter-reply';
import { buildApplication, moveTo } from './factories';
import type { TestApp } from './test-app';

/** A Jakarta date some days from today, `YYYY-MM-DD`. */
export function jakartaDateIn(days: number): string {
  const at = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000);
  return at.toISOString().slice(0, 10);
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
 * An application at the Offer stage with an offer sent to the candidate, and the candidate's
 * portal token. The offer rows are written as the offers feature stores them (014_offers.sql),
 * so these tests do not depend on drafting and approval, which have their own tests.
 */
export async function sentOffer(
  t: TestApp,
  options: { expiresOn?: string; startDate?: string; salary?: number; jobId?: string } = {},
): Promise<SentOffer> {
  const built = await buildApplication(t, options.jobId ? { jobId: options.jobId } : {});
  for (const stage of ['cv_screening', 'hr_interview', 'user_interview']) {
    await moveTo(t, built.applicationId, stage);
  }
  const moved = await moveTo(t, built.applicationId, 'offer', {
    overrideReason: 'Panel sepakat melanjutkan.',
  });
  if (moved.status !== 200) throw new Error(`sentOffer: ${JSON.stringify(moved.body)}`);
  const [offer] = await t.db.query<{ id: string }>(
    `INSERT INTO offers (application_id, status, sent_at, created_by)
     VALUES ($1, 'sent', now(), $2) RETURNING id`,
    [built.applicationId, t.users.recruiter.id],
  );
  await insertVersion(t, offer!.id, 1, {
    salary: options.salary ?? 8_500_000,
    startDate: options.startDate ?? jakartaDateIn(30),
    expiresOn: options.expiresOn ?? jakartaDateIn(7),
  });
  const link = await t.call(
    t.users.recruiter,
    'POST',
    `/api/applications/${built.applicationId}/portal-link`,
  );
  const token = String(link.body.portalUrl).split('/portal/')[1]!;
  const candidate = await t.call(t.users.recruiter, 'GET', `/api/candidates/${built.candidateId}`);
  return { ...built, offerId: offer!.id, token, candidateName: candidate.body.fullName };
}

async function insertVersion(
  t: TestApp,
  offerId: string,
  version: number,
  terms: { salary: number; startDate: string; expiresOn: string; reason?: string },
): Promise<void> {
  await t.db.query(
    `INSERT INTO offer_versions (offer_id, version, job_title, contract_type, probation_months,
       gross_monthly_salary, allowances, benefits, working_days, working_hours, work_location,
       work_mode, offer_date, start_date, expires_on, reason, created_by)
     VALUES ($1, $2, 'Backend Developer', 'pkwtt', 3, $3,
       '[{"name":"Transport","monthlyAmount":500000},{"name":"Makan","monthlyAmount":750000}]',
       '["Asuransi kesehatan keluarga"]', 'Senin–Jumat', '09.00–18.00 WIB',
       'Jl. Jend. Sudirman Kav. 1, Jakarta Selatan', 'hybrid', current_date, $4, $5, $6, $7)`,
    [
      offerId,
      version,
      terms.salary,
      terms.startDate,
      terms.expiresOn,
      terms.reason ?? 'draft',
      null,
    ],
  );
  await t.db.query(`UPDATE offers SET current_version = $2 WHERE id = $1`, [offerId, version]);
}

/**
 * HR's revision answering a counter-proposal, as the offers feature's change path writes it: a new
 * version, approved and sent again. (Replace with that path's API once it has landed.)
 */
export async function reviseAndResend(
  t: TestApp,
  offerId: string,
  version: number,
  terms: { salary: number; startDate: string; expiresOn: string },
): Promise<void> {
  await insertVersion(t, offerId, version, { ...terms, reason: 'counter_revision' });
  await t.db.transaction((tx) =>
    recordCounterRevision(tx, { id: t.users.recruiter.id, role: 'recruiter' }, offerId, version),
  );
  await t.db.query(`UPDATE offers SET status = 'sent', sent_at = now() WHERE id = $1`, [offerId]);
}

/** A Jakarta date `days` from today (negative: in the past), as `YYYY-MM-DD`. */
export function jakartaDay(days: number): string {
  return jakartaDate(new Date(Date.now() + days * 86_400_000));
}

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
 * interview, the user interview, then the offer (with a reason, as no interview was held).
 */
export async function applicationAtOffer(t: TestApp, jobId: string) {
  const built = await buildApplication(t, { jobId });
  for (const stage of ['cv_screening', 'hr_interview', 'user_interview']) {
    await moveTo(t, built.applicationId, stage);
  }
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

/** A drafted offer (by the recruiter) for a fresh application of the job at the Offer stage. */
export async function draftedOffer(
  t: TestApp,
  jobId: string,
  terms: Partial<OfferTermsInput> = {},
  options: { placed?: boolean } = {},
) {
  const built = await (options.placed ? applicationPlacedAtOffer : applicationAtOffer)(t, jobId);
  const drafted = await t.call(
    t.users.recruiter,
    'POST',
    `/api/applications/${built.applicationId}/offers`,
    offerTerms(terms),
  );
  if (drafted.status !== 201) throw new Error(`draftedOffer: ${JSON.stringify(drafted.body)}`);
  return { ...built, offerId: drafted.body.id as string };
}
