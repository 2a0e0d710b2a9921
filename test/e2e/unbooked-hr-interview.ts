import type { BrowserSession } from './browser';

/**
 * The demo's first application (by the candidate's name) at the HR interview with no interview
 * booked yet: HR's "Schedule the HR interview" is there to press.
 */
export async function unbookedHrInterview(
  session: BrowserSession,
): Promise<{ id: string; applicationId: string }> {
  const [row] = await session.db.query<{ id: string; applicationId: string }>(
    `SELECT c.id, a.id AS "applicationId" FROM applications a
     JOIN candidates c ON c.id = a.candidate_id
     WHERE a.stage = 'hr_interview'
       AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id)
     ORDER BY c.full_name LIMIT 1`,
  );
  if (!row) throw new Error('the demo has no HR interview left to book');
  return row;
}
