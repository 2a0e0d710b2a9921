import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';

interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
}

/** Asserts the one error shape and its status; returns the field problems for closer checks. */
export function expectError(reply: Reply, status: number, code: string) {
  expect(
    { status: reply.status, code: reply.body?.error?.code },
    JSON.stringify(reply.body),
  ).toEqual({
    status,
    code,
  });
  expect(reply.body.error).toEqual({
    code,
    message: expect.any(String),
    fields: expect.any(Array),
  });
  return reply.body.error.fields as {
    path: string;
    code: string;
    message: string;
    params?: Record<string, unknown>;
  }[];
}

/** A 400 whose field problems are exactly these paths (with their codes when given). */
export function expectInvalid(reply: Reply, expected: Record<string, string | true>) {
  const fields = expectError(reply, 400, 'invalid');
  expect(Object.fromEntries(fields.map((f) => [f.path, f.code]))).toEqual(
    Object.fromEntries(
      Object.entries(expected).map(([path, code]) => [
        path,
        code === true ? expect.any(String) : code,
      ]),
    ),
  );
  for (const field of fields) expect(field.message).toEqual(expect.any(String));
  return fields;
}

/** An id that names nothing. */
export const unknownId = () => randomUUID();
