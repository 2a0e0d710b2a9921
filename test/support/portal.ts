import { interviewOverview } from './interview-overview';
import type { TestApp } from './test-app';

/**
 * The candidate's portal token, read from the link HR copies from the application's interviews
 * (the link exists once an interview was booked or the candidate was e-mailed).
 */
export async function portalTokenOf(
  t: Pick<TestApp, 'call' | 'users'>,
  applicationId: string,
): Promise<string> {
  const { portalUrl } = await interviewOverview(t, applicationId);
  if (!portalUrl) throw new Error('The application has no portal link yet.');
  return String(portalUrl).split('/portal/')[1]!;
}
