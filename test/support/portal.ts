import type { TestApp } from './test-app';

/**
 * The candidate's portal token, read from the link HR copies from the application's interviews
 * (the link exists once an interview was booked or the candidate was e-mailed).
 */
export async function portalTokenOf(
  t: Pick<TestApp, 'call' | 'users'>,
  applicationId: string,
): Promise<string> {
  const path = `/api/applications/${applicationId}/interviews`;
  const { status, body } = await t.call(t.users.recruiter, 'GET', path);
  if (status !== 200 || !body.portalUrl) throw new Error(`no portal link: ${JSON.stringify(body)}`);
  return String(body.portalUrl).split('/portal/')[1]!;
}
