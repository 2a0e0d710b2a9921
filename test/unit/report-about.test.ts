import { describe, expect, it } from 'vitest';
import { agreementSheets, calibrationSheets } from '../../src/domain/reports/judgement-sheets';
import {
  aboutSheet,
  reportFileName,
  type ReportAbout,
} from '../../src/domain/reports/report-about';
import { reportLabels } from '../../src/domain/reports/report-labels';
import { ratings } from '../../src/domain/scorecard';
import { sheetsToCsv } from '../../src/domain/spreadsheet/csv';

const dataAnalyst: ReportAbout = {
  report: 'funnel',
  days: { from: '2025-12-06', to: '2026-12-06' },
  defaultPeriod: true,
  job: 'Data Analyst',
  exportedOn: '2026-12-06',
};

describe('what an exported report covers', () => {
  it('names the filter in the file name, so two exports do not overwrite each other', () => {
    expect(reportFileName(dataAnalyst, 'csv')).toBe(
      'seleksi-funnel-data-analyst-2025-12-06-2026-12-06.csv',
    );
    expect(reportFileName({ ...dataAnalyst, job: undefined }, 'xlsx')).toBe(
      'seleksi-funnel-2025-12-06-2026-12-06.xlsx',
    );
    expect(
      reportFileName(
        {
          ...dataAnalyst,
          report: 'sources',
          job: 'Staf Gudang (Cikarang)',
          department: 'Operasional',
          recruiter: 'Rina Recruiter',
          source: 'jobstreet',
          by: 'source',
        },
        'csv',
      ),
    ).toBe(
      'seleksi-sources-staf-gudang-cikarang-operasional-rina-recruiter-jobstreet-by-source-2025-12-06-2026-12-06.csv',
    );
  });

  it('opens the CSV with the period and each filter in the reader’s language', () => {
    const csv = sheetsToCsv([
      aboutSheet({ ...dataAnalyst, source: 'referral', by: 'job' }, reportLabels('id')),
    ]);
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'Saringan,Nilai',
      'Laporan,Funnel',
      'Melamar sejak,2025-12-06',
      'Sampai,2026-12-06',
      'Periode,12 bulan terakhir (bawaan; tanpa tanggal dipilih)',
      'Lowongan,Data Analyst',
      'Departemen,Semua',
      'Rekruter,Semua',
      'Sumber,Referensi',
      'Rinci per,Lowongan',
      'Terlalu sedikit,"Ada kasus, tetapi kurang dari 5: angka dari sampel sekecil itu lebih banyak menunjukkan kebetulan daripada proses, jadi disembunyikan. Jumlah kasus tetap ditampilkan."',
      'Tanggal,"Hari kalender Waktu Indonesia Barat (WIB, Jakarta), termasuk kedua ujungnya."',
      'Diunduh pada,2026-12-06',
      '',
    ]);
  });

  it('states chosen dates without the default note, and keeps a formula-like name text', () => {
    const sheet = aboutSheet(
      { ...dataAnalyst, defaultPeriod: false, department: '=HYPERLINK("x")' },
      reportLabels('en'),
    );
    expect(sheet.rows.map((row) => row[0])).not.toContain('Period');
    expect(sheetsToCsv([sheet])).toContain(`Department,"'=HYPERLINK(""x"")"`);
  });
});

describe('an agreement row with no case', () => {
  it('reads "–" (nothing to measure), while a small one reads "too few"', () => {
    const hidden = { value: null, hiddenBecause: 'too_few_cases' as const };
    const line = { verdicts: 2, cases: 0, agreementRate: hidden, auc: hidden };
    const [byRecommendation, , perJob] = agreementSheets(
      {
        overall: {
          ...line,
          verdictsAccepted: 1,
          rejectedByHr: 0,
          withoutVerdict: 0,
          movedOnWithoutHrDecision: 0,
          byRecommendation: ratings.map((recommendation) => ({
            recommendation,
            cases: recommendation === 'yes' ? 3 : 0,
            accepted: recommendation === 'yes' ? 2 : 0,
            acceptanceRate: hidden,
          })),
        },
        jobs: [{ ...line, jobTitle: 'Data Analyst' }],
        recruiters: [],
      },
      'id',
    );
    expect(byRecommendation!.rows).toEqual([
      ['Sangat ya', 0, 0, 0, '–'],
      ['Ya', 2, 1, 3, 'terlalu sedikit'],
      ['Tidak', 0, 0, 0, '–'],
      ['Sangat tidak', 0, 0, 0, '–'],
    ]);
    expect(perJob!.rows).toEqual([['Data Analyst', 2, 0, '–', '–']]);
  });
});

describe('a calibration line with nothing to compare', () => {
  const hidden = { value: null, hiddenBecause: 'too_few_cases' as const };
  const interviewer = (name: string, comparisons: number, decided: number) => ({
    interviewerName: name,
    submitted: 4,
    attributes: [],
    overall: { comparisons, difference: hidden, standing: hidden },
    recommendations: { decided, matched: 0, matchRate: hidden },
    scorecards: { due: 0, late: 0, missing: 0 },
  });
  const report = {
    interviewers: [interviewer('Andi', 0, 0), interviewer('Sari', 3, 2)],
  };

  it('reads "–" as the page does (no comparison, no decided recommendation); a small one "too few"', () => {
    const [standings, punctuality] = calibrationSheets(report, 'en');
    expect(standings!.rows).toEqual([
      ['Andi', 'All attributes', '', '', '–', '–', 0],
      ['Sari', 'All attributes', '', '', 'too few', 'too few', 3],
    ]);
    expect(punctuality!.rows.map((row) => [row[0], row[4]])).toEqual([
      ['Andi', '–'],
      ['Sari', 'too few'],
    ]);
    const [, idPunctuality] = calibrationSheets(report, 'id');
    expect(idPunctuality!.rows.map((row) => row[4])).toEqual(['–', 'terlalu sedikit']);
  });

  it('says in the "About this report" block what "–" means, in the reader\'s language', () => {
    const about = { ...dataAnalyst, report: 'calibration' as const };
    expect(aboutSheet(about, reportLabels('en')).rows.find((row) => row[0] === '–')).toEqual([
      '–',
      'Nothing to measure (no case, comparison or recommendation with a stage outcome).',
    ]);
    expect(aboutSheet(about, reportLabels('id')).rows.find((row) => row[0] === '–')![1]).toMatch(
      /^Tidak ada yang diukur /,
    );
    // A report that never writes "–" does not explain it.
    expect(aboutSheet(dataAnalyst, reportLabels('en')).rows.map((row) => row[0])).not.toContain(
      '–',
    );
  });

  it('says in every report what "too few" means (the minimum sample) and which days the dates are', () => {
    for (const report of ['funnel', 'speed', 'agreement'] as const) {
      const rows = aboutSheet({ ...dataAnalyst, report }, reportLabels('en')).rows;
      expect(rows.find((row) => row[0] === 'Too few')![1]).toMatch(/fewer than 5: .* hidden/);
      expect(rows.find((row) => row[0] === 'Dates')![1]).toMatch(/WIB, Jakarta/);
    }
    const idRows = aboutSheet(dataAnalyst, reportLabels('id')).rows;
    expect(idRows.find((row) => row[0] === 'Terlalu sedikit')![1]).toMatch(/kurang dari 5/);
    expect(idRows.find((row) => row[0] === 'Tanggal')![1]).toMatch(/WIB/);
  });
});
