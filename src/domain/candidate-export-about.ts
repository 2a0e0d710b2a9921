/**
 * What a candidate or job-application export holds, said in the file (its "About" block) and in
 * its name, as report exports do: a file leaves the page, so it must say itself which search and
 * filters its rows are for.
 */
import type { CandidateSource } from './candidate';
import type { Locale } from './locale';
import type { Stage } from './pipeline';
import { reportLabels } from './reports/report-labels';
import { aboutSheet, exportFileName, type AboutLine } from './spreadsheet/about-sheet';
import { dayCell, type Sheet } from './spreadsheet/cell';

/** The candidate list's search and filters, in names (a job's title, not its id). */
export interface CandidateListAbout {
  words?: string | undefined;
  job?: string | undefined;
  stage?: Stage | undefined;
  source?: CandidateSource | undefined;
  tag?: string | undefined;
  talentPool: boolean;
  /** Jakarta days, both included. */
  appliedFrom?: string | undefined;
  appliedTo?: string | undefined;
  /** The Jakarta day the file was made. */
  exportedOn: string;
}

const words = {
  id: {
    sheet: 'Tentang ekspor ini',
    export: 'Ekspor',
    candidateList: 'Daftar kandidat',
    jobApplications: 'Lamaran satu lowongan',
    search: 'Pencarian',
    job: 'Lowongan',
    stage: 'Tahap',
    source: 'Sumber',
    tag: 'Tag',
    talentPool: 'Talent pool',
    poolMembers: 'Hanya anggota talent pool',
    appliedFrom: 'Melamar sejak',
    appliedTo: 'Melamar sampai',
  },
  en: {
    sheet: 'About this export',
    export: 'Export',
    candidateList: 'Candidate list',
    jobApplications: "A job's applications",
    search: 'Search',
    job: 'Job',
    stage: 'Stage',
    source: 'Source',
    tag: 'Tag',
    talentPool: 'Talent pool',
    poolMembers: 'Talent pool members only',
    appliedFrom: 'Applied from',
    appliedTo: 'Applied to',
  },
} as const satisfies Record<Locale, Record<string, string>>;

const day = (value: string | undefined) => (value ? dayCell(value) : undefined);

export function candidateListAboutSheet(about: CandidateListAbout, locale: Locale): Sheet {
  const w = words[locale];
  const labels = reportLabels(locale);
  const lines: AboutLine[] = [
    [w.export, w.candidateList],
    [w.search, about.words?.trim() || undefined],
    [w.job, about.job],
    [w.stage, about.stage && labels.stage(about.stage)],
    [w.source, about.source && labels.source(about.source)],
    [w.tag, about.tag?.trim() || undefined],
    [w.talentPool, about.talentPool ? w.poolMembers : undefined],
    [w.appliedFrom, day(about.appliedFrom)],
    [w.appliedTo, day(about.appliedTo)],
  ];
  return aboutSheet(w.sheet, lines, about.exportedOn, locale);
}

/**
 * `seleksi-candidates-golang-data-analyst-linkedin-from-2026-01-01-2026-12-06.csv`: the search
 * words and each filter chosen (stage and source as codes, the same in every language), then the
 * day the file was made.
 */
export function candidateListFileName(about: CandidateListAbout, format: string): string {
  return exportFileName(
    [
      'candidates',
      about.words,
      about.job,
      about.stage,
      about.source,
      about.tag && `tag ${about.tag}`,
      about.talentPool ? 'talent pool' : undefined,
      about.appliedFrom && `from ${about.appliedFrom}`,
      about.appliedTo && `to ${about.appliedTo}`,
      about.exportedOn,
    ],
    format,
  );
}

export function jobApplicationsAboutSheet(job: string, exportedOn: string, locale: Locale): Sheet {
  const w = words[locale];
  const lines: AboutLine[] = [
    [w.export, w.jobApplications],
    [w.job, job],
  ];
  return aboutSheet(w.sheet, lines, exportedOn, locale);
}

/** `seleksi-applications-data-analyst-2026-12-06.xlsx`. */
export function jobApplicationsFileName(job: string, exportedOn: string, format: string): string {
  return exportFileName(['applications', job, exportedOn], format);
}
