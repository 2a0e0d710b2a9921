import pg from 'pg';
import { describe, expect, test } from 'vitest';
import { parseUtcTimestamptz, postgresTypes } from '../../src/db/postgres-timestamps';

const general = pg.types.getTypeParser(1184, 'text');

/** A timestamptz as PostgreSQL writes it in UTC: trailing zeros of the fraction dropped. */
function written(at: Date, micros: number): string {
  const fraction = String(at.getUTCMilliseconds() * 1000 + micros)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return `${at.toISOString().slice(0, 19).replace('T', ' ')}${fraction ? `.${fraction}` : ''}+00`;
}

describe('parseUtcTimestamptz', () => {
  test('reads what PostgreSQL writes in UTC as the general parser does, to the millisecond', () => {
    const texts = Array.from({ length: 2000 }, (_, i) =>
      written(new Date(Date.UTC(1999, 0, 1) + i * 987_654_321 + i * 7), (i * 37) % 1000),
    );
    texts.push('2026-12-06 15:52:40+00', '2026-12-06 15:52:40.9+00', '2026-12-06 15:52:40.05+00');
    for (const text of texts)
      expect([text, parseUtcTimestamptz(text).getTime()]).toEqual([
        text,
        (general(text) as Date).getTime(),
      ]);
    expect(parseUtcTimestamptz('2026-12-06 15:52:40.971129+00').toISOString()).toBe(
      '2026-12-06T15:52:40.971Z',
    );
  });

  test('leaves other forms to the general parser', () => {
    for (const text of [
      '2026-12-06 22:52:40.5+07',
      '2026-12-06 15:52:40-03:30',
      '0044-03-15 12:00:00+00 BC',
      '12026-12-06 15:52:40+00',
    ])
      expect(parseUtcTimestamptz(text).getTime()).toBe((general(text) as Date).getTime());
    expect(parseUtcTimestamptz('infinity')).toBe(Infinity);
  });

  test('is what the pool reads timestamptz with; other types keep their parsers', () => {
    expect(postgresTypes.getTypeParser(1184, 'text')).toBe(parseUtcTimestamptz);
    expect(postgresTypes.getTypeParser(1114, 'text')).toBe(pg.types.getTypeParser(1114, 'text'));
  });
});
