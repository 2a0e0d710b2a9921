import type { CandidateSource } from '../candidate';
import type { Locale } from '../locale';
import type { RejectionReason, Stage } from '../pipeline';

/**
 * The words an exported report is written in. The web's catalogues say the same on screen; a
 * file leaves the browser, so the server writes its headers in the language the user reads.
 */
const stageNames: Record<Locale, Record<Stage, string>> = {
  id: {
    applied: 'Melamar',
    cv_screening: 'Screening CV',
    hr_interview: 'Interview HR',
    tests: 'Tes',
    user_interview: 'Interview user',
    offer: 'Penawaran',
    hired: 'Diterima',
    rejected: 'Ditolak',
    withdrawn: 'Mengundurkan diri',
  },
  en: {
    applied: 'Applied',
    cv_screening: 'CV screening',
    hr_interview: 'HR interview',
    tests: 'Tests',
    user_interview: 'User interview',
    offer: 'Offer',
    hired: 'Hired',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
  },
};

const sourceNames: Record<Locale, Record<CandidateSource, string>> = {
  id: {
    manual: 'Ditambahkan manual',
    careers_page: 'Halaman karier',
    referral: 'Referensi',
    jobstreet: 'JobStreet',
    linkedin: 'LinkedIn',
    glints: 'Glints',
    kalibrr: 'Kalibrr',
    campus: 'Kampus / job fair',
    spreadsheet_import: 'Impor spreadsheet',
    other: 'Lainnya',
  },
  en: {
    manual: 'Added by hand',
    careers_page: 'Careers page',
    referral: 'Referral',
    jobstreet: 'JobStreet',
    linkedin: 'LinkedIn',
    glints: 'Glints',
    kalibrr: 'Kalibrr',
    campus: 'Campus / job fair',
    spreadsheet_import: 'Spreadsheet import',
    other: 'Other',
  },
};

const reasonNames: Record<Locale, Record<RejectionReason, string>> = {
  id: {
    cv_not_matching: 'CV tidak sesuai kebutuhan',
    failed_hr_interview: 'Tidak lolos interview HR',
    failed_tests: 'Tidak lolos tes',
    failed_user_interview: 'Tidak lolos interview user',
    salary_mismatch: 'Ekspektasi gaji tidak cocok',
    offer_declined: 'Kandidat menolak penawaran',
    position_filled: 'Posisi sudah terisi',
    no_response: 'Kandidat tidak merespons',
    other: 'Lainnya',
  },
  en: {
    cv_not_matching: 'CV does not match the role',
    failed_hr_interview: 'Did not pass the HR interview',
    failed_tests: 'Did not pass the tests',
    failed_user_interview: 'Did not pass the user interview',
    salary_mismatch: 'Salary expectation does not match',
    offer_declined: 'The candidate declined the offer',
    position_filled: 'Position already filled',
    no_response: 'Candidate did not respond',
    other: 'Other',
  },
};

/** Column headers and sheet names, one key per word an export uses. */
const words = {
  id: {
    // The whole selection, which the filter narrows: "Semua" alone read as "every job".
    overall: 'Semua lamaran (sesuai saringan)',
    group: 'Kelompok',
    stage: 'Tahap',
    entered: 'Masuk tahap',
    advanced: 'Lanjut ke tahap berikutnya',
    passThrough: 'Tingkat lolos (%)',
    outcome: 'Hasil',
    reason: 'Alasan',
    count: 'Jumlah',
    funnel: 'Funnel',
    drops: 'Gugur',
    speed: 'Kecepatan',
    cases: 'Dihitung (tahap: kali singgah; lainnya: lamaran)',
    medianDays: 'Median (hari)',
    p90Days: 'Persentil 90 (hari)',
    measure: 'Ukuran',
    timeToHire: 'Waktu sampai diterima',
    timeToFirstContact: 'Melamar sampai kontak pertama',
    waitingNow: 'Menunggu sekarang',
    waiting: 'Di tahap ini',
    overTarget: 'Melewati target',
    trend: 'Tren bulanan',
    month: 'Bulan',
    applications: 'Lamaran',
    hires: 'Diterima',
    sources: 'Sumber',
    source: 'Sumber',
    interviewed: 'Diinterview',
    offered: 'Sampai tahap penawaran',
    hired: 'Diterima',
    interviewRate: 'Lamaran → diinterview (%)',
    offerRate: 'Lamaran → tahap penawaran (%)',
    hireRate: 'Lamaran → diterima (%)',
    attendance: 'Kehadiran interview',
    job: 'Lowongan',
    allJobs: 'Semua lowongan (sesuai saringan)',
    held: 'Interview terlaksana',
    noShows: 'Kandidat tidak hadir',
    noShowRate: 'Tingkat tidak hadir (%)',
    tooFew: 'terlalu sedikit',
  },
  en: {
    overall: 'All applications (in the filter)',
    group: 'Group',
    stage: 'Stage',
    entered: 'Entered',
    advanced: 'Went on to a later stage',
    passThrough: 'Pass-through (%)',
    outcome: 'Outcome',
    reason: 'Reason',
    count: 'Count',
    funnel: 'Funnel',
    drops: 'Drops',
    speed: 'Speed',
    cases: 'Counted (stages: stays; others: applications)',
    medianDays: 'Median (days)',
    p90Days: '90th percentile (days)',
    measure: 'Measure',
    timeToHire: 'Time to hire',
    timeToFirstContact: 'Applying to first contact',
    waitingNow: 'Waiting now',
    waiting: 'In this stage',
    overTarget: 'Past the target',
    trend: 'Monthly trend',
    month: 'Month',
    applications: 'Applications',
    hires: 'Hires',
    sources: 'Sources',
    source: 'Source',
    interviewed: 'Interviewed',
    offered: 'Reached the offer stage',
    hired: 'Hired',
    interviewRate: 'Application → interviewed (%)',
    offerRate: 'Application → offer stage (%)',
    hireRate: 'Application → hire (%)',
    attendance: 'Interview attendance',
    job: 'Job',
    allJobs: 'All jobs (in the filter)',
    held: 'Interviews held',
    noShows: 'Candidate did not come',
    noShowRate: 'No-show rate (%)',
    tooFew: 'too few',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type ReportWord = keyof (typeof words)['en'];

export interface ReportLabels {
  /** The language the export is written in. */
  locale: Locale;
  word(key: ReportWord): string;
  stage(stage: Stage): string;
  source(source: string): string;
  reason(reason: string | null): string;
  /** A share (0..1) as a percentage with one decimal, or "too few" when hidden. */
  percent(share: number | null): string | number;
  /** A hidden figure (below the minimum sample) reads "too few", never 0. */
  figure(value: number | null): string | number;
}

export function reportLabels(locale: Locale): ReportLabels {
  const tooFew = words[locale].tooFew;
  return {
    locale,
    word: (key) => words[locale][key],
    stage: (stage) => stageNames[locale][stage],
    source: (source) => sourceNames[locale][source as CandidateSource] ?? source,
    reason: (reason) => (reason ? (reasonNames[locale][reason as RejectionReason] ?? reason) : ''),
    percent: (share) => (share === null ? tooFew : Math.round(share * 1000) / 10),
    figure: (value) => (value === null ? tooFew : value),
  };
}
