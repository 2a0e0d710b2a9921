import { expect, test } from 'vitest';
import { extractJobTerms } from '../../src/domain/coach/job-terms';

test('takes skills and tools from a pasted job description, once each', () => {
  const description = `Kualifikasi:
- Menguasai SQL dan Excel
- Pengalaman dengan Looker Studio, BigQuery, Python
- Komunikasi yang baik
Tools: Jira, Git, Node.js`;
  const terms = extractJobTerms(description);
  expect(terms).toEqual(
    expect.arrayContaining([
      'Looker Studio',
      'BigQuery',
      'Python',
      'Komunikasi yang baik',
      'Jira',
      'Git',
      'Node.js',
      'SQL',
    ]),
  );
  expect(new Set(terms.map((term) => term.toLowerCase())).size).toBe(terms.length);
  expect(terms).not.toContain('Kualifikasi:');
});

test('long sentences are not terms, and the list is capped', () => {
  const terms = extractJobTerms(
    'Anda akan bekerja sama dengan tim produk untuk merancang fitur baru setiap minggu.',
  );
  expect(terms).toEqual([]);
  expect(
    extractJobTerms(Array.from({ length: 40 }, (_, i) => `Skill${i}`).join(', '), 20),
  ).toHaveLength(20);
});
