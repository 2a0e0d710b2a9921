import { describe, expect, test } from 'vitest';
import {
  checkRow,
  checkRows,
  jobDirectory,
  joinedColumnsLeftOut,
  mappingProblems,
  suggestMapping,
  withExistingDuplicates,
  withFirstRowLeftOut,
  type ImportJob,
} from '../../src/domain/candidate-import';

const jobs: ImportJob[] = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    title: 'Content Writer',
    status: 'open',
    testsEnabled: false,
  },
  {
    id: '00000000-0000-4000-8000-000000000002',
    title: 'QA Engineer',
    status: 'open',
    testsEnabled: true,
  },
  {
    id: '00000000-0000-4000-8000-000000000003',
    title: 'Kasir',
    status: 'closed',
    testsEnabled: false,
  },
  {
    id: '00000000-0000-4000-8000-000000000004',
    title: 'Admin',
    status: 'open',
    testsEnabled: false,
  },
  {
    id: '00000000-0000-4000-8000-000000000005',
    title: 'admin',
    status: 'draft',
    testsEnabled: false,
  },
];
const mapping = { fullName: 0, email: 1, phone: 2, city: 3, source: 4, job: 5, stage: 6, tags: 7 };
const row = (cells: Partial<Record<keyof typeof mapping, string>>) => {
  const out = Array<string>(8).fill('');
  for (const [field, value] of Object.entries(cells))
    out[mapping[field as keyof typeof mapping]] = value;
  return out;
};
const check = (cells: Partial<Record<keyof typeof mapping, string>>) =>
  checkRow(
    row({ fullName: 'Sari', email: 'sari@example.com', ...cells }),
    2,
    mapping,
    jobDirectory(jobs),
  );

describe('suggesting the mapping from the headers', () => {
  test('Indonesian headers', () => {
    expect(
      suggestMapping([
        'No',
        'Nama Lengkap',
        'Alamat Email',
        'Nomor HP',
        'Domisili',
        'Posisi Dilamar',
        'Tahap',
        'Keterangan',
      ]),
    ).toEqual({
      fullName: 1,
      email: 2,
      phone: 3,
      city: 4,
      job: 5,
      stage: 6,
      notes: 7,
    });
  });
  test('a header joining two fields is left for HR to map, a qualified one is not', () => {
    expect(suggestMapping(['Nama', 'Lowongan dan tahap', 'Email kandidat'])).toEqual({
      fullName: 0,
      email: 2,
    });
    expect(suggestMapping(['Name', 'Job and stage', 'Stage'])).toEqual({ fullName: 0, stage: 2 });
  });
  test('English headers, any case and punctuation, and a header that only contains the word', () => {
    expect(
      suggestMapping([
        'FULL NAME',
        'E-mail',
        'Phone number (WhatsApp)',
        'Source',
        'Tags',
        'Job title',
      ]),
    ).toEqual({
      fullName: 0,
      email: 1,
      phone: 2,
      source: 3,
      tags: 4,
      job: 5,
    });
  });
  test('a column serves one field; unknown headers are left for HR', () => {
    expect(suggestMapping(['Nama', 'Nama', 'Hobi'])).toEqual({ fullName: 0 });
  });
});

describe('the mapping itself', () => {
  test('name and e-mail are required, a column serves once, and must exist', () => {
    expect(mappingProblems({ phone: 0 }, 3)).toEqual([
      { field: 'fullName', code: 'required' },
      { field: 'email', code: 'required' },
    ]);
    expect(mappingProblems({ fullName: 0, email: 0, city: 5 }, 3)).toEqual([
      { field: 'email', code: 'column_used_twice' },
      { field: 'city', code: 'unknown_column' },
    ]);
  });
});

describe('checking a row', () => {
  test('a good row becomes a normalised candidate', () => {
    expect(
      check({
        fullName: '  Sari   Wulandari ',
        email: 'Sari@Example.COM',
        phone: '0812-3456-7890',
        city: 'Bandung',
        source: 'LinkedIn',
        job: 'content writer',
        stage: 'Screening CV',
        tags: 'Golang; sql, golang',
      }),
    ).toEqual({
      row: 2,
      problems: [],
      candidate: {
        fullName: 'Sari Wulandari',
        email: 'sari@example.com',
        phone: '+6281234567890',
        city: 'Bandung',
        source: 'linkedin',
        sourceDetail: null,
        tags: ['golang', 'sql'],
        notes: '',
        jobId: jobs[0]!.id,
        stage: 'cv_screening',
        appliedOn: null,
      },
      person: {
        fullName: 'Sari Wulandari',
        email: 'sari@example.com',
        phone: '+6281234567890',
        city: 'Bandung',
      },
    });
  });
  test('each problem names its row, column and field', () => {
    const checked = check({
      fullName: '',
      email: 'not-an-email',
      phone: '+1 415 555 0100',
      source: 'Koran',
    });
    expect(checked.candidate).toBeNull();
    expect(checked.problems).toEqual([
      { row: 2, column: 0, field: 'fullName', code: 'required' },
      { row: 2, column: 1, field: 'email', code: 'invalid_email' },
      {
        row: 2,
        column: 2,
        field: 'phone',
        code: 'phone_left_empty',
        warning: true,
        value: '+1 415 555 0100',
      },
      {
        row: 2,
        column: 4,
        field: 'source',
        code: 'source_kept_as_other',
        notice: true,
        value: 'Koran',
      },
    ]);
  });
  test('an unknown source is kept as Other with its text as the source detail, a notice only; known ones in any spelling', () => {
    const walkIn = check({ source: 'Walk-in' });
    expect(walkIn.candidate).toMatchObject({ source: 'other', sourceDetail: 'Walk-in', notes: '' });
    expect(walkIn.problems).toEqual([
      {
        row: 2,
        column: 4,
        field: 'source',
        code: 'source_kept_as_other',
        notice: true,
        value: 'Walk-in',
      },
    ]);
    const sourceOf = (text: string) => check({ source: text }).candidate?.source;
    expect(sourceOf('JobStreet')).toBe('jobstreet');
    expect(sourceOf('jobstreet.co.id')).toBe('jobstreet');
    expect(sourceOf('Linked In')).toBe('linkedin');
    expect(sourceOf('KALIBRR')).toBe('kalibrr');
    expect(sourceOf('glints')).toBe('glints');
    expect(sourceOf('Referensi')).toBe('referral');
    expect(sourceOf('Lainnya')).toBe('other');
    expect(check({ source: 'Lainnya' }).problems).toEqual([]);
    // An imported candidate did not apply on the careers page: "Website" stays Other (Website).
    expect(check({ source: 'Website' }).candidate).toMatchObject({
      source: 'other',
      sourceDetail: 'Website',
    });
    const karier = check({ source: 'Karier' });
    expect(karier.candidate).toMatchObject({ source: 'careers_page', sourceDetail: null });
    expect(karier.problems).toEqual([
      {
        row: 2,
        column: 4,
        field: 'source',
        code: 'source_read_as',
        notice: true,
        value: 'Karier',
        readAs: 'careers_page',
      },
    ]);
  });
  test('"Referensi: Budi" keeps who referred the candidate; a named source with words stays Other', () => {
    const referred = check({ source: 'Referensi:  Budi  Santoso' });
    expect(referred.candidate).toMatchObject({ source: 'referral', sourceDetail: 'Budi Santoso' });
    expect(referred.problems).toEqual([]);
    expect(check({ source: 'Lainnya: Koran Kompas' }).candidate).toMatchObject({
      source: 'other',
      sourceDetail: 'Koran Kompas',
    });
    // JobStreet has no detail: the whole cell is kept as an Other source, as before.
    expect(check({ source: 'JobStreet: iklan Mei' }).candidate).toMatchObject({
      source: 'other',
      sourceDetail: 'JobStreet: iklan Mei',
    });
    expect(check({ source: 'Referensi:' }).candidate).toMatchObject({
      source: 'referral',
      sourceDetail: null,
    });
  });
  test('jobs by title or id: unknown, closed, ambiguous; stages in either language', () => {
    const codes = (cells: Parameters<typeof check>[0]) => check(cells).problems.map((p) => p.code);
    expect(codes({ job: 'Pilot' })).toEqual(['unknown_job']);
    expect(codes({ job: 'Kasir' })).toEqual(['job_closed']);
    expect(codes({ job: 'ADMIN' })).toEqual(['ambiguous_job']);
    expect(check({ job: jobs[1]!.id, stage: 'Tests' }).candidate?.stage).toBe('tests');
    expect(codes({ job: 'Content Writer', stage: 'Tes' })).toEqual(['stage_not_in_job']);
    expect(codes({ job: 'Content Writer', stage: 'Offer' })).toEqual(['unknown_stage']);
    expect(check({ job: 'Content Writer', stage: 'interview user' }).candidate?.stage).toBe(
      'user_interview',
    );
    expect(check({ job: 'Content Writer' }).candidate?.stage).toBe('applied');
    expect(codes({ stage: 'Interview HR' })).toEqual(['stage_without_job']);
  });
});

describe('duplicates', () => {
  test('a later row with the same e-mail or phone names the earlier one', () => {
    const checked = checkRows(
      [
        { row: 2, cells: row({ fullName: 'A', email: 'a@example.com', phone: '0812 1111 2222' }) },
        { row: 3, cells: row({ fullName: 'B', email: 'A@example.com' }) },
        {
          row: 4,
          cells: row({ fullName: 'C', email: 'c@example.com', phone: '+62 812-1111-2222' }),
        },
      ],
      mapping,
      jobs,
    );
    expect(checked.map((c) => c.problems)).toEqual([
      [],
      [{ row: 3, column: 1, field: 'email', code: 'duplicate_in_file', otherRow: 2 }],
      [{ row: 4, column: 2, field: 'phone', code: 'duplicate_in_file', otherRow: 2 }],
    ]);
  });
  test('a later row with the same e-mail and phone as one earlier row says so once', () => {
    const checked = checkRows(
      [
        {
          row: 2,
          cells: row({
            fullName: 'Ayu',
            email: 'ayu@example.com',
            phone: '0812 1111 2222',
            source: 'Instagram',
          }),
        },
        {
          row: 3,
          cells: row({
            fullName: 'Ayu K',
            email: 'ayu@example.com',
            phone: '0812-1111-2222',
            source: 'Instagram',
          }),
        },
      ],
      mapping,
      jobs,
    );
    expect(checked[1]!.problems).toEqual([
      {
        row: 3,
        column: 1,
        field: 'email',
        code: 'duplicate_in_file',
        otherRow: 2,
        matchedBy: ['email', 'phone'],
      },
    ]);
  });
  test('one person on two rows for two jobs is one candidate with two applications; the same job twice is a duplicate', () => {
    const checked = checkRows(
      [
        { row: 2, cells: row({ fullName: 'Sari', email: 'sari@example.com', job: 'QA Engineer' }) },
        {
          row: 3,
          cells: row({ fullName: 'Sari W', email: 'SARI@example.com', job: 'Content Writer' }),
        },
        {
          row: 4,
          cells: row({ fullName: 'Sari', phone: '0812 1111 2222', email: 'sari@example.com' }),
        },
        {
          row: 5,
          cells: row({ fullName: 'Sari', email: 'sari@example.com', job: 'Content Writer' }),
        },
      ],
      mapping,
      jobs,
    );
    expect(checked.map((c) => c.problems.map((p) => [p.code, p.otherRow, p.field]))).toEqual([
      [],
      [['applies_in_file', 2, 'email']],
      // No job: nothing to add to the person, the row names them again.
      [['duplicate_in_file', 2, 'email']],
      [['duplicate_in_file', 2, 'email']],
    ]);
    expect(checked[1]!.problems[0]!.notice).toBe(true);
    expect(checked[1]!.candidate).toMatchObject({ sameAsRow: 2, jobId: jobs[0]!.id });
    expect(checked.map((c) => c.candidate !== null)).toEqual([true, true, false, false]);
  });
  test('the first row of a person kept out (a stored candidate has it) makes their second row a duplicate of it', () => {
    const [first, second] = checkRows(
      [
        { row: 2, cells: row({ fullName: 'Sari', email: 'sari@example.com', job: 'QA Engineer' }) },
        {
          row: 3,
          cells: row({ fullName: 'Sari', email: 'sari@example.com', job: 'Content Writer' }),
        },
      ],
      mapping,
      jobs,
    );
    expect(first!.candidate).not.toBeNull();
    const leftOut = withFirstRowLeftOut(second!);
    expect(leftOut.candidate).toBeNull();
    expect(leftOut.problems).toEqual([
      { row: 3, column: 1, field: 'email', code: 'duplicate_in_file', otherRow: 2 },
    ]);
  });
  test('a line skipped as a duplicate says only that: no warning on how it would have been imported', () => {
    const checked = checkRows(
      [
        { row: 2, cells: row({ fullName: 'A', email: 'a@example.com', source: 'Koran' }) },
        { row: 3, cells: row({ fullName: 'B', email: 'a@example.com', phone: '12' }) },
      ],
      mapping,
      jobs,
    );
    expect(checked[1]!.candidate).toBeNull();
    expect(checked[1]!.problems.map((p) => [p.field, p.code])).toEqual([
      ['email', 'duplicate_in_file'],
    ]);
    // A notice does not keep the row out.
    expect(checked[0]!.candidate).not.toBeNull();
  });
  test('a row with a bad e-mail is still compared on its phone and name: every problem shows at once', () => {
    const checked = checkRows(
      [
        {
          row: 2,
          cells: row({ fullName: 'Dewi', email: 'dewi@example.com', phone: '0812 5555 6666' }),
        },
        { row: 3, cells: row({ fullName: 'Budi', email: 'budi@', phone: '0812-5555-6666' }) },
        {
          row: 4,
          cells: row({ fullName: 'Eko', email: 'eko-at-example', phone: '0812 7777 8888' }),
        },
        { row: 5, cells: row({ fullName: 'Fajar', email: 'also bad', phone: '0812 7777 8888' }) },
      ],
      mapping,
      jobs,
    );
    expect(checked[1]!.problems.map((p) => [p.field, p.code, p.otherRow])).toEqual([
      ['email', 'invalid_email', undefined],
      ['phone', 'duplicate_in_file', 2],
    ]);
    // Two bad e-mails are not "the same e-mail"; their shared phone is.
    expect(checked[3]!.problems.map((p) => [p.field, p.code, p.otherRow])).toEqual([
      ['email', 'invalid_email', undefined],
      ['phone', 'duplicate_in_file', 4],
    ]);
    const stored = {
      id: 'c9',
      fullName: 'Stored',
      email: 'x@example.com',
      phone: '+6281277778888',
      city: null,
    };
    expect(
      withExistingDuplicates(checked[2]!, mapping, [stored]).problems.map((p) => [
        p.field,
        p.code,
        p.existingCandidateId,
      ]),
    ).toEqual([
      ['email', 'invalid_email', undefined],
      ['phone', 'duplicate_candidate', 'c9'],
    ]);
  });
  test('a landline is not kept as the phone: a note naming the cell, the row imported without a phone, the number in the notes', () => {
    const landline = check({ phone: '(021) 555-1234' });
    expect(landline.problems).toEqual([
      {
        row: 2,
        column: 2,
        field: 'phone',
        code: 'landline_not_kept',
        notice: true,
        value: '(021) 555-1234',
      },
    ]);
    expect(landline.candidate).toMatchObject({
      fullName: 'Sari',
      phone: null,
      notes: 'Telepon rumah/kantor dari impor: (021) 555-1234',
    });
    // Below the file's own notes, in the importing HR user's language.
    const withNotes = { ...mapping, notes: 8 };
    const cells = [...row({ fullName: 'Sari', email: 'sari@example.com' }), 'Lulusan UI'];
    cells[2] = '0274 512345';
    expect(checkRow(cells, 2, withNotes, jobDirectory(jobs), 'en').candidate?.notes).toBe(
      'Lulusan UI\nLandline from the import: 0274 512345',
    );
    expect(check({ phone: '0274 512345' }).candidate?.phone).toBeNull();
    // A number that is no phone at all: the line is imported without a phone, with a warning.
    const noPhone = check({ phone: '12345' });
    expect(noPhone.candidate).toMatchObject({ fullName: 'Sari', phone: null });
    expect(noPhone.problems).toEqual([
      {
        row: 2,
        column: 2,
        field: 'phone',
        code: 'phone_left_empty',
        warning: true,
        value: '12345',
      },
    ]);
    expect(check({ phone: '+62 812 3456 7890' }).candidate?.phone).toBe('+6281234567890');
  });
  test('a stored candidate with the same e-mail or phone excludes the row; a similar name in the same city only warns', () => {
    const base = check({ fullName: 'Sari Rahmawati', city: 'Bandung', phone: '0812 3333 4444' });
    const stored = { id: 'c1', fullName: 'Other', email: 'x@example.com', phone: null, city: null };
    expect(
      withExistingDuplicates(base, mapping, [{ ...stored, phone: '+6281233334444' }]).problems,
    ).toEqual([
      {
        row: 2,
        column: 2,
        field: 'phone',
        code: 'duplicate_candidate',
        existingCandidateId: 'c1',
        matchedBy: ['phone'],
      },
    ]);
    const similar = withExistingDuplicates(base, mapping, [
      { ...stored, fullName: 'sari rahmawatii', city: 'bandung' },
    ]);
    expect(similar.candidate).not.toBeNull();
    expect(similar.problems).toEqual([
      { row: 2, column: 0, field: 'fullName', code: 'similar_candidate', warning: true },
    ]);
  });
});

describe('a line that adds an application to a person already known', () => {
  test('says only what applies to the application: no note on the phone or source it does not store', () => {
    const cells = { fullName: 'Sari Lain', phone: '12345', source: 'Koran', job: 'QA Engineer' };
    const stored = {
      id: 'c1',
      fullName: 'Sari',
      email: 'sari@example.com',
      phone: null,
      city: null,
      jobIds: [],
    };
    const merged = withExistingDuplicates(check(cells), mapping, [stored]);
    expect(merged.candidate).toMatchObject({ existingCandidateId: 'c1' });
    expect(merged.problems.map((p) => p.code)).toEqual(['applies_as_existing']);
    // The same line for a new person keeps both notes: they say how that person is stored.
    expect(check(cells).problems.map((p) => p.code)).toEqual([
      'phone_left_empty',
      'source_kept_as_other',
    ]);
    // A person's second line in the file, for another job, likewise.
    const [, again] = checkRows(
      [
        {
          row: 2,
          cells: row({ fullName: 'Sari', email: 'sari@example.com', job: 'Content Writer' }),
        },
        { row: 3, cells: row({ ...cells, email: 'sari@example.com' }) },
      ],
      mapping,
      jobs,
    );
    expect(again!.problems.map((p) => p.code)).toEqual(['applies_in_file']);
  });
});

describe('joinedColumnsLeftOut', () => {
  test("a Seleksi export's jobs-and-stages column, in either language, is left out and said so", () => {
    const en = ['Name', 'E-mail', 'Phone', 'Jobs and stages', 'Added'];
    const id = ['Nama', 'E-mail', 'Telepon', 'Lowongan dan tahap', 'Ditambahkan'];
    expect(joinedColumnsLeftOut(en, suggestMapping(en))).toEqual([3]);
    expect(joinedColumnsLeftOut(id, suggestMapping(id))).toEqual([3]);
    // Once HR maps it (to the job, say), it is no longer left out; separate columns never were.
    expect(joinedColumnsLeftOut(id, { ...suggestMapping(id), job: 3 })).toEqual([]);
    const separate = ['Nama', 'Email', 'Posisi', 'Tahap'];
    expect(joinedColumnsLeftOut(separate, suggestMapping(separate))).toEqual([]);
  });
});
