import type { FocusAttribute } from '../interview';
import type { Locale } from '../locale';
import { ratings, type Rating } from '../scorecard';
import type { Sheet } from '../spreadsheet/cell';
import type { CalibrationStanding } from './interviewer-calibration';
import type { BandPosition, DeclineReasonOrNone } from './offer-outcomes';
import type { Shown } from './sample-size';

/**
 * The HR-vs-user agreement, calibration and offers reports as spreadsheet sheets, in the reader's
 * language: every figure the page shows, a hidden one as "too few", an unmeasurable one as "–".
 */

const words = {
  id: {
    agreement: 'HR vs user',
    perJob: 'Per lowongan',
    perRecruiter: 'Per rekruter',
    hrRecommendation: 'Rekomendasi HR',
    userAccepted: 'Diterima user',
    userRejected: 'Ditolak user',
    total: 'Jumlah',
    acceptance: 'Diterima (%)',
    job: 'Lowongan',
    recruiter: 'Rekruter',
    verdicts: 'Keputusan user',
    cases: 'Dengan scorecard HR',
    agreementRate: 'Kecocokan (%)',
    auc: 'AUC skor HR (%)',
    measure: 'Ukuran',
    value: 'Nilai',
    rejectedByHr: 'Ditolak HR (tidak pernah bertemu user)',
    withoutVerdict: 'Sampai ke user tanpa keputusan',
    movedOnWithoutHrDecision: 'Lanjut tanpa keputusan HR (tidak dihitung)',
    calibration: 'Kalibrasi',
    punctuality: 'Rekomendasi dan scorecard',
    interviewer: 'Pewawancara',
    attribute: 'Atribut',
    all: 'Semua atribut',
    ownMean: 'Rata-rata sendiri',
    panelMean: 'Rata-rata panel lain',
    difference: 'Selisih dari panel',
    standing: 'Posisi',
    comparisons: 'Perbandingan',
    submitted: 'Scorecard disubmit',
    decided: 'Dengan hasil tahap',
    matched: 'Sesuai hasil tahap',
    matchRate: 'Sesuai (%)',
    due: 'Jatuh tempo',
    late: 'Terlambat',
    missing: 'Belum masuk',
    offers: 'Penawaran',
    made: 'Dikirim',
    accepted: 'Diterima',
    declined: 'Ditolak kandidat',
    withdrawn: 'Ditarik perusahaan',
    waiting: 'Menunggu jawaban',
    acceptanceRate: 'Tingkat penerimaan (%)',
    answered: 'Dijawab',
    medianDays: 'Median lama menjawab (hari)',
    p90Days: 'Persentil 90 lama menjawab (hari)',
    declineReasons: 'Alasan menolak',
    reason: 'Alasan',
    count: 'Jumlah',
    salaries: 'Gaji vs rentang',
    position: 'Posisi',
    tooFew: 'terlalu sedikit',
  },
  en: {
    agreement: 'HR vs user',
    perJob: 'Per job',
    perRecruiter: 'Per recruiter',
    hrRecommendation: "HR's recommendation",
    userAccepted: 'User accepted',
    userRejected: 'User rejected',
    total: 'Total',
    acceptance: 'Accepted (%)',
    job: 'Job',
    recruiter: 'Recruiter',
    verdicts: 'User verdicts',
    cases: 'With HR scorecard',
    agreementRate: 'Agreement (%)',
    auc: 'HR score AUC (%)',
    measure: 'Measure',
    value: 'Value',
    rejectedByHr: 'Rejected by HR (never met the user)',
    withoutVerdict: 'Reached the user without a verdict',
    movedOnWithoutHrDecision: 'Moved on without an HR decision (left out)',
    calibration: 'Calibration',
    punctuality: 'Recommendations and scorecards',
    interviewer: 'Interviewer',
    attribute: 'Attribute',
    all: 'All attributes',
    ownMean: 'Own mean',
    panelMean: "Rest of panel's mean",
    difference: 'Difference from the panel',
    standing: 'Standing',
    comparisons: 'Comparisons',
    submitted: 'Scorecards submitted',
    decided: 'With a stage outcome',
    matched: 'Matched the outcome',
    matchRate: 'Matched (%)',
    due: 'Due',
    late: 'Late',
    missing: 'Missing',
    offers: 'Offers',
    made: 'Sent',
    accepted: 'Accepted',
    declined: 'Declined by the candidate',
    withdrawn: 'Withdrawn by the company',
    waiting: 'Awaiting an answer',
    acceptanceRate: 'Acceptance rate (%)',
    answered: 'Answered',
    medianDays: 'Median time to answer (days)',
    p90Days: '90th percentile time to answer (days)',
    declineReasons: 'Reasons for declining',
    reason: 'Reason',
    count: 'Count',
    salaries: 'Salary vs band',
    position: 'Position',
    tooFew: 'too few',
  },
} as const satisfies Record<Locale, Record<string, string>>;

const ratingNames: Record<Locale, Record<Rating, string>> = {
  id: { strong_no: 'Sangat tidak', no: 'Tidak', yes: 'Ya', strong_yes: 'Sangat ya' },
  en: { strong_no: 'Strong no', no: 'No', yes: 'Yes', strong_yes: 'Strong yes' },
};

const standingNames: Record<Locale, Record<CalibrationStanding, string>> = {
  id: { lenient: 'Longgar', severe: 'Ketat', in_line: 'Sejalan' },
  en: { lenient: 'Lenient', severe: 'Severe', in_line: 'In line' },
};

const attributeNames: Record<Locale, Record<FocusAttribute, string>> = {
  id: {
    attitude: 'Sikap',
    communication: 'Komunikasi',
    motivation: 'Motivasi',
    culture_fit: 'Kecocokan budaya',
    discipline: 'Disiplin',
    adaptability: 'Kemampuan beradaptasi',
    emotional_stability: 'Stabilitas emosi',
    professionalism: 'Profesionalisme',
    technical_skill: 'Kemampuan teknis',
    problem_analysis: 'Analisis masalah',
    relevant_experience: 'Pengalaman relevan',
    tool_mastery: 'Penguasaan tools',
    speed_of_work: 'Kecepatan kerja',
    team_workflow_fit: 'Kecocokan dengan alur kerja tim',
  },
  en: {
    attitude: 'Attitude',
    communication: 'Communication',
    motivation: 'Motivation',
    culture_fit: 'Culture fit',
    discipline: 'Discipline',
    adaptability: 'Adaptability',
    emotional_stability: 'Emotional stability',
    professionalism: 'Professionalism',
    technical_skill: 'Technical skill',
    problem_analysis: 'Problem analysis',
    relevant_experience: 'Relevant experience',
    tool_mastery: 'Tool mastery',
    speed_of_work: 'Speed of work',
    team_workflow_fit: "Fit with the team's workflow",
  },
};

const declineReasonNames: Record<Locale, Record<DeclineReasonOrNone, string>> = {
  id: {
    accepted_other_offer: 'Menerima tawaran lain',
    salary: 'Gaji',
    benefits: 'Tunjangan dan fasilitas',
    start_date: 'Tanggal mulai',
    location_or_work_mode: 'Lokasi atau cara kerja',
    role_or_career: 'Peran atau karier',
    personal: 'Alasan pribadi',
    other: 'Lainnya',
    not_given: 'Tidak menyebutkan alasan',
  },
  en: {
    accepted_other_offer: 'Accepted another offer',
    salary: 'Salary',
    benefits: 'Benefits',
    start_date: 'Start date',
    location_or_work_mode: 'Location or way of working',
    role_or_career: 'Role or career',
    personal: 'Personal reasons',
    other: 'Other',
    not_given: 'No reason given',
  },
};

const bandNames: Record<Locale, Record<BandPosition, string>> = {
  id: {
    below_band: 'Di bawah rentang',
    within_band: 'Dalam rentang',
    above_band: 'Di atas rentang',
    no_band: 'Lowongan tanpa rentang gaji',
  },
  en: {
    below_band: 'Below the band',
    within_band: 'Within the band',
    above_band: 'Above the band',
    no_band: 'Job without a salary band',
  },
};

type Figure = Shown<number>;
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

function figures(locale: Locale) {
  const w = words[locale];
  const shown = (figure: Figure, write: (value: number) => number) =>
    figure.hiddenBecause === 'nothing_to_compare'
      ? '–'
      : figure.value === null
        ? w.tooFew
        : write(figure.value);
  return {
    w,
    percent: (figure: Figure) => shown(figure, (value) => round(value * 100, 1)),
    decimal: (figure: Figure) => shown(figure, (value) => round(value, 2)),
  };
}

interface AgreementLine {
  verdicts: number;
  cases: number;
  agreementRate: Figure;
  auc: Figure;
}

export interface AgreementSheetInput {
  overall: AgreementLine & {
    verdictsAccepted: number;
    rejectedByHr: number;
    withoutVerdict: number;
    /** Got the user's verdict with HR's gate skipped: no HR verdict, left out of the figures. */
    movedOnWithoutHrDecision: number;
    byRecommendation: {
      recommendation: Rating;
      cases: number;
      accepted: number;
      acceptanceRate: Figure;
    }[];
  };
  jobs: (AgreementLine & { jobTitle: string })[];
  recruiters: (AgreementLine & { recruiterName: string })[];
}

export function agreementSheets(report: AgreementSheetInput, locale: Locale): Sheet[] {
  const { w, percent } = figures(locale);
  const o = report.overall;
  const lineColumns = [w.verdicts, w.cases, w.agreementRate, w.auc];
  const line = (row: AgreementLine) => [
    row.verdicts,
    row.cases,
    row.cases === 0 ? '–' : percent(row.agreementRate),
    row.cases === 0 ? '–' : percent(row.auc),
  ];
  return [
    {
      name: w.agreement,
      columns: [w.hrRecommendation, w.userAccepted, w.userRejected, w.total, w.acceptance],
      rows: [...ratings].reverse().map((recommendation) => {
        const row = o.byRecommendation.find((r) => r.recommendation === recommendation)!;
        return [
          ratingNames[locale][recommendation],
          row.accepted,
          row.cases - row.accepted,
          row.cases,
          // No case at all is nothing to measure, not a figure hidden for being small.
          row.cases === 0 ? '–' : percent(row.acceptanceRate),
        ];
      }),
    },
    {
      name: `${w.agreement} – ${w.measure}`,
      columns: [w.measure, w.value],
      rows: [
        [w.verdicts, o.verdicts],
        [w.userAccepted, o.verdictsAccepted],
        [w.cases, o.cases],
        [w.agreementRate, percent(o.agreementRate)],
        [w.auc, percent(o.auc)],
        [w.rejectedByHr, o.rejectedByHr],
        [w.withoutVerdict, o.withoutVerdict],
        [w.movedOnWithoutHrDecision, o.movedOnWithoutHrDecision],
      ],
    },
    {
      name: w.perJob,
      columns: [w.job, ...lineColumns],
      rows: report.jobs.map((row) => [row.jobTitle, ...line(row)]),
    },
    {
      name: w.perRecruiter,
      columns: [w.recruiter, ...lineColumns],
      rows: report.recruiters.map((row) => [row.recruiterName, ...line(row)]),
    },
  ];
}

interface StandingFigure {
  value: CalibrationStanding | null;
  hiddenBecause: Figure['hiddenBecause'];
}

export interface CalibrationSheetInput {
  interviewers: {
    interviewerName: string;
    submitted: number;
    attributes: {
      attribute: FocusAttribute;
      ownMean: number | null;
      panelMean: number | null;
      difference: Figure;
      standing: StandingFigure;
      comparisons: number;
    }[];
    overall: { comparisons: number; difference: Figure; standing: StandingFigure };
    recommendations: { decided: number; matched: number; matchRate: Figure };
    scorecards: { due: number; late: number; missing: number };
  }[];
}

export function calibrationSheets(report: CalibrationSheetInput, locale: Locale): Sheet[] {
  const { w, percent, decimal } = figures(locale);
  const standing = (figure: StandingFigure) =>
    figure.value === null ? w.tooFew : standingNames[locale][figure.value];
  const mean = (value: number | null) => (value === null ? '–' : round(value, 2));
  return [
    {
      name: w.calibration,
      columns: [
        w.interviewer,
        w.attribute,
        w.ownMean,
        w.panelMean,
        w.difference,
        w.standing,
        w.comparisons,
      ],
      rows: report.interviewers.flatMap((row) => [
        [
          row.interviewerName,
          w.all,
          '',
          '',
          // As on the page: no comparison at all is nothing to measure, not a hidden figure.
          row.overall.comparisons === 0 ? '–' : decimal(row.overall.difference),
          row.overall.comparisons === 0 ? '–' : standing(row.overall.standing),
          row.overall.comparisons,
        ],
        ...row.attributes.map((a) => [
          row.interviewerName,
          attributeNames[locale][a.attribute],
          mean(a.ownMean),
          mean(a.panelMean),
          decimal(a.difference),
          standing(a.standing),
          a.comparisons,
        ]),
      ]),
    },
    {
      name: w.punctuality,
      columns: [
        w.interviewer,
        w.submitted,
        w.decided,
        w.matched,
        w.matchRate,
        w.due,
        w.late,
        w.missing,
      ],
      rows: report.interviewers.map((row) => [
        row.interviewerName,
        row.submitted,
        row.recommendations.decided,
        row.recommendations.matched,
        // No decided recommendation is nothing to measure ("–"), as on the page.
        row.recommendations.decided === 0 ? '–' : percent(row.recommendations.matchRate),
        row.scorecards.due,
        row.scorecards.late,
        row.scorecards.missing,
      ]),
    },
  ];
}

export interface OffersSheetInput {
  made: number;
  accepted: number;
  declined: number;
  withdrawn: number;
  waiting: number;
  acceptanceRate: Figure;
  declineReasons: { reason: DeclineReasonOrNone; count: number }[];
  answerDays: { answered: number; median: Figure; p90: Figure };
  acceptedSalaries: { position: BandPosition; count: number }[];
}

export function offersSheets(report: OffersSheetInput, locale: Locale): Sheet[] {
  const { w, percent, decimal } = figures(locale);
  return [
    {
      name: w.offers,
      columns: [w.measure, w.value],
      rows: [
        [w.made, report.made],
        [w.accepted, report.accepted],
        [w.declined, report.declined],
        [w.withdrawn, report.withdrawn],
        [w.waiting, report.waiting],
        [w.acceptanceRate, percent(report.acceptanceRate)],
        [w.answered, report.answerDays.answered],
        [w.medianDays, decimal(report.answerDays.median)],
        [w.p90Days, decimal(report.answerDays.p90)],
      ],
    },
    {
      name: w.declineReasons,
      columns: [w.reason, w.count],
      rows: report.declineReasons.map((row) => [declineReasonNames[locale][row.reason], row.count]),
    },
    {
      name: w.salaries,
      columns: [w.position, w.count],
      rows: report.acceptedSalaries.map((row) => [bandNames[locale][row.position], row.count]),
    },
  ];
}
