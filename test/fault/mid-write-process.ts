// A separate process that the fault test kills with SIGKILL in the middle of a multi-row write.
// It sets up a job with applications (committed), then starts a write that stops after some of its
// rows, says so on standard output, and waits to be killed.
//   argv: bulk-move | candidate-with-jobs      env: DATABASE_URL or FAULT_DATA_DIR
//   FAULT_SNAPSHOT (optional): a migrated PGlite data directory (pglite-template.ts) to start from.
import { readFileSync } from 'node:fs';
import { readMailSettings } from '../../src/config';
import { openDatabase, type Database } from '../../src/db/database';
import { insertUser } from '../../src/db/queries/users';
import { newCandidateInput } from '../../src/server/routes/candidates.schema';
import { jobInput } from '../../src/server/routes/jobs.schema';
import { bulkMoveApplications } from '../../src/services/pipeline/application-service';
import { createCandidate } from '../../src/services/candidates/candidate-service';
import { prepareDatabase } from '../../src/services/database-setup';
import { createJob } from '../../src/services/jobs/job-service';

/** This run's mail settings, from the environment as `seleksi` reads them. */
const mail = readMailSettings();

const scenario = process.argv[2];
// Starting from the suite's migrated template spares this process PGlite's initdb and the
// migrations (seconds each); the writes and the kill below happen on the data directory as before.
const snapshot = process.env.FAULT_SNAPSHOT;
const db = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.FAULT_DATA_DIR,
  snapshot: snapshot ? new Blob([readFileSync(snapshot)]) : undefined,
});
await prepareDatabase(db);

const user = (email: string, role: 'admin' | 'hiring_manager') =>
  insertUser(db, { email, name: email, role, title: null, locale: 'id', passwordHash: 'x' });
const admin = await user('admin@fault.test', 'admin');
const manager = await user('manager@fault.test', 'hiring_manager');
const actor = { id: admin.id, role: admin.role };
const team = { recruiterId: admin.id, hiringManagerId: manager.id, interviewerIds: [] };
const newJob = (title: string) =>
  createJob(
    db,
    actor,
    jobInput.parse({
      title,
      department: 'QA',
      city: 'Bandung',
      workMode: 'remote',
      employmentType: 'full_time',
      team,
    }),
  );
const jobs = [await newJob('Job A'), await newJob('Job B'), await newJob('Job C')];
const applicationIds: string[] = [];
for (let i = 0; i < 20; i++) {
  const created = await createCandidate(
    db,
    mail,
    actor,
    newCandidateInput.parse({
      fullName: `Calon ${i}`,
      email: `calon${i}@fault.test`,
      source: 'manual',
      jobIds: [jobs[0]!.id],
      tellCandidate: false,
    }),
  );
  applicationIds.push(created.applications[0]!.id);
}
process.stdout.write(`ready ${jobs[0]!.id}\n`);

/** The same database, except that the transaction stops for good after `after` statements matching `pattern`. */
function stoppingAfter(pattern: RegExp, after: number): Database {
  let seen = 0;
  return {
    ...db,
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          async query(sql, params) {
            const rows = await tx.query(sql, params);
            if (pattern.test(sql) && ++seen === after) {
              process.stdout.write('mid-write\n');
              await new Promise(() => {});
            }
            return rows as never;
          },
        }),
      ),
  };
}

if (scenario === 'bulk-move') {
  await bulkMoveApplications(
    stoppingAfter(/^\s*UPDATE applications/, 12),
    mail,
    actor,
    jobs[0]!.id,
    applicationIds,
    { toStage: 'cv_screening' },
  );
} else {
  await createCandidate(
    stoppingAfter(/^\s*INSERT INTO applications/, 2),
    mail,
    actor,
    newCandidateInput.parse({
      fullName: 'Setengah Jadi',
      email: 'setengah@fault.test',
      source: 'manual',
      tellCandidate: false,
      jobIds: jobs.map((job) => job.id),
    }),
  );
}
process.stdout.write('finished: the write was not stopped\n');
