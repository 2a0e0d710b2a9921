import { describe, expect, test } from 'vitest';
import {
  checkRow,
  columnsIgnored,
  jobDirectory,
  suggestMapping,
} from '../../src/domain/candidate-import';
import { parseAppliedOn } from '../../src/domain/spreadsheet/applied-on';

const today = '2026-12-07';

describe('the day a candidate applied, as spreadsheets write it', () => {
  test('dd/mm/yyyy as Indonesians write it, yyyy-mm-dd, and an Excel day number', () => {
    expect(parseAppliedOn('05/11/2026', today)).toEqual({ ok: true, date: '2026-11-05' });
    expect(parseAppliedOn('5-1-2026', today)).toEqual({ ok: true, date: '2026-01-05' });
    expect(parseAppliedOn('05.11.2026', today)).toEqual({ ok: true, date: '2026-11-05' });
    expect(parseAppliedOn('2026-10-01', today)).toEqual({ ok: true, date: '2026-10-01' });
    // 46000 is 2025-12-09 (45658 is 2025-01-01) in Excel's count of days.
    expect(parseAppliedOn('46000', today)).toEqual({ ok: true, date: '2025-12-09' });
    expect(parseAppliedOn(today, today)).toEqual({ ok: true, date: today });
  });

  test('the spellings Indonesian HR types: the month as a word, year first with a slash', () => {
    const read = (value: string) => parseAppliedOn(value, today);
    expect(read('7 Nov 2026')).toEqual({ ok: true, date: '2026-11-07' });
    expect(read('7 Nop 2026')).toEqual({ ok: true, date: '2026-11-07' });
    expect(read('07-Nov-2026')).toEqual({ ok: true, date: '2026-11-07' });
    expect(read('17 Agustus 2026')).toEqual({ ok: true, date: '2026-08-17' });
    expect(read('3 Mei 2026')).toEqual({ ok: true, date: '2026-05-03' });
    expect(read('1 Okt. 2026')).toEqual({ ok: true, date: '2026-10-01' });
    expect(read('Nov 7, 2026')).toEqual({ ok: true, date: '2026-11-07' });
    expect(read('2026/11/06')).toEqual({ ok: true, date: '2026-11-06' });
    expect(read('06/11/2026')).toEqual({ ok: true, date: '2026-11-06' });
    expect(read('6-11-2026')).toEqual({ ok: true, date: '2026-11-06' });
    for (const value of ['7 Nob 2026', '31 Nov 2026', '2026/13/01', 'Nov 2026']) {
      expect(read(value), value).toEqual({ ok: false, code: 'invalid_date' });
    }
  });

  test('a date the calendar lacks, words, or a day after today are refused', () => {
    for (const value of ['31/02/2026', '13/13/2026', 'kemarin', '11/2026', '123', '2026/10/32']) {
      expect(parseAppliedOn(value, today), value).toEqual({ ok: false, code: 'invalid_date' });
    }
    expect(parseAppliedOn('08/12/2026', today)).toEqual({ ok: false, code: 'date_in_future' });
  });

  test('"Tanggal Lamar" and "Applied on" headers are suggested for it', () => {
    expect(suggestMapping(['Nama', 'Email', 'Tanggal Lamar']).appliedOn).toBe(2);
    expect(suggestMapping(['Tgl. Lamar', 'Name']).appliedOn).toBe(0);
    expect(suggestMapping(['Name', 'E-mail', 'Applied on']).appliedOn).toBe(2);
  });
});

describe('columns the import leaves out', () => {
  test('every column no field reads, except a joined jobs-and-stages column (said apart)', () => {
    const headers = ['Nama', 'Email', 'Pendidikan', 'Lowongan dan tahap', 'Tanggal Lamar'];
    expect(columnsIgnored(headers, { fullName: 0, email: 1 })).toEqual([2, 4]);
    expect(columnsIgnored(headers, { fullName: 0, email: 1, appliedOn: 4 })).toEqual([2]);
  });
});

describe('a job title no job has', () => {
  const jobs = [
    { id: 'j1', title: 'Staf Gudang (Admin Inventori)', status: 'open', testsEnabled: false },
    { id: 'j2', title: 'Kasir', status: 'open', testsEnabled: false },
    { id: 'j3', title: 'Sopir Ekspedisi', status: 'closed', testsEnabled: false },
  ];
  const find = jobDirectory(jobs);

  test('any case and extra spaces still find the job', () => {
    expect(find('  staf   GUDANG (admin inventori) ')).toMatchObject({ id: 'j1' });
  });

  test('the nearest open job is named, else the open jobs are listed', () => {
    expect(find('Staf Gudang')).toBeUndefined();
    expect(find.hint('Staf Gudang')).toEqual({ nearestJob: 'Staf Gudang (Admin Inventori)' });
    expect(find.hint('Kasier')).toEqual({ nearestJob: 'Kasir' });
    expect(find.hint('Pilot')).toEqual({ openJobs: ['Staf Gudang (Admin Inventori)', 'Kasir'] });
  });
});

describe('source words HR files use', () => {
  const jobs = [{ id: 'j1', title: 'Kasir', status: 'open', testsEnabled: false }];
  const sourceOf = (value: string) =>
    checkRow(
      ['Sari', 'sari@example.com', value],
      2,
      { fullName: 0, email: 1, source: 2 },
      jobDirectory(jobs),
    ).candidate?.source;

  test('Indonesian and English referral and job-board words are read as their source', () => {
    for (const word of ['Referensi karyawan', 'Rekomendasi teman', 'Employee referral']) {
      expect(sourceOf(word), word).toBe('referral');
    }
    expect(sourceOf('JobStreet.id')).toBe('jobstreet');
    expect(sourceOf('Bursa kerja')).toBe('campus');
    expect(sourceOf('Koran Kompas')).toBe('other');
  });
});
