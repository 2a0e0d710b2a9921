import { describe, expect, test } from 'vitest';
import { answerCache } from '../../src/server/answer-cache';

describe('answerCache', () => {
  const clock = (start = 1_000_000) => {
    const time = { now: start };
    return { time, now: () => time.now };
  };

  test('answers only a request that read the same data version', () => {
    const cache = answerCache();
    cache.set('u1 /api/jobs', '7', '{"items":[]}');
    expect(cache.get('u1 /api/jobs', '7')).toBe('{"items":[]}');
    expect(cache.get('u1 /api/jobs', '8')).toBeUndefined();
    // Once a newer version was seen, the old answer is gone for good.
    expect(cache.get('u1 /api/jobs', '7')).toBeUndefined();
  });

  test('a slow request that read an older version neither gets nor replaces a newer answer', () => {
    const cache = answerCache();
    cache.set('u1 /api/jobs', '9', 'new');
    expect(cache.get('u1 /api/jobs', '8')).toBeUndefined();
    cache.set('u1 /api/jobs', '8', 'old');
    expect(cache.get('u1 /api/jobs', '9')).toBe('new');
  });

  test('an answer kept against several areas is served only while none of them changed', () => {
    const cache = answerCache();
    // 048's number, then the job's area, then a table's (answer-areas.ts).
    cache.set('u1 /api/jobs/a/board', '7.3.12', 'board');
    expect(cache.get('u1 /api/jobs/a/board', '7.3.12')).toBe('board');
    expect(cache.get('u1 /api/jobs/a/board', '7.3.11')).toBeUndefined(); // an older reader waits
    expect(cache.get('u1 /api/jobs/a/board', '7.3.12')).toBe('board');
    expect(cache.get('u1 /api/jobs/a/board', '7.4.12')).toBeUndefined();
    expect(cache.get('u1 /api/jobs/a/board', '7.3.12')).toBeUndefined(); // gone for good
  });

  test('two requests that overlapped (one area newer, another older) replace but never serve each other', () => {
    const cache = answerCache();
    cache.set('k', '7.4.12', 'first');
    expect(cache.get('k', '7.3.13')).toBeUndefined();
    cache.set('k', '7.3.13', 'second');
    expect(cache.get('k', '7.3.13')).toBe('second');
    cache.set('k', '7.3.12', 'older');
    expect(cache.get('k', '7.3.13')).toBe('second');
  });

  test('identical requests at once wait for one computation, then the answer is kept', async () => {
    const cache = answerCache();
    let computed = 0;
    let finish: (body: string) => void = () => {};
    const compute = () => {
      computed++;
      return new Promise<string>((resolve) => (finish = resolve)).then((body) => ({ body }));
    };
    const first = cache.answer('u1 /api/jobs', '7.1', compute);
    const second = cache.answer('u1 /api/jobs', '7.1', compute);
    const newer = cache.answer('u1 /api/jobs', '8.1', async () => ({ body: 'newer' }));
    finish('jobs');
    expect(await first).toEqual({ body: 'jobs', kept: false });
    expect(await second).toEqual({ body: 'jobs', kept: true });
    expect(await newer).toEqual({ body: 'newer', kept: false });
    expect(computed).toBe(1);
    expect(cache.get('u1 /api/jobs', '8.1')).toBe('newer');
  });

  test('an answer that tells its areas is kept from the request that read them, compared on those alone', async () => {
    const cache = answerCache();
    const list = { body: 'list', areas: ['candidate-rows', 'candidate:a'] };
    // The first request read none of them: computed, not kept, its areas remembered.
    await cache.answer('u1 /api/candidates', '7', async () => list, {
      address: '/api/candidates',
      read: [],
    });
    expect(cache.told('/api/candidates')).toEqual(['candidate-rows', 'candidate:a']);
    const read = { address: '/api/candidates', read: ['candidate-rows', 'candidate:a'] };
    expect(cache.get('u1 /api/candidates', '7.2.5', read.read)).toBeUndefined();
    expect(await cache.answer('u1 /api/candidates', '7.2.5', async () => list, read)).toEqual({
      body: 'list',
      kept: false,
    });
    expect(cache.get('u1 /api/candidates', '7.2.5', read.read)).toBe('list');
    // Another area read besides (another reader's told areas) changes nothing.
    const more = ['candidate:b', 'candidate-rows', 'candidate:a'];
    expect(cache.get('u1 /api/candidates', '7.9.2.5', more)).toBe('list');
    // Without one of its areas the request cannot tell; it is not dropped.
    expect(cache.get('u1 /api/candidates', '7.2', ['candidate-rows'])).toBeUndefined();
    expect(cache.get('u1 /api/candidates', '7.2.5', read.read)).toBe('list');
    // A shown candidate changed: gone.
    expect(cache.get('u1 /api/candidates', '7.2.6', read.read)).toBeUndefined();
    expect(cache.get('u1 /api/candidates', '7.2.5', read.read)).toBeUndefined();
  });

  test('keeps an answer only for its lifetime, and not across a clock set back', () => {
    const { time, now } = clock();
    const cache = answerCache({ lifetimeMs: 5_000, now });
    cache.set('k', '1', 'a');
    time.now += 4_999;
    expect(cache.get('k', '1')).toBe('a');
    time.now += 1;
    expect(cache.get('k', '1')).toBeUndefined();
    cache.set('k', '1', 'b');
    time.now -= 60_000;
    expect(cache.get('k', '1')).toBeUndefined();
  });

  test('drops the least recently used answers past its size', () => {
    const cache = answerCache({ maxBytes: 96 });
    cache.set('a', '1', 'x'.repeat(10));
    cache.set('b', '1', 'y'.repeat(10));
    expect(cache.get('a', '1')).toBeDefined(); // a is now the most recent
    for (let i = 0; i < 7; i++) cache.set(`c${i}`, '1', 'z'.repeat(10));
    expect(cache.get('b', '1')).toBeUndefined();
    expect(cache.get('a', '1')).toBe('x'.repeat(10));
    expect(cache.get('c0', '1')).toBe('z'.repeat(10));
    // Larger than an eighth of the whole, its address counted: never kept.
    cache.set('big', '1', 'w'.repeat(11));
    expect(cache.get('big', '1')).toBeUndefined();
  });
  test('counts the address in its size and keeps no padded address, so ignored query strings cannot fill memory', () => {
    const cache = answerCache({ maxBytes: 1_000 });
    cache.set(`u1 /api/jobs?x=${'a'.repeat(3_000)}`, '1', '{}');
    expect(cache.get(`u1 /api/jobs?x=${'a'.repeat(3_000)}`, '1')).toBeUndefined();
    // Ten keys of ~100 characters with a 2-byte answer each fill 1,000 bytes: the first goes.
    for (let n = 0; n < 10; n++) cache.set(`u1 /api/jobs?x=${n}${'b'.repeat(90)}`, '1', '{}');
    expect(cache.get(`u1 /api/jobs?x=0${'b'.repeat(90)}`, '1')).toBeUndefined();
    expect(cache.get(`u1 /api/jobs?x=9${'b'.repeat(90)}`, '1')).toBe('{}');
  });
});
