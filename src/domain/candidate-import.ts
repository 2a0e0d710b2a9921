/**
 * Candidates from a spreadsheet: which column holds which field (suggested from the headers, in
 * Indonesian or English), and each row checked the way a candidate added by hand is. A problem
 * names the spreadsheet's row and column, so HR can fix the file and upload it again.
 */
import {
  candidateSources,
  normaliseEmail,
  normaliseTags,
  takesSourceDetail,
  type CandidateSource,
} from './candidate';
import {
  duplicateReasonsBetween,
  normaliseName,
  SameCityNames,
  type PersonDetails,
} from './duplicates';
import { locales, type Locale } from './locale';
import { normaliseMobilePhone } from './phone';
import { parseAppliedOn } from './spreadsheet/applied-on';
import { jakartaDate } from './today';
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
  'appliedOn',
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
  appliedOn: [
    'tanggal lamar',
    'tgl lamar',
    'tanggal melamar',
    'tgl melamar',
    'tanggal lamaran',
    'tgl lamaran',
    'tanggal daftar',
    'tgl daftar',
    'applied on',
    'applied',
    'date applied',
    'applied date',
    'application date',
    'apply date',
  ],
};

const headerKey = (header: string) => normaliseName(header);

const containsWord = (key: string, word: string) => ` ${key} `.includes(` ${word} `);

/**
 * A header joining two fields ("Lowongan dan tahap", "Jobs and stages") is left for HR to map;
 * "Email kandidat" names one field, qualified.
 */
const joinsTwoFields = (key: string) =>
  / (dan|and) /.test(` ${key} `) &&
  importFields.filter((field) => headerWords[field].some((word) => containsWord(key, word)))
    .length > 1;

/**
 * The mapping suggested from the header row: a header equal to one of a field's words first,
 * then one that contains such a word ("Nomor HP (WA)") and no other field's. Each column serves
 * one field at most.
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
  pass((key, word) => containsWord(key, word) && !joinsTwoFields(key));
  return mapping;
}

/**
 * Columns whose header joins the job and the stage ("Jobs and stages", a Seleksi export's
 * "Job: Stage; Job: Stage" column) and that no field reads: an import row goes to one job at one
 * stage, so such a column cannot be mapped, and the mapping says why it is left out.
 */
export function joinedColumnsLeftOut(headers: readonly string[], mapping: ImportMapping): number[] {
  const used = new Set(Object.values(mapping));
  return headers.flatMap((header, index) => {
    // English plurals ("Jobs and stages") name the same fields.
    const key = headerKey(header)
      .split(' ')
      .map((word) => (word.length > 3 ? word.replace(/s$/, '') : word))
      .join(' ');
    const names = (field: ImportField) =>
      headerWords[field].some((word) => containsWord(key, word));
    const joined = / (dan|and) /.test(` ${key} `) && names('job') && names('stage');
    return joined && !used.has(index) ? [index] : [];
  });
}

/**
 * Columns no field reads, which the import leaves out (an "Applied on" column left unmapped, a
 * "Pendidikan" column Seleksi has no field for): HR sees them before confirming. A joined
 * job-and-stage column is not among them: `joinedColumnsLeftOut` says why it is left out.
 */
export function columnsIgnored(headers: readonly string[], mapping: ImportMapping): number[] {
  const used = new Set(Object.values(mapping));
  const joined = new Set(joinedColumnsLeftOut(headers, mapping));
  return headers.flatMap((_, index) => (used.has(index) || joined.has(index) ? [] : [index]));
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
  /** The file's text for a source Seleksi has no name for (the source is then 'other'). */
  sourceDetail: string | null;
  tags: string[];
  notes: string;
  jobId: string | null;
  stage: ImportStage | null;
  /**
   * The day they applied (`YYYY-MM-DD`, a Jakarta date) when the file says: the application's
   * created date and its first stage entry. Null: the import day.
   */
  appliedOn: string | null;
  /**
   * The row is a stored candidate (same e-mail or phone) applying to a job they have not applied
   * to, or the person of an earlier row of this file (`sameAsRow`) once the check gave that row its
   * id: only the application is written, on that candidate; their details stay.
   */
  existingCandidateId?: string;
  /**
   * The earlier row of this file naming the same person (same e-mail or phone) for another job:
   * this row is their second application, written on the candidate that row becomes.
   */
  sameAsRow?: number;
}

/** How a stored candidate matches a row: the same e-mail, the same phone, or both. */
export type MatchedBy = ('email' | 'phone')[];

export interface ImportRowProblem {
  /** The row's line in the file, as a spreadsheet program numbers it (the header is usually 1). */
  row: number;
  /** The column's index in the file, or null for a problem of the whole row. */
  column: number | null;
  field: ImportField | null;
  code: string;
  /** The other row, for a duplicate within the file. */
  otherRow?: number;
  /** A hint only: the row is still imported (a similar name in the same city may be someone else). */
  warning?: boolean;
  /** Information only: the row is imported as told (an unknown source kept as "Other"). */
  notice?: boolean;
  /** The cell as the file has it, when the notice keeps it (the unknown source's text). */
  value?: string;
  /** The source a word that is not a source's name was read as (notice `source_read_as`). */
  readAs?: CandidateSource;
  /** The stored candidate the row's e-mail or phone already belongs to (its id; the name is read when shown). */
  existingCandidateId?: string;
  matchedBy?: MatchedBy;
  /** An unknown job: the open job whose title is nearest the row's. */
  nearestJob?: string;
  /** An unknown job with no title near: the open jobs' titles (the first 10). */
  openJobs?: string[];
  /** On a completed import's skipped rows: the preview already kept the row out. */
  atPreview?: boolean;
}

export interface CheckedRow {
  row: number;
  /** The candidate the row becomes; null when a problem (not a warning or notice) keeps it out. */
  candidate: ImportedCandidate | null;
  problems: ImportRowProblem[];
  /**
   * The person as the row names them, even when the row has problems: duplicates are looked for on
   * every row, so all of a row's problems show at once. `email` is '' when the row's is not valid
   * (never a match); null when the row names nothing to compare (no valid e-mail or phone, no name
   * and city).
   */
  person?: PersonDetails | null;
}

/** A problem that keeps the row out (not a warning, not a notice). */
export const blocksRow = (problem: ImportRowProblem) => !problem.warning && !problem.notice;

/**
 * Notes on how a row's person details would be stored (phone, landline, source): they do not apply
 * to a row that adds an application to a person already known (stored, or on an earlier line),
 * whose details are not changed.
 */
const personDetailCodes = new Set([
  'phone_left_empty',
  'landline_not_kept',
  'source_read_as',
  'source_kept_as_other',
]);
const aboutApplication = (problems: readonly ImportRowProblem[]) =>
  problems.filter((problem) => !personDetailCodes.has(problem.code));

/**
 * Problems that say the row's person is already in Seleksi (or on an earlier line): the row is
 * skipped rather than wrong, so the preview counts and shows these apart from the errors to fix.
 */
export const duplicateCodes = [
  'duplicate_candidate',
  'already_applied',
  'duplicate_in_file',
  'duplicate_since_preview',
] as const;
export const isDuplicateProblem = (problem: { code: string }) =>
  (duplicateCodes as readonly string[]).includes(problem.code);

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const maxLength: Partial<Record<ImportField, number>> = {
  fullName: 200,
  email: 254,
  city: 100,
  notes: 5000,
  tags: 500,
  source: 100,
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
/** Spellings HR's files use besides the names shown in Seleksi (any case, punctuation as spaces). */
const sourceSpellings: Record<string, CandidateSource> = {
  kampus: 'campus',
  campus: 'campus',
  'job fair': 'campus',
  'job street': 'jobstreet',
  'jobstreet co id': 'jobstreet',
  'jobstreet com': 'jobstreet',
  'linked in': 'linkedin',
  'linkedin com': 'linkedin',
  'glints com': 'glints',
  'kalibrr com': 'kalibrr',
  kalibr: 'kalibrr',
  referensi: 'referral',
  referal: 'referral',
  rujukan: 'referral',
  'referensi karyawan': 'referral',
  'referensi teman': 'referral',
  'referral karyawan': 'referral',
  rekomendasi: 'referral',
  'rekomendasi karyawan': 'referral',
  'rekomendasi teman': 'referral',
  titipan: 'referral',
  'employee referral': 'referral',
  referred: 'referral',
  'referred by employee': 'referral',
  'internal referral': 'referral',
  jobstreet: 'jobstreet',
  'job street id': 'jobstreet',
  'jobstreet id': 'jobstreet',
  'linked in id': 'linkedin',
  'linkedin jobs': 'linkedin',
  'linkedin job': 'linkedin',
  'glints id': 'glints',
  'kalibrr id': 'kalibrr',
  'bursa kerja': 'campus',
  'career day': 'campus',
  'career fair': 'campus',
  'pameran kerja': 'campus',
  universitas: 'campus',
  'kampus universitas': 'campus',
  lainnya: 'other',
  'lain lain': 'other',
};
for (const [word, source] of Object.entries(sourceSpellings)) sourceWords.set(word, source);
/**
 * Words that are not a source's name but are read as one: the row is imported with that source
 * and the preview says so (a notice), as it does for a source kept as Other. "Website" is not here:
 * a candidate HR imports did not apply through Seleksi's careers page (counting them there would
 * inflate it in the sources report), and "website" may be any site, so it is kept as
 * Other (Website).
 */
const sourceReadings: Record<string, CandidateSource> = {
  karier: 'careers_page',
};

/**
 * "Referensi: Budi", "Lainnya: Koran Kompas": a source that takes words (who referred them, which
 * other source) followed by those words, kept as the source and its detail.
 */
function sourceWithWords(
  value: string,
): { source: CandidateSource; sourceDetail: string } | undefined {
  const colon = value.indexOf(':');
  if (colon < 0) return undefined;
  const source = sourceWords.get(headerKey(value.slice(0, colon)));
  const words = value
    .slice(colon + 1)
    .trim()
    .replace(/\s+/g, ' ');
  if (!source || !takesSourceDetail(source) || !words) return undefined;
  return { source, sourceDetail: words };
}

/**
 * The jobs a row can name, looked up by id and by title in any case, spacing and punctuation (a
 * title two jobs share is ambiguous); `hint` helps with a title no job has.
 */
export function jobDirectory(
  jobs: readonly ImportJob[],
): ((value: string) => ImportJob | 'ambiguous' | undefined) & { hint: (value: string) => JobHint } {
  const byTitle = new Map<string, ImportJob | 'ambiguous'>();
  const byId = new Map(jobs.map((job) => [job.id.toLowerCase(), job]));
  for (const job of jobs) {
    const key = headerKey(job.title);
    byTitle.set(key, byTitle.has(key) ? 'ambiguous' : job);
  }
  const find = (value: string) =>
    byId.get(value.trim().toLowerCase()) ?? byTitle.get(headerKey(value));
  return Object.assign(find, { hint: jobHint(jobs) });
}

/** What an unknown job's problem offers: the nearest open job's title, else the open jobs' titles. */
export type JobHint = { nearestJob: string } | { openJobs: string[] };
const listedOpenJobs = 10;

function jobHint(jobs: readonly ImportJob[]): (value: string) => JobHint {
  const open = jobs.filter((job) => job.status !== 'closed');
  const keyed = open.map((job) => ({ title: job.title, key: headerKey(job.title) }));
  const cache = new Map<string, JobHint>();
  return (value) => {
    const key = headerKey(value);
    const known = cache.get(key);
    if (known) return known;
    const near = nearestTitle(key, keyed);
    const hint: JobHint = near
      ? { nearestJob: near }
      : { openJobs: open.slice(0, listedOpenJobs).map((job) => job.title) };
    cache.set(key, hint);
    return hint;
  };
}

/**
 * "Staf Gudang" for "Staf Gudang (Admin Inventori)": a title holding the value's words (or held in
 * it), the closest in length; else one a few typing mistakes away.
 */
function nearestTitle(key: string, titles: readonly { title: string; key: string }[]) {
  if (!key) return undefined;
  const containing = titles
    .filter((t) => containsWord(t.key, key) || containsWord(key, t.key))
    .sort((a, b) => Math.abs(a.key.length - key.length) - Math.abs(b.key.length - key.length));
  if (containing[0]) return containing[0].title;
  const allowed = Math.max(2, Math.floor(key.length / 4));
  let best: { title: string; distance: number } | undefined;
  for (const t of titles) {
    const distance = editDistance(key, t.key);
    if (distance <= allowed && (!best || distance < best.distance))
      best = { title: t.title, distance };
  }
  return best?.title;
}

/** Levenshtein distance (titles are short). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The line a landline leaves in the candidate's notes, in the language of the HR user importing. */
const landlineNote: Record<Locale, (number: string) => string> = {
  id: (number) => `Telepon rumah/kantor dari impor: ${number}`,
  en: (number) => `Landline from the import: ${number}`,
};

const unreadablePhoneNote: Record<Locale, (number: string) => string> = {
  id: (number) => `Nomor telepon dari impor yang tidak terbaca: ${number}`,
  en: (number) => `Phone number from the import that could not be read: ${number}`,
};

/**
 * Checks one row on its own (no other rows, no database): required fields, e-mail, Indonesian
 * phone, source, tags, job and stage. `notesLocale` is the language of lines Seleksi adds to the
 * notes (the importing HR user's).
 */
export function checkRow(
  cells: readonly string[],
  row: number,
  mapping: ImportMapping,
  findJob: ReturnType<typeof jobDirectory>,
  notesLocale: Locale = 'id',
  today: string = jakartaDate(new Date()),
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
  let landline: string | null = null;
  let unreadablePhone: string | null = null;
  if (cell('phone')) {
    const normalised = normaliseMobilePhone(cell('phone'));
    if (normalised.ok) phone = normalised.value;
    else if (normalised.problems[0]!.code === 'landline_phone') {
      // Candidates are reached by WhatsApp and SMS, so a landline is not their phone; but a person
      // whose only number is a landline is still a candidate: the row is imported without a phone,
      // and the number goes into the notes so HR can still call it.
      landline = cell('phone');
      problems.push({
        row,
        column: mapping.phone ?? null,
        field: 'phone',
        code: 'landline_not_kept',
        notice: true,
        value: cell('phone'),
      });
    } else {
      // An optional cell: the line is imported without a phone, and the preview says so; the
      // number as typed goes into the notes, so HR can still read and mend it.
      unreadablePhone = cell('phone');
      problems.push({
        row,
        column: mapping.phone ?? null,
        field: 'phone',
        code: 'phone_left_empty',
        warning: true,
        value: cell('phone'),
      });
    }
  }
  // A file without a source says only that the person came from HR's spreadsheet. A source
  // Seleksi has no name for is kept as "Other" with its text as the source detail (shown and
  // exported beside it): a notice, not a problem.
  let source: CandidateSource = 'spreadsheet_import';
  let sourceDetail: string | null = null;
  const notes = [
    cell('notes'),
    landline && landlineNote[notesLocale](landline),
    unreadablePhone && unreadablePhoneNote[notesLocale](unreadablePhone),
  ]
    .filter(Boolean)
    .join('\n');
  const referral = sourceWithWords(cell('source'));
  if (referral) ({ source, sourceDetail } = referral);
  else if (cell('source')) {
    const found = sourceWords.get(headerKey(cell('source')));
    const readAs = sourceReadings[headerKey(cell('source'))];
    if (found) source = found;
    else if (readAs) {
      source = readAs;
      problems.push({
        row,
        column: mapping.source ?? null,
        field: 'source',
        code: 'source_read_as',
        notice: true,
        value: cell('source'),
        readAs,
      });
    } else {
      source = 'other';
      sourceDetail = cell('source').replace(/\s+/g, ' ');
      problems.push({
        row,
        column: mapping.source ?? null,
        field: 'source',
        code: 'source_kept_as_other',
        notice: true,
        value: cell('source'),
      });
    }
  }
  let jobId: string | null = null;
  let stage: ImportStage | null = null;
  if (cell('job')) {
    const job = findJob(cell('job'));
    if (job === 'ambiguous') fail('job', 'ambiguous_job');
    else if (!job) {
      problems.push({
        row,
        column: mapping.job ?? null,
        field: 'job',
        code: 'unknown_job',
        ...findJob.hint(cell('job')),
      });
    } else if (job.status === 'closed') fail('job', 'job_closed');
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
  let appliedOn: string | null = null;
  if (cell('appliedOn')) {
    const read = parseAppliedOn(cell('appliedOn'), today);
    if (read.ok) appliedOn = read.date;
    else {
      // An optional cell: the line is imported as applying on the import day, with a warning.
      problems.push({
        row,
        column: mapping.appliedOn ?? null,
        field: 'appliedOn',
        code: `${read.code}_left_empty`,
        warning: true,
        value: cell('appliedOn'),
      });
    }
  }
  const city = cell('city').replace(/\s+/g, ' ') || null;
  // Every row is compared with the others and with stored candidates on whatever it names well:
  // a bad e-mail must not hide that the row's phone belongs to someone else (all problems at once).
  const goodEmail = emailPattern.test(email) && email.length <= maxLength.email! ? email : '';
  const person =
    goodEmail || phone || (fullName && city) ? { fullName, email: goodEmail, phone, city } : null;
  if (problems.some(blocksRow)) return { row, candidate: null, problems, person };
  return {
    row,
    candidate: {
      fullName,
      email,
      phone,
      city,
      source,
      sourceDetail,
      tags: normaliseTags(cell('tags').split(/[,;]/)),
      notes,
      jobId,
      stage: jobId ? stage : null,
      appliedOn,
    },
    problems,
    person,
  };
}

/**
 * Checks every row, and marks a row whose e-mail or phone an earlier row already has: the file
 * names the same person twice. The first row stays valid; the later one names it. When both name
 * a job and the jobs differ, the later row is that person's application to another job (a notice,
 * `applies_in_file`): one candidate with both applications. The same job twice, or no job, is a
 * duplicate (`duplicate_in_file`). A similar name in the same city as an earlier row is only a
 * warning (it may be someone else), as it is against stored candidates.
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
  notesLocale: Locale = 'id',
  today: string = jakartaDate(new Date()),
): (row: number, cells: readonly string[]) => CheckedRow {
  const findJob = jobDirectory(jobs);
  // Each e-mail and phone names the row where its person first appears.
  const byEmail = new Map<string, number>();
  const byPhone = new Map<string, number>();
  // The jobs of each person first seen on a valid row with a job (by that row).
  const jobsOfPerson = new Map<number, Set<string>>();
  const byName = new SameCityNames<number>();
  return (row, cells) => {
    const checked = checkRow(cells, row, mapping, findJob, notesLocale, today);
    const person = checked.person;
    if (!person) return checked;
    const problems = [...checked.problems];
    const matches = (
      [
        ['email', byEmail, person.email],
        ['phone', byPhone, person.phone],
      ] as const
    ).flatMap(([field, seen, value]) => {
      const otherRow = value ? seen.get(value) : undefined;
      return otherRow === undefined ? [] : [{ field, otherRow }];
    });
    const firstRow = new Set(matches.map((match) => match.otherRow));
    const jobId = checked.candidate?.jobId;
    const personJobs = firstRow.size === 1 ? jobsOfPerson.get(matches[0]!.otherRow) : undefined;
    const sameAsRow =
      jobId && personJobs && !personJobs.has(jobId) ? matches[0]!.otherRow : undefined;
    if (sameAsRow !== undefined) {
      // The same person for another job: a second application, one notice naming the first row.
      personJobs!.add(jobId!);
      problems.splice(0, problems.length, ...aboutApplication(problems));
      problems.push({
        row,
        column: mapping[matches[0]!.field] ?? null,
        field: matches[0]!.field,
        code: 'applies_in_file',
        otherRow: sameAsRow,
        notice: true,
      });
    } else {
      // One problem per earlier row, naming which of the e-mail and the phone it shares: the same
      // row matched on both is said once.
      for (const otherRow of firstRow) {
        const matchedBy = matches.filter((m) => m.otherRow === otherRow).map((m) => m.field);
        problems.push({
          row,
          column: mapping[matchedBy[0]!] ?? null,
          field: matchedBy[0]!,
          code: 'duplicate_in_file',
          otherRow,
          ...(matchedBy.length > 1 ? { matchedBy } : {}),
        });
      }
    }
    const personRow = sameAsRow ?? row;
    if (person.email && !byEmail.has(person.email)) byEmail.set(person.email, personRow);
    if (person.phone && !byPhone.has(person.phone)) byPhone.set(person.phone, personRow);
    if (!matches.length && jobId) jobsOfPerson.set(row, new Set([jobId]));
    if (sameAsRow !== undefined) {
      return {
        ...withProblems(checked, problems),
        candidate: { ...checked.candidate!, sameAsRow },
      };
    }
    if (!problems.some((p) => p.code === 'duplicate_in_file')) {
      const similarRow = person.fullName ? byName.findSimilar(person) : undefined;
      if (person.fullName) byName.add(person, row);
      if (similarRow !== undefined) {
        problems.push({
          row,
          column: mapping.fullName ?? null,
          field: 'fullName',
          code: 'similar_in_file',
          otherRow: similarRow,
          warning: true,
        });
      }
    }
    return withProblems(checked, problems);
  };
}

/**
 * A row `fileRowChecker` made the second application of an earlier row's person, when that row
 * is kept out after all (checked against stored candidates): with no candidate to add the
 * application to, the row is a duplicate of that row, as one for the same job is.
 */
export function withFirstRowLeftOut(checked: CheckedRow): CheckedRow {
  const problems = checked.problems.map(({ notice, ...problem }) =>
    problem.code === 'applies_in_file'
      ? { ...problem, code: 'duplicate_in_file' }
      : { ...problem, ...(notice === undefined ? {} : { notice }) },
  );
  return withProblems(checked, problems);
}

/**
 * The row with its problems; a problem that blocks the row takes its candidate away. A row skipped
 * as a duplicate says only that: notes and warnings on how it would have been imported do not
 * apply to it.
 */
function withProblems(checked: CheckedRow, problems: ImportRowProblem[]): CheckedRow {
  const skipped = problems.some(isDuplicateProblem);
  return {
    ...checked,
    candidate: problems.some(blocksRow) ? null : checked.candidate,
    problems: skipped ? problems.filter((p) => blocksRow(p)) : problems,
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
  existing: readonly (PersonDetails & { id: string; jobIds?: readonly string[] })[],
): CheckedRow {
  const person = checked.person;
  if (!person) return checked;
  const applying = applicationOfExisting(checked, mapping, existing);
  if (applying) return applying;
  const row = checked.row;
  const problems = [...checked.problems];
  let similar = false;
  // One problem per stored candidate, naming which of the e-mail and the phone they share.
  for (const stored of existing) {
    const reasons = duplicateReasonsBetween(person, stored);
    const matchedBy: MatchedBy = [
      ...(reasons.includes('same_email') ? (['email'] as const) : []),
      ...(reasons.includes('same_phone') ? (['phone'] as const) : []),
    ];
    if (matchedBy.length) {
      problems.push({
        row,
        column: mapping[matchedBy[0]!] ?? null,
        field: matchedBy[0]!,
        code: 'duplicate_candidate',
        existingCandidateId: stored.id,
        matchedBy,
      });
    } else if (reasons.includes('similar_name_same_city')) similar = true;
  }
  if (similar && !problems.some((p) => p.code === 'duplicate_candidate')) {
    problems.push({
      row,
      column: mapping.fullName ?? null,
      field: 'fullName',
      code: 'similar_candidate',
      warning: true,
    });
  }
  return withProblems(checked, problems);
}

/**
 * A row naming a job, whose e-mail or phone is one stored candidate's: that person applying to
 * another job. Their application to it is imported (a notice says on whom); a job they already
 * applied to skips the row. Undefined when the rule does not apply (no job, several people).
 */
function applicationOfExisting(
  checked: CheckedRow,
  mapping: ImportMapping,
  existing: readonly (PersonDetails & { id: string; jobIds?: readonly string[] })[],
): CheckedRow | undefined {
  const jobId = checked.candidate?.jobId;
  if (!jobId || !checked.person) return undefined;
  const same = existing.flatMap((stored) => {
    const reasons = duplicateReasonsBetween(checked.person!, stored);
    const matchedBy: MatchedBy = [
      ...(reasons.includes('same_email') ? (['email'] as const) : []),
      ...(reasons.includes('same_phone') ? (['phone'] as const) : []),
    ];
    return matchedBy.length ? [{ stored, matchedBy }] : [];
  });
  if (same.length !== 1 || !same[0]!.stored.jobIds) return undefined;
  const { stored, matchedBy } = same[0]!;
  const field = matchedBy[0]!;
  const problem = {
    row: checked.row,
    column: mapping[field] ?? null,
    field,
    existingCandidateId: stored.id,
    matchedBy,
  };
  if (stored.jobIds!.includes(jobId)) {
    return withProblems(checked, [...checked.problems, { ...problem, code: 'already_applied' }]);
  }
  return {
    ...checked,
    candidate: { ...checked.candidate!, existingCandidateId: stored.id },
    problems: [
      ...aboutApplication(checked.problems),
      { ...problem, code: 'applies_as_existing', notice: true },
    ],
  };
}
