/**
 * Candidates from a spreadsheet: which column holds which field (suggested from the headers, in
 * Indonesian or English), and each row checked the way a candidate added by hand is. A problem
 * names the spreadsheet's row and column, so HR can fix the file and upload it again.
 */
import { candidateSources, normaliseEmail, normaliseTags, type CandidateSource } from './candidate';
import {
  duplicateReasonsBetween,
  normaliseName,
  SameCityNames,
  type PersonDetails,
} from './duplicates';
import { locales } from './locale';
import { normaliseIndonesianPhone } from './phone';
import type { Stage } from './pipeline';
import { reportLabels } from './reports/report-labels';

export const importFields = [
  'fullName',
  'email',
  'phone',
  'city',
  'source',
  'tags',
  'notes',
  'job',
  'stage',
] as const;
export type ImportField = (typeof importFields)[number];

/** Field → the index of the column it is read from (a field not in the file is left out). */
export type ImportMapping = Partial<Record<ImportField, number>>;

export const requiredImportFields = ['fullName', 'email'] as const satisfies ImportField[];

/** Above this many rows, checking and importing run as background work with progress. */
export const backgroundImportRows = 2000;
export const importLimits = { maxRows: 100_000, maxColumns: 60, maxBytes: 20 * 1024 * 1024 };

/** Header words, lower case without punctuation, that name a field (Indonesian and English). */
const headerWords: Record<ImportField, readonly string[]> = {
  fullName: [
    'nama',
    'nama lengkap',
    'nama kandidat',
    'nama pelamar',
    'name',
    'full name',
    'candidate',
    'candidate name',
    'kandidat',
    'pelamar',
  ],
  email: ['email', 'e mail', 'surel', 'alamat email', 'email address', 'mail'],
  phone: [
    'telepon',
    'telp',
    'no telp',
    'nomor telepon',
    'no hp',
    'nomor hp',
    'hp',
    'handphone',
    'phone',
    'phone number',
    'mobile',
    'whatsapp',
    'wa',
    'no wa',
    'nomor wa',
  ],
  city: ['kota', 'domisili', 'kota domisili', 'lokasi', 'city', 'location', 'town'],
  source: ['sumber', 'sumber lamaran', 'asal', 'source', 'channel'],
  tags: ['tag', 'tags', 'label', 'labels', 'keahlian', 'skills'],
  notes: ['catatan', 'keterangan', 'notes', 'note', 'comments', 'komentar'],
  job: [
    'lowongan',
    'posisi',
    'posisi dilamar',
    'jabatan',
    'job',
    'position',
    'job title',
    'role',
    'vacancy',
  ],
  stage: ['tahap', 'tahapan', 'stage', 'status', 'pipeline stage'],
};

const headerKey = (header: string) => normaliseName(header);

/**
 * The mapping suggested from the header row: a header equal to one of a field's words first,
 * then one that contains such a word ("Nomor HP (WA)"). Each column serves one field at most.
 */
export function suggestMapping(headers: readonly string[]): ImportMapping {
  const keys = headers.map(headerKey);
  const mapping: ImportMapping = {};
  const taken = new Set<number>();
  const pass = (matches: (key: string, word: string) => boolean) => {
    for (const field of importFields) {
      if (mapping[field] !== undefined) continue;
      const index = keys.findIndex(
        (key, i) => !taken.has(i) && headerWords[field].some((word) => matches(key, word)),
      );
      if (index >= 0) {
        mapping[field] = index;
        taken.add(index);
      }
    }
  };
  pass((key, word) => key === word);
  pass((key, word) => ` ${key} `.includes(` ${word} `));
  return mapping;
}

/** Problems with the mapping itself: a required field left out, a column used twice or absent. */
export function mappingProblems(
  mapping: ImportMapping,
  columnCount: number,
): { field: ImportField; code: string }[] {
  const problems: { field: ImportField; code: string }[] = [];
  for (const field of requiredImportFields) {
    if (mapping[field] === undefined) problems.push({ field, code: 'required' });
  }
  const seen = new Set<number>();
  for (const field of importFields) {
    const index = mapping[field];
    if (index === undefined) continue;
    if (!Number.isInteger(index) || index < 0 || index >= columnCount) {
      problems.push({ field, code: 'unknown_column' });
    } else if (seen.has(index)) problems.push({ field, code: 'column_used_twice' });
    seen.add(index);
  }
  return problems;
}

/** A job a row may name, by title (any case) or by id. */
export interface ImportJob {
  id: string;
  title: string;
  status: string;
  testsEnabled: boolean;
}

/** Stages an imported application may start in: an offer or an end needs records of its own. */
export const importStages = [
  'applied',
  'cv_screening',
  'hr_interview',
  'tests',
  'user_interview',
] as const satisfies Stage[];
export type ImportStage = (typeof importStages)[number];

export interface ImportedCandidate {
  fullName: string;
  email: string;
  phone: string | null;
  city: string | null;
  source: CandidateSource;
  tags: string[];
  notes: string;
  jobId: string | null;
  stage: ImportStage | null;
}

export interface ImportRowProblem {
  /** The spreadsheet's row number (the header is row 1). */
  row: number;
  /** The column's index in the file, or null for a problem of the whole row. */
  column: number | null;
  field: ImportField | null;
  code: string;
  /** The other row, for a duplicate within the file. */
  otherRow?: number;
  /** A hint only: the row is still imported (a similar name in the same city may be someone else). */
  warning?: boolean;
}

export interface CheckedRow {
  row: number;
  candidate: ImportedCandidate | null;
  problems: ImportRowProblem[];
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const maxLength: Partial<Record<ImportField, number>> = {
  fullName: 200,
  email: 254,
  city: 100,
  notes: 5000,
  tags: 500,
};

/** A stage or source as written in either language, or as its code. */
function wordsTo<T extends string>(
  codes: readonly T[],
  name: (locale: (typeof locales)[number], code: T) => string,
): Map<string, T> {
  const byWord = new Map<string, T>();
  for (const code of codes) {
    byWord.set(headerKey(code), code);
    for (const locale of locales) byWord.set(headerKey(name(locale, code)), code);
  }
  return byWord;
}
const stageWords = wordsTo(importStages, (locale, code) => reportLabels(locale).stage(code));
const sourceWords = wordsTo(candidateSources, (locale, code) => reportLabels(locale).source(code));
sourceWords.set('kampus', 'campus');
sourceWords.set('campus', 'campus');
sourceWords.set('job fair', 'campus');

/** The jobs a row can name, looked up by id and by title (a title two jobs share is ambiguous). */
export function jobDirectory(
  jobs: readonly ImportJob[],
): (value: string) => ImportJob | 'ambiguous' | undefined {
  const byTitle = new Map<string, ImportJob | 'ambiguous'>();
  const byId = new Map(jobs.map((job) => [job.id.toLowerCase(), job]));
  for (const job of jobs) {
    const key = headerKey(job.title);
    byTitle.set(key, byTitle.has(key) ? 'ambiguous' : job);
  }
  return (value) => byId.get(value.trim().toLowerCase()) ?? byTitle.get(headerKey(value));
}

/**
 * Checks one row on its own (no other rows, no database): required fields, e-mail, Indonesian
 * phone, source, tags, job and stage.
 */
export function checkRow(
  cells: readonly string[],
  row: number,
  mapping: ImportMapping,
  findJob: ReturnType<typeof jobDirectory>,
): CheckedRow {
  const problems: ImportRowProblem[] = [];
  const cell = (field: ImportField) => {
    const index = mapping[field];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const fail = (field: ImportField, code: string) =>
    problems.push({ row, column: mapping[field] ?? null, field, code });
  for (const field of importFields) {
    const limit = maxLength[field];
    if (limit && cell(field).length > limit) fail(field, 'too_long');
  }
  const fullName = cell('fullName').replace(/\s+/g, ' ');
  if (!fullName) fail('fullName', 'required');
  const email = normaliseEmail(cell('email'));
  if (!email) fail('email', 'required');
  else if (!emailPattern.test(email)) fail('email', 'invalid_email');
  let phone: string | null = null;
  if (cell('phone')) {
    const normalised = normaliseIndonesianPhone(cell('phone'));
    if (normalised.ok) phone = normalised.value;
    else fail('phone', 'invalid_phone');
  }
  // A file without a source says only that the person came from HR's spreadsheet.
  let source: CandidateSource = 'spreadsheet_import';
  if (cell('source')) {
    const found = sourceWords.get(headerKey(cell('source')));
    if (found) source = found;
    else fail('source', 'unknown_source');
  }
  let jobId: string | null = null;
  let stage: ImportStage | null = null;
  if (cell('job')) {
    const job = findJob(cell('job'));
    if (job === 'ambiguous') fail('job', 'ambiguous_job');
    else if (!job) fail('job', 'unknown_job');
    else if (job.status === 'closed') fail('job', 'job_closed');
    else jobId = job.id;
    stage = 'applied';
    if (cell('stage')) {
      const found = stageWords.get(headerKey(cell('stage')));
      if (!found) fail('stage', 'unknown_stage');
      else if (found === 'tests' && job && job !== 'ambiguous' && !job.testsEnabled) {
        fail('stage', 'stage_not_in_job');
      } else stage = found;
    }
  } else if (cell('stage')) fail('stage', 'stage_without_job');
  if (problems.length) return { row, candidate: null, problems };
  return {
    row,
    candidate: {
      fullName,
      email,
      phone,
      city: cell('city').replace(/\s+/g, ' ') || null,
      source,
      tags: normaliseTags(cell('tags').split(/[,;]/)),
      notes: cell('notes'),
      jobId,
      stage: jobId ? stage : null,
    },
    problems,
  };
}

/**
 * Checks every row, and marks a row whose e-mail or phone an earlier row already has: the file
 * names the same person twice. The first row stays valid; the later one names it. A similar name
 * in the same city as an earlier row is only a warning (it may be someone else), as it is against
 * stored candidates.
 */
export function checkRows(
  rows: readonly { row: number; cells: readonly string[] }[],
  mapping: ImportMapping,
  jobs: readonly ImportJob[],
): CheckedRow[] {
  const check = fileRowChecker(mapping, jobs);
  return rows.map(({ row, cells }) => check(row, cells));
}

/**
 * `checkRows` one row at a time, remembering the rows seen before, so a long file can be checked
 * in slices (background work lets other requests run between them). Rows must come in file order.
 */
export function fileRowChecker(
  mapping: ImportMapping,
  jobs: readonly ImportJob[],
): (row: number, cells: readonly string[]) => CheckedRow {
  const findJob = jobDirectory(jobs);
  const byEmail = new Map<string, number>();
  const byPhone = new Map<string, number>();
  const byName = new SameCityNames<number>();
  return (row, cells) => {
    const checked = checkRow(cells, row, mapping, findJob);
    const candidate = checked.candidate;
    if (!candidate) return checked;
    const earlier =
      (byEmail.has(candidate.email) ? (['email', byEmail.get(candidate.email)!] as const) : null) ??
      (candidate.phone && byPhone.has(candidate.phone)
        ? (['phone', byPhone.get(candidate.phone)!] as const)
        : null);
    byEmail.set(candidate.email, byEmail.get(candidate.email) ?? row);
    if (candidate.phone) byPhone.set(candidate.phone, byPhone.get(candidate.phone) ?? row);
    if (!earlier) {
      const similarRow = byName.findSimilar(candidate);
      byName.add(candidate, row);
      if (similarRow === undefined) return checked;
      return {
        ...checked,
        problems: [
          ...checked.problems,
          {
            row,
            column: mapping.fullName ?? null,
            field: 'fullName',
            code: 'similar_in_file',
            otherRow: similarRow,
            warning: true,
          },
        ],
      };
    }
    const [field, otherRow] = earlier;
    return {
      row,
      candidate: null,
      problems: [
        { row, column: mapping[field] ?? null, field, code: 'duplicate_in_file', otherRow },
      ],
    };
  };
}

/**
 * A checked row against the candidates already in the database that may be the same person, as
 * the careers page's duplicates are found: the same e-mail or phone is the same person (the row is
 * left out); a similar name in the same city is only flagged.
 */
export function withExistingDuplicates(
  checked: CheckedRow,
  mapping: ImportMapping,
  existing: readonly PersonDetails[],
): CheckedRow {
  const candidate = checked.candidate;
  if (!candidate) return checked;
  const reasons = new Set(existing.flatMap((person) => duplicateReasonsBetween(candidate, person)));
  const row = checked.row;
  if (reasons.has('same_email') || reasons.has('same_phone')) {
    const field = reasons.has('same_email') ? 'email' : 'phone';
    return {
      row,
      candidate: null,
      problems: [{ row, column: mapping[field] ?? null, field, code: 'duplicate_candidate' }],
    };
  }
  if (!reasons.has('similar_name_same_city')) return checked;
  return {
    ...checked,
    problems: [
      ...checked.problems,
      {
        row,
        column: mapping.fullName ?? null,
        field: 'fullName',
        code: 'similar_candidate',
        warning: true,
      },
    ],
  };
}
