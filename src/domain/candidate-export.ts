/**
 * The candidate list and a job's applications as spreadsheet sheets, in the reader's language.
 * Pure: the services fetch what the reader may see, and `services/exports` writes the file
 * (every text cell neutralised against formula injection there).
 */
import type { CandidateSource } from './candidate';
import type { Locale } from './locale';
import type { Stage } from './pipeline';
import { reportLabels } from './reports/report-labels';
import { dayCell, type Sheet } from './spreadsheet/cell';
import { formatIndonesianPhone } from './phone';
import { shownName } from './privacy/retention';
import { jakartaDate } from './today';

/**
 * A number as Indonesians write it (0812-3456-7890): a leading `+` would make spreadsheets read
 * it as a formula, so the E.164 form would reach HR with an apostrophe in front.
 */
function nationalPhone(e164: string | null): string | null {
  return e164 ? formatIndonesianPhone(e164).replace(/^\+62 /, '0') : null;
}

const words = {
  id: {
    candidates: 'Kandidat',
    applications: 'Lamaran',
    name: 'Nama',
    email: 'E-mail',
    phone: 'Telepon',
    city: 'Kota',
    source: 'Sumber',
    sourceDetail: 'Detail sumber',
    tags: 'Tag',
    jobsAndStages: 'Lowongan dan tahap',
    added: 'Ditambahkan',
    stage: 'Tahap',
    // Not 'Melamar': that is also a stage, in the Tahap column beside it.
    applied: 'Tanggal melamar',
    inStageSince: 'Di tahap ini sejak',
    hrScore: 'Skor HR (1-4)',
    hrRecommendation: 'Rekomendasi HR (1-4)',
    userScore: 'Skor user (1-4)',
    userRecommendation: 'Rekomendasi user (1-4)',
    combined: 'Skor gabungan (1-4)',
    hrInterview: 'Interview HR',
    userInterview: 'Interview user',
    held: 'Terlaksana',
    no_show: 'Kandidat tidak hadir',
    booked: 'Terjadwal',
    cancelled: 'Dibatalkan',
    decision: 'Keputusan terakhir',
    advance: 'Lanjut',
    reject: 'Tolak',
    hold: 'Tunda',
  },
  en: {
    candidates: 'Candidates',
    applications: 'Applications',
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    city: 'City',
    source: 'Source',
    sourceDetail: 'Source detail',
    tags: 'Tags',
    jobsAndStages: 'Jobs and stages',
    added: 'Added',
    stage: 'Stage',
    applied: 'Applied on',
    inStageSince: 'In this stage since',
    hrScore: 'HR score (1-4)',
    hrRecommendation: 'HR recommendation (1-4)',
    userScore: 'User score (1-4)',
    userRecommendation: 'User recommendation (1-4)',
    combined: 'Combined score (1-4)',
    hrInterview: 'HR interview',
    userInterview: 'User interview',
    held: 'Held',
    no_show: 'Candidate did not come',
    booked: 'Booked',
    cancelled: 'Cancelled',
    decision: 'Latest decision',
    advance: 'Advance',
    reject: 'Reject',
    hold: 'Hold',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export interface ListedCandidate {
  fullName: string;
  /** Erased or anonymised: the name reads "anonymous" in the file's language, no address. */
  anonymised: boolean;
  /** Null for a reader who may not contact them (interviewers, who do not export anyway). */
  email: string | null;
  phone: string | null;
  city: string | null;
  source: CandidateSource;
  /** An imported source Seleksi has no name for, as the file wrote it. */
  sourceDetail: string | null;
  tags: readonly string[];
  createdAt: Date;
  /** Only the applications the reader may see. */
  applications: readonly { jobTitle: string; stage: string }[];
}

export function candidateListSheet(rows: readonly ListedCandidate[], locale: Locale): Sheet {
  const w = words[locale];
  const labels = reportLabels(locale);
  return {
    name: w.candidates,
    columns: [
      w.name,
      w.email,
      w.phone,
      w.city,
      w.source,
      w.sourceDetail,
      w.tags,
      w.jobsAndStages,
      w.added,
    ],
    rows: rows.map((row) => [
      shownName(row.fullName, row.anonymised, locale),
      row.anonymised ? null : row.email,
      nationalPhone(row.phone),
      row.city,
      labels.source(row.source),
      row.sourceDetail,
      row.tags.join(', '),
      row.applications.map((a) => `${a.jobTitle}: ${labels.stage(a.stage as Stage)}`).join('; '),
      dayCell(jakartaDate(row.createdAt)),
    ]),
  };
}

/**
 * What became of a stage's interview, the most telling first when there were several: held,
 * else one booked (ahead, or past with nothing recorded), else a no-show, else cancelled. A
 * no-show rebooked and held reads as held. Without it a no-show read just "HR interview" (retrial24 L6).
 */
export const stageInterviewOutcomes = ['held', 'booked', 'no_show', 'cancelled'] as const;
export type StageInterviewOutcome = (typeof stageInterviewOutcomes)[number];

/** Who applied and where their application stands, as the job's export lists them. */
export interface ExportedApplicant {
  /** Null: no interview of that stage was ever booked. */
  hrInterview: StageInterviewOutcome | null;
  userInterview: StageInterviewOutcome | null;
  candidateName: string;
  /** Erased or anonymised: the name reads "anonymous" in the file's language, no address. */
  anonymised: boolean;
  email: string;
  phone: string | null;
  source: CandidateSource;
  /** As in the candidate list: the words of an 'other' source. */
  sourceDetail: string | null;
  stage: Stage;
  appliedAt: Date;
  stageEnteredAt: Date;
}

export interface ExportedApplication extends ExportedApplicant {
  /** Null where the reader may not see the stage's scores yet (blind scoring) or none exist. */
  hr: { average: number | null; recommendation: number | null } | null;
  user: { average: number | null; recommendation: number | null } | null;
  combined: number | null;
  decision: 'advance' | 'reject' | 'hold' | null;
}

export function jobApplicationsSheet(rows: readonly ExportedApplication[], locale: Locale): Sheet {
  const w = words[locale];
  const labels = reportLabels(locale);
  return {
    name: w.applications,
    columns: [
      w.name,
      w.email,
      w.phone,
      w.source,
      w.sourceDetail,
      w.stage,
      w.applied,
      w.inStageSince,
      w.hrInterview,
      w.userInterview,
      w.hrScore,
      w.hrRecommendation,
      w.userScore,
      w.userRecommendation,
      w.combined,
      w.decision,
    ],
    rows: rows.map((row) => [
      shownName(row.candidateName, row.anonymised, locale),
      row.anonymised ? null : row.email,
      nationalPhone(row.phone),
      labels.source(row.source),
      row.sourceDetail,
      labels.stage(row.stage),
      dayCell(jakartaDate(row.appliedAt)),
      dayCell(jakartaDate(row.stageEnteredAt)),
      row.hrInterview && w[row.hrInterview],
      row.userInterview && w[row.userInterview],
      row.hr?.average ?? null,
      row.hr?.recommendation ?? null,
      row.user?.average ?? null,
      row.user?.recommendation ?? null,
      row.combined,
      row.decision ? w[row.decision] : null,
    ]),
  };
}
