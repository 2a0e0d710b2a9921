import { expect, test } from 'vitest';
import { Invalid, NotFound, whenNotFound } from '../../src/services/errors';

const unknownJob = () =>
  new Invalid([{ path: 'jobId', code: 'unknown_job', message: 'No job with this id.' }]);

test('a NotFound becomes the error the caller names', async () => {
  const failure = await Promise.reject(new NotFound('Job'))
    .catch(whenNotFound(unknownJob))
    .catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(Invalid);
  expect((failure as Invalid).fields).toEqual([
    { path: 'jobId', code: 'unknown_job', message: 'No job with this id.' },
  ]);
});

test('any other failure, such as a lost database connection, passes through unchanged', async () => {
  const lost = Object.assign(new Error('Connection terminated unexpectedly'), { code: '57P01' });
  const failure = await Promise.reject(lost)
    .catch(whenNotFound(unknownJob))
    .catch((error: unknown) => error);
  expect(failure).toBe(lost);
});
