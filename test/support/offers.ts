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
