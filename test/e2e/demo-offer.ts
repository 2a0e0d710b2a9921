import { ensurePortalToken } from '../../src/services/portal/portal-link-service';
import { jakartaDay } from '../support/jakarta-time';
import type { BrowserSession } from './browser';

/** A demo application at the Offer stage with an offer sent, and the candidate's portal link. */
export async function demoSentOffer(
  session: BrowserSession,
  expiresOn: string,
  startDate = jakartaDay(30),
) {
  // The demo company's applications at the user interview or offer stand in for ones HR moved on.
  const [application] = await session.db.query<{ id: string; candidateId: string; name: string }>(
    `UPDATE applications SET stage = 'offer', hr_gate_cleared = true WHERE id = (
       SELECT a.id FROM applications a
       WHERE a.stage IN ('offer', 'user_interview')
         AND NOT EXISTS (SELECT 1 FROM offers o WHERE o.application_id = a.id)
       ORDER BY a.stage = 'offer' DESC, a.id LIMIT 1)
     RETURNING id, candidate_id AS "candidateId", (SELECT full_name FROM candidates c WHERE c.id = candidate_id) AS name`,
  );
  if (!application) throw new Error('The demo company has no application to make an offer to');
  const [offer] = await session.db.query<{ id: string }>(
    `INSERT INTO offers (application_id, status, sent_at) VALUES ($1, 'sent', now()) RETURNING id`,
    [application.id],
  );
  await session.db.query(
    `INSERT INTO offer_versions (offer_id, version, job_title, contract_type, probation_months,
       gross_monthly_salary, allowances, benefits, working_days, working_hours, work_location,
       work_mode, offer_date, start_date, expires_on)
     VALUES ($1, 1, 'Backend Developer', 'pkwtt', 3, 8500000,
       '[{"name":"Transport","monthlyAmount":500000},{"name":"Makan","monthlyAmount":750000}]',
       '["Asuransi kesehatan keluarga"]', 'Senin–Jumat', '09.00–18.00 WIB',
       'Jl. Jend. Sudirman Kav. 1, Jakarta Selatan', 'hybrid', current_date, $2, $3)`,
    [offer!.id, startDate, expiresOn],
  );
  const token = await session.db.transaction((tx) => ensurePortalToken(tx, application.id));
  return {
    offerId: offer!.id,
    candidateId: application.candidateId,
    name: application.name,
    token,
    url: `${session.baseUrl}/portal/${token}`,
  };
}
