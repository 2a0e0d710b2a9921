import type { TestApp } from './test-app';

/** What HR downloads to answer a candidate's access request: the export's body. */
export async function exportOf(t: Pick<TestApp, 'call' | 'users'>, candidateId: string) {
  const exported = await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}/export`);
  if (exported.status !== 200) throw new Error(`export: ${JSON.stringify(exported.body)}`);
  return exported.body;
}
