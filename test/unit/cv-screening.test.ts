import { describe, expect, test } from 'vitest';
import { jobIdFromSlug, careersPath, slugify } from '../../src/domain/careers';
import { screenCv, snippetAt, statedExperience } from '../../src/domain/cv-screening';

const cv = `Dewi Lestari
Backend Developer, Jakarta
Pengalaman kerja 4 tahun sebagai backend developer. Membangun layanan pembayaran dengan Golang
dan PostgreSQL di PT Kopi Digital; mengotomasi deployment memakai Docker dan GitLab CI.
Saya juga menganalisis query lambat dan memperbaiki indeks.`;

describe('screenCv', () => {
  const job = {
    requiredSkills: ['Golang', 'PostgreSQL', 'Kubernetes', 'analisis query'],
    tools: ['Docker', 'Jira'],
  };
  const result = screenCv(cv, job);

  test('found terms carry the passage where the CV says them', () => {
    expect(result.found.map((f) => `${f.kind}:${f.term}`)).toEqual([
      'skill:Golang',
      'skill:PostgreSQL',
      'skill:analisis query',
      'tool:Docker',
    ]);
    const golang = result.found[0]!;
    expect(golang.snippet.match).toBe('Golang');
    expect(golang.snippet.before).toContain('layanan pembayaran dengan');
    expect(golang.mentions).toBe(1);
  });

  test('Indonesian word forms count ("menganalisis query" for "analisis query")', () => {
    expect(result.found.find((f) => f.term === 'analisis query')?.snippet.match).toBe(
      'menganalisis query',
    );
  });

  test('missing terms are listed by kind', () => {
    expect(result.missing).toEqual([
      { term: 'Kubernetes', kind: 'skill' },
      { term: 'Jira', kind: 'tool' },
    ]);
  });

  test('stated years of experience', () => {
    expect(result.experience.map((e) => [e.years, e.orMore])).toEqual([[4, false]]);
    expect(result.experience[0]!.snippet.match).toBe('Pengalaman kerja 4 tahun');
  });

  test('an empty CV finds nothing and misses everything', () => {
    expect(screenCv('', job)).toEqual({
      found: [],
      missing: [
        ...job.requiredSkills.map((term) => ({ term, kind: 'skill' })),
        ...job.tools.map((term) => ({ term, kind: 'tool' })),
      ],
      experience: [],
    });
  });
});

describe('statedExperience', () => {
  const years = (text: string) => statedExperience(text).map((e) => [e.years, e.orMore]);
  test('Indonesian phrasings', () => {
    expect(years('Memiliki 5 tahun pengalaman di bidang QA.')).toEqual([[5, false]]);
    expect(years('Berpengalaman lebih dari 3 tahun sebagai data analyst.')).toEqual([[3, true]]);
    expect(years('Pengalaman sebagai customer service selama dua tahun.')).toEqual([[2, false]]);
    expect(years('3+ tahun pengalaman menulis konten')).toEqual([[3, true]]);
  });
  test('English phrasings', () => {
    expect(years('6+ years of experience building APIs')).toEqual([[6, true]]);
    expect(years('Over 4 years in QA automation.')).toEqual([[4, true]]);
    expect(years('2.5 years experience with Excel')).toEqual([[2.5, false]]);
    expect(years('three years of professional experience')).toEqual([[3, false]]);
  });
  test('years that are not experience are ignored', () => {
    expect(years('Lulus tahun 2019. Kontrak 2 tahun. Usia 25 tahun.')).toEqual([]);
    expect(years('Universitas Indonesia, S1 Teknik Informatika (2014 - 2018)')).toEqual([]);
    expect(years('Lahir 1995. Telepon 0812-2019-2022.')).toEqual([]);
  });
  test('periods of work written as year ranges, counted to a Jakarta "now"', () => {
    // 7 December 2026 in Jakarta (UTC+7), still 6 December in UTC.
    const now = new Date('2026-12-06T19:30:00Z');
    const periods = (text: string) =>
      statedExperience(text, now).map((e) => [e.years, e.kind, e.snippet.match]);
    expect(periods('Backend Developer, PT Maju (2021-2025)')).toEqual([[4, 'period', '2021-2025']]);
    expect(periods('QA Engineer — PT Sinar, 2019 - sekarang')).toEqual([
      [7, 'period', '2019 - sekarang'],
    ]);
    expect(periods('Data Analyst, Jan 2020 – present')).toEqual([
      [7, 'period', 'Jan 2020 – present'],
    ]);
    expect(periods('Staf Admin, Maret 2018 s.d. Juni 2021')).toEqual([
      [3.5, 'period', 'Maret 2018 s.d. Juni 2021'],
    ]);
    expect(periods('2018 - 2022: PT Maju')).toEqual([[4, 'period', '2018 - 2022']]);
    // A period and a stated length both count, each where the CV says it.
    expect(
      statedExperience('5 tahun pengalaman.\nPT Maju (2021-2025)', now).map((e) => e.kind),
    ).toEqual(['stated', 'period']);
  });
});

describe('snippetAt', () => {
  test('cuts at word boundaries and marks the cuts', () => {
    const text = `${'kata '.repeat(30)}TARGET${' lagi'.repeat(30)}`;
    const at = text.indexOf('TARGET');
    const snippet = snippetAt(text, at, at + 6);
    expect(snippet.match).toBe('TARGET');
    expect(snippet.before.startsWith('… kata')).toBe(true);
    expect(snippet.after.endsWith('lagi …')).toBe(true);
  });
});

describe('careers links', () => {
  const id = '0b6c8a52-3f2e-4d7a-9a51-2f1f0c0a9e11';
  test('a readable slug that still finds the job when the title changes', () => {
    expect(slugify('Backend Developer (Go) – Jakarta')).toBe('backend-developer-go-jakarta');
    expect(slugify('Staf Keuangan & Pajak')).toBe('staf-keuangan-pajak');
    expect(careersPath({ id, title: 'Data Analyst' })).toBe(`/careers/data-analyst-${id}`);
    expect(jobIdFromSlug(`old-title-${id}`)).toBe(id);
    expect(jobIdFromSlug('no-id-here')).toBeUndefined();
  });
});
