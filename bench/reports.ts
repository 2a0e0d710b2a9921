// Reports at volume (issue 18): seeds (or reuses) 100,000 candidates and 300,000 applications with
// realistic stage histories, scorecards, interviews and offers (bench/volume), signs in through the
// HTTP API as HR and prints p50/p99 per report and filter, the time of its SQL alone and any large
// sequential scan. A report the branch does not have yet is skipped with a note.
// Usage: npm run bench:reports [-- --help]          embedded PGlite under data/bench-volume
//        DATABASE_URL=postgres://… npm run bench:reports   a throwaway PostgreSQL database
import type { Database } from '../src/db/database';
import { benchOptions, runBench, type Operation } from './volume/run';
import type { SeededVolume } from './volume/seed';

const reports = ['funnel', 'speed', 'sources', 'agreement', 'calibration', 'offers'];
const day = (daysAgo: number) =>
  new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

async function operations(_db: Database, { company }: SeededVolume): Promise<Operation[]> {
  const bigJob = company.jobs.find((job) => job.title === 'Customer Service Officer')!;
  const filters: [string, (run: number) => string][] = [
    ['all jobs, all time', () => ''],
    ['last 3 months', () => `?from=${day(91)}&to=${day(0)}`],
    ['one job', (run) => `?jobId=${run % 2 ? bigJob.id : company.boardJob.id}`],
    [
      'department + source + recruiter',
      () => `?department=Customer%20Service&source=jobstreet&recruiterId=${company.hr.id}`,
    ],
  ];
  return reports.flatMap((report) =>
    filters.map(([label, query]): Operation => ({
      name: `${report}, ${label}`,
      as: 'hr',
      urls: (run) => [`/api/reports/${report}${query(run)}`],
    })),
  );
}

await runBench('Reports bench (issue 18)', benchOptions('reports'), operations);
