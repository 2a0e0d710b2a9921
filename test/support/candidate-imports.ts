import { expect } from 'vitest';
import { multipart } from './cv-files';
import type { TestApp, TestUser } from './test-app';

/** A spreadsheet's lines as CSV bytes, with the Windows line ends Excel writes. */
export const csv = (lines: readonly string[]): Buffer => Buffer.from(lines.join('\r\n'), 'utf8');

/**
 * The recruiter checks an uploaded file with a column mapping (`{ fullName: 0, email: 1 }`): the
 * preview the API answers (valid and duplicate rows, each problem by row).
 */
export async function checkImport(t: TestApp, id: string, mapping: Record<string, number>) {
  const path = `/api/candidate-imports/${id}/check`;
  const checked = await t.call(t.users.recruiter, 'POST', path, { mapping });
  expect(checked.status, JSON.stringify(checked.body)).toBe(200);
  return checked.body;
}

/** Uploads a file to import as someone (or signed out): the status and body the API answers. */
export async function uploadImport(
  t: TestApp,
  as: TestUser | null,
  name: string,
  bytes: Buffer,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as t.call: tests read arbitrary JSON
): Promise<{ status: number; body: any }> {
  const { payload, headers } = multipart({}, { name, bytes, field: 'file' });
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/candidate-imports',
    payload,
    headers: { ...headers, ...(as ? { cookie: as.cookie } : {}) },
  });
  return { status: response.statusCode, body: response.json() };
}

/** The recruiter uploads a CSV of these lines, which the API takes: the import's id. */
export async function uploadCsv(t: TestApp, lines: readonly string[]): Promise<string> {
  const uploaded = await uploadImport(t, t.users.recruiter, 'kandidat.csv', csv(lines));
  expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
  return uploaded.body.id as string;
}

/** Confirms a checked import (the recruiter, telling no candidate unless asked): the API's answer. */
export function confirmImport(
  t: TestApp,
  id: string,
  {
    as = t.users.recruiter,
    tellCandidates = false,
  }: { as?: TestUser; tellCandidates?: boolean } = {},
) {
  return t.call(as, 'POST', `/api/candidate-imports/${id}/import`, { tellCandidates });
}
