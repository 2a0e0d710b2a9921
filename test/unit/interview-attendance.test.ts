import { describe, expect, it } from 'vitest';
import { attendanceLines, attendanceSheets } from '../../src/domain/reports/interview-attendance';
import { reportLabels } from '../../src/domain/reports/report-labels';

const count = (
  jobId: string,
  jobTitle: string,
  stage: 'hr' | 'user',
  held: number,
  noShows: number,
) => ({ jobId, jobTitle, stage, held, noShows });

describe('interview attendance lines', () => {
  it('puts every job together first per stage, HR before user, jobs by title', () => {
    const lines = attendanceLines([
      count('b', 'Sales', 'user', 2, 0),
      count('b', 'Sales', 'hr', 3, 1),
      count('a', 'Analis', 'hr', 4, 2),
    ]);
    expect(lines.map((line) => [line.stage, line.jobTitle, line.held, line.noShows])).toEqual([
      ['hr', null, 7, 3],
      ['hr', 'Analis', 4, 2],
      ['hr', 'Sales', 3, 1],
      ['user', null, 2, 0],
      ['user', 'Sales', 2, 0],
    ]);
  });

  it('gives the rate over the interviews whose time came, hidden below the minimum sample', () => {
    const [all, analis, sales] = attendanceLines([
      count('a', 'Analis', 'hr', 4, 2),
      count('b', 'Sales', 'hr', 3, 1),
    ]);
    expect(all!.noShowRate).toBeCloseTo(3 / 10);
    expect(analis!.noShowRate).toBeCloseTo(2 / 6);
    expect(sales!.noShowRate).toBeNull();
  });

  it('leaves out a job with nothing held or missed', () => {
    expect(attendanceLines([count('a', 'Analis', 'user', 0, 0)])).toEqual([]);
  });

  it('writes its sheet in the reader’s language, "too few" for a hidden rate', () => {
    const report = { lines: attendanceLines([count('b', 'Sales', 'hr', 1, 1)]) };
    const [sheet] = attendanceSheets(report, reportLabels('id'));
    expect(sheet!.columns).toEqual([
      'Lowongan',
      'Tahap',
      'Interview terlaksana',
      'Kandidat tidak hadir',
      'Tingkat tidak hadir (%)',
    ]);
    expect(sheet!.rows[1]).toEqual(['Sales', 'Interview HR', 1, 1, 'terlalu sedikit']);
  });
});
