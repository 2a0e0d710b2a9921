import { describe, expect, it } from 'vitest';
import { funnelGroup, funnelSheets, type StageCount } from '../../src/domain/reports/funnel';
import {
  reportPeriod,
  validateReportFilter,
  type ReportFilter,
} from '../../src/domain/reports/report-filter';
import { reportLabels } from '../../src/domain/reports/report-labels';
import { sourceRows, sourcesSheets } from '../../src/domain/reports/sources';
import { durations } from '../../src/domain/reports/speed';
import { sheetsToCsv } from '../../src/domain/spreadsheet/csv';
import { neutraliseCell, sheetName } from '../../src/domain/spreadsheet/cell';

const now = new Date('2026-06-15T05:00:00Z');
const problems = (filter: ReportFilter) => {
  const result = validateReportFilter(filter, now);
  return result.ok ? [] : result.problems.map((p) => `${p.path}:${p.code}`);
};

describe('the report filter', () => {
  it('accepts no filter, and covers the last twelve months up to today (Jakarta days)', () => {
    expect(problems({})).toEqual([]);
    const period = reportPeriod({}, now);
    expect(period.from.toISOString()).toBe('2025-06-14T17:00:00.000Z');
    expect(period.to.toISOString()).toBe('2026-06-15T17:00:00.000Z');
  });

  it('counts both ends of a range as whole Jakarta days', () => {
    const period = reportPeriod({ from: '2026-03-01', to: '2026-03-31' }, now);
    expect(period.from.toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(period.to.toISOString()).toBe('2026-03-31T17:00:00.000Z');
  });

  it('names the field of each bad filter', () => {
    expect(problems({ from: '2026-02-30' })).toEqual(['from:invalid_date']);
    expect(problems({ to: 'yesterday' })).toEqual(['to:invalid_date']);
    expect(problems({ from: '2026-05-02', to: '2026-05-01' })).toEqual(['to:before_from']);
    expect(problems({ from: '2019-01-01', to: '2026-01-01' })).toEqual(['from:period_too_long']);
    expect(problems({ source: 'tiktok' as never })).toEqual(['source:invalid_source']);
    // An end date alone, before the default start, is still in order against its own year.
    expect(problems({ to: '2026-01-01' })).toEqual([]);
  });
});

describe('the funnel from counts', () => {
  const counts: StageCount[] = [
    { group: 'all', stage: 'applied', entered: 40, advanced: 30 },
    { group: 'all', stage: 'cv_screening', entered: 30, advanced: 12 },
    { group: 'all', stage: 'hr_interview', entered: 12, advanced: 4 },
    { group: 'all', stage: 'user_interview', entered: 4, advanced: 2 },
    { group: 'all', stage: 'offer', entered: 2, advanced: 1 },
    { group: 'all', stage: 'hired', entered: 1, advanced: 0 },
  ];

  it('lists every step, with pass-through only where enough entered', () => {
    const group = funnelGroup({ key: 'all', label: '' }, counts, []);
    expect(group.applications).toBe(40);
    const byStage = Object.fromEntries(group.steps.map((s) => [s.stage, s]));
    expect(byStage.applied!.passThrough).toBe(0.75);
    expect(byStage.cv_screening!.passThrough).toBe(0.4);
    expect(byStage.tests).toEqual({ stage: 'tests', entered: 0, advanced: 0, passThrough: null });
    // 4 entered the user interview: below the minimum sample, so no rate.
    expect(byStage.user_interview!.passThrough).toBeNull();
    expect(byStage.hired!.passThrough).toBeNull();
  });

  it('exports steps and drops with translated names and "too few" for hidden rates', () => {
    const group = funnelGroup({ key: 'all', label: '' }, counts, [
      {
        group: 'all',
        stage: 'cv_screening',
        outcome: 'rejected',
        reason: 'cv_not_matching',
        count: 18,
      },
    ]);
    const [steps, drops] = funnelSheets({ groups: [group] }, reportLabels('en'));
    // The whole selection is "all applications in the filter", never a bare "All" beside a job.
    const all = 'All applications (in the filter)';
    expect(steps!.rows[1]).toEqual([all, 'CV screening', 30, 12, 40]);
    expect(steps!.rows[4]).toEqual([all, 'User interview', 4, 2, 'too few']);
    expect(drops!.rows).toEqual([
      [all, 'CV screening', 'Rejected', 'CV does not match the role', 18],
    ]);
    const [stepsId] = funnelSheets({ groups: [group] }, reportLabels('id'));
    expect(stepsId!.columns[0]).toBe('Kelompok');
    expect(stepsId!.rows[4]![4]).toBe('terlalu sedikit');
  });
});

describe('speed and sources figures', () => {
  it('hides medians of fewer than five cases and rounds days to one decimal', () => {
    expect(durations(4, 3, 9)).toEqual({ count: 4, medianDays: null, p90Days: null });
    expect(durations(5, 3.04, 9.96)).toEqual({ count: 5, medianDays: 3, p90Days: 10 });
  });

  it('converts per source from applications, largest source first', () => {
    const rows = sourceRows([
      { source: 'referral', applications: 4, interviewed: 3, offered: 2, hired: 2 },
      { source: 'jobstreet', applications: 50, interviewed: 10, offered: 3, hired: 2 },
      { source: 'glints', applications: 0, interviewed: 0, offered: 0, hired: 0 },
    ]);
    expect(rows.map((r) => r.source)).toEqual(['jobstreet', 'referral']);
    expect(rows[0]).toMatchObject({ interviewRate: 0.2, offerRate: 0.06, hireRate: 0.04 });
    expect(rows[1]).toMatchObject({ interviewRate: null, hireRate: null });
  });

  it('names the interview and offer columns for what they count: interviewed (not only moved to the stage), and the offer stage reached', () => {
    const sources = sourceRows([
      { source: 'jobstreet', applications: 50, interviewed: 10, offered: 3, hired: 2 },
    ]);
    const headers = (locale: 'id' | 'en') =>
      sourcesSheets({ sources }, reportLabels(locale))[0]!.columns.slice(2, 6);
    expect(headers('id')).toEqual([
      'Diinterview',
      'Sampai tahap penawaran',
      'Diterima',
      'Lamaran → diinterview (%)',
    ]);
    expect(headers('en').slice(0, 2)).toEqual(['Interviewed', 'Reached the offer stage']);
  });
});

describe('spreadsheet cells', () => {
  it('neutralises text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    expect(neutraliseCell('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    for (const start of ['+', '-', '@', '\t', '\r']) {
      expect(neutraliseCell(`${start}1`)).toBe(`'${start}1`);
    }
    expect(neutraliseCell('Budi = hired')).toBe('Budi = hired');
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(null)).toBeNull();
  });

  it('writes CSV with quoting, neutralised cells, CRLF and a byte-order mark', () => {
    const csv = sheetsToCsv([
      {
        name: 'A',
        columns: ['name', 'n'],
        rows: [
          ['=1+2', 3],
          ['Sari, "Dewi"', null],
        ],
      },
    ]);
    expect(csv).toBe('\uFEFFname,n\r\n\'=1+2,3\r\n"Sari, ""Dewi""",\r\n');
  });

  it('keeps sheet names within Excel’s rules', () => {
    expect(sheetName('Funnel: a/b [2026]')).toBe('Funnel  a b  2026');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});
