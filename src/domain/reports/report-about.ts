import type { CandidateSource } from '../candidate';
import type { Locale } from '../locale';
import {
  aboutSheet as describingSheet,
  exportFileName,
  type AboutLine,
} from '../spreadsheet/about-sheet';
import { dayCell, type Sheet } from '../spreadsheet/cell';
import { defaultPeriodMonths, type ReportGrouping, type ReportName } from './report-filter';
import type { ReportLabels } from './report-labels';
import { minimumSample } from './statistics';

/**
 * What an exported report covers, in names a reader knows (not ids): a file leaves the page, so
 * it must say itself which period and filter its figures are for.
 */
export interface ReportAbout {
  report: ReportName;
  /** The Jakarta days actually used, defaults filled in. */
  days: { from: string; to: string };
  /** True when no date was chosen, so the period is the default last twelve months. */
  defaultPeriod: boolean;
  job?: string | undefined;
  department?: string | undefined;
  recruiter?: string | undefined;
  source?: CandidateSource | undefined;
  by?: ReportGrouping | undefined;
  /** The Jakarta day the file was made. */
  exportedOn: string;
}

const words = {
  id: {
    sheet: 'Tentang laporan',
    report: 'Laporan',
    from: 'Melamar sejak',
    to: 'Sampai',
    period: 'Periode',
    defaultPeriod: `${defaultPeriodMonths} bulan terakhir (bawaan; tanpa tanggal dipilih)`,
    job: 'Lowongan',
    department: 'Departemen',
    recruiter: 'Rekruter',
    source: 'Sumber',
    by: 'Rinci per',
    byJob: 'Lowongan',
    byDepartment: 'Departemen',
    bySource: 'Sumber',
    dash: '–',
    dashMeans:
      'Tidak ada yang diukur (tidak ada kasus, perbandingan atau rekomendasi dengan hasil tahap).',
    tooFew: 'Terlalu sedikit',
    tooFewMeans: `Ada kasus, tetapi kurang dari ${minimumSample}: angka dari sampel sekecil itu lebih banyak menunjukkan kebetulan daripada proses, jadi disembunyikan. Jumlah kasus tetap ditampilkan.`,
    days: 'Tanggal',
    daysMeans: 'Hari kalender Waktu Indonesia Barat (WIB, Jakarta), termasuk kedua ujungnya.',
  },
  en: {
    sheet: 'About this report',
    report: 'Report',
    from: 'Applied from',
    to: 'To',
    period: 'Period',
    defaultPeriod: `The last ${defaultPeriodMonths} months (the default; no dates chosen)`,
    job: 'Job',
    department: 'Department',
    recruiter: 'Recruiter',
    source: 'Source',
    by: 'Broken down by',
    byJob: 'Job',
    byDepartment: 'Department',
    bySource: 'Source',
    dash: '–',
    dashMeans: 'Nothing to measure (no case, comparison or recommendation with a stage outcome).',
    tooFew: 'Too few',
    tooFewMeans: `There are cases, but fewer than ${minimumSample}: a figure from so small a sample says more about chance than about the process, so it is hidden. The number of cases is still shown.`,
    days: 'Dates',
    daysMeans: 'Calendar days in Western Indonesian Time (WIB, Jakarta), both ends included.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

const reportTitles: Record<Locale, Record<ReportName, string>> = {
  id: {
    funnel: 'Funnel',
    speed: 'Kecepatan',
    sources: 'Sumber kandidat',
    agreement: 'HR vs user',
    calibration: 'Kalibrasi pewawancara',
    offers: 'Penawaran',
    attendance: 'Kehadiran interview',
  },
  en: {
    funnel: 'Funnel',
    speed: 'Speed',
    sources: 'Candidate sources',
    agreement: 'HR vs user',
    calibration: 'Interviewer calibration',
    offers: 'Offers',
    attendance: 'Interview attendance',
  },
};

const groupingWord = { job: 'byJob', department: 'byDepartment', source: 'bySource' } as const;

/** The reports whose sheets write "–" for a figure with nothing to measure. */
const writesDash: readonly ReportName[] = ['agreement', 'calibration', 'offers'];

/**
 * The first sheet of every report export (the first block of a CSV): the report, the period it
 * covers and each filter, "All" where none was chosen.
 */
export function aboutSheet(about: ReportAbout, labels: ReportLabels): Sheet {
  const w = words[labels.locale];
  const lines: AboutLine[] = [
    [w.report, reportTitles[labels.locale][about.report]],
    [w.from, dayCell(about.days.from)],
    [w.to, dayCell(about.days.to)],
    ...(about.defaultPeriod ? [[w.period, w.defaultPeriod] as const] : []),
    [w.job, about.job],
    [w.department, about.department],
    [w.recruiter, about.recruiter],
    [w.source, about.source && labels.source(about.source)],
    ...(about.by ? [[w.by, w[groupingWord[about.by]]] as const] : []),
    ...(writesDash.includes(about.report) ? [[w.dash, w.dashMeans] as const] : []),
    [w.tooFew, w.tooFewMeans],
    [w.days, w.daysMeans],
  ];
  return describingSheet(w.sheet, lines, about.exportedOn, labels.locale);
}

/**
 * `seleksi-funnel-data-analyst-2025-12-06-2026-12-06.csv`: the report, each filter chosen and the
 * period, so two exports with different filters never take the same name.
 */
export function reportFileName(about: ReportAbout, format: string): string {
  const by = about.by && `by ${about.by}`;
  return exportFileName(
    [
      about.report,
      about.job,
      about.department,
      about.recruiter,
      about.source,
      by,
      about.days.from,
      about.days.to,
    ],
    format,
  );
}
