import type { TestApp, TestUser } from './test-app';

/**
 * An application's interviews as the candidate page reads them (each with its history, the
 * candidate's messages, the portal link), by default as HR: the body, after a 200.
 */
export async function interviewOverview(
  t: Pick<TestApp, 'call' | 'users'>,
  applicationId: string,
  as: TestUser = t.users.recruiter,
) {
  const overview = await t.call(as, 'GET', `/api/applications/${applicationId}/interviews`);
  if (overview.status !== 200) throw new Error(`overview: ${JSON.stringify(overview.body)}`);
  return overview.body;
}
