// Every screen at scale (issue 19): seeds 100,000 candidates and 300,000 applications over ~40
// jobs (one of 5,000) with their histories, scorecards, interviews, offers, CV text and audit rows
// (bench/volume), then drives the real HTTP API signed in and prints, per operation, p50/p99,
// requests/s over parallel connections, the time of its SQL alone and any large sequential scan.
// Usage: npm run bench:scale [-- --help]         embedded PGlite under data/bench-volume
//        DATABASE_URL=postgres://… npm run bench:scale   a throwaway PostgreSQL database
import type { Database } from '../src/db/database';
import { benchOptions, runBench, type Operation } from './volume/run';
import type { SeededVolume } from './volume/seed';

const common = ['pengalaman', 'dengan', 'komunikasi', 'Excel'];
const rare = ['JMeter', 'gRPC', 'e-Faktur', 'Salesforce', 'dbt', 'forklift'];
const day = (daysAgo: number) =>
  new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

async function operations(db: Database, { company }: SeededVolume): Promise<Operation[]> {
  const board = company.boardJob.id;
  const jobs = company.jobs.map((job) => job.id);
  const stagesToFilter = ['applied', 'hr_interview', 'user_interview', 'rejected'];
  // A spread of candidates with their applications, as the candidate page loads them.
  const sample = await db.query<{ id: string; applications: string[] }>(
    `SELECT c.id, array_agg(a.id ORDER BY a.created_at) AS applications
     FROM (SELECT id FROM candidates ORDER BY id LIMIT 50) c JOIN applications a ON a.candidate_id = c.id
     GROUP BY c.id ORDER BY c.id`,
  );
  const candidate = (run: number) => sample[run % sample.length]!;
  return [
    { name: 'candidates list, no filter', as: 'hr', urls: () => ['/api/candidates'] },
    {
      name: 'candidates list, job + stage',
      as: 'hr',
      urls: (run) => [
        `/api/candidates?jobId=${jobs[run % jobs.length]}&stage=${stagesToFilter[run % stagesToFilter.length]}`,
      ],
    },
    {
      name: 'candidates search, common word',
      as: 'hr',
      urls: (run) => [`/api/candidates?q=${encodeURIComponent(common[run % common.length]!)}`],
    },
    {
      name: 'candidates search, rare word',
      as: 'hr',
      urls: (run) => [`/api/candidates?q=${encodeURIComponent(rare[run % rare.length]!)}`],
    },
    {
      name: 'candidates list, applied-date range (30 days)',
      as: 'hr',
      urls: (run) => [
        `/api/candidates?appliedFrom=${day(60 + (run % 60))}&appliedTo=${day(30 + (run % 60))}`,
      ],
    },
    {
      name: 'board of the 5,000-application job',
      as: 'hr',
      urls: () => [`/api/jobs/${board}/board`],
    },
    { name: 'jobs list', as: 'hr', urls: () => ['/api/jobs'] },
    {
      name: 'audit log, action application.moved',
      as: 'admin',
      urls: () => ['/api/admin/audit-log?action=application.moved'],
    },
    {
      name: 'audit log, rare action (two-factor reset)',
      as: 'admin',
      urls: () => ['/api/admin/audit-log?action=user.two_factor_reset'],
    },
    { name: 'audit log, no filter', as: 'admin', urls: () => ['/api/admin/audit-log'] },
    {
      name: 'duplicates check (candidate page)',
      as: 'hr',
      urls: (run) => [`/api/candidates/${candidate(run).id}/duplicates`],
    },
    {
      name: 'candidate page, all its calls in turn',
      as: 'hr',
      urls: (run) => {
        const { id, applications } = candidate(run);
        return [
          `/api/candidates/${id}`,
          '/api/jobs',
          `/api/candidates/${id}/duplicates`,
          `/api/data-requests?candidateId=${id}`,
          ...applications.flatMap((application) => [
            `/api/applications/${application}/decisions`,
            `/api/applications/${application}/offers`,
            `/api/applications/${application}/interviews`,
            `/api/applications/${application}/salary-expectations`,
          ]),
        ];
      },
    },
  ];
}

await runBench('Scale bench (issue 19)', benchOptions('scale'), operations);
