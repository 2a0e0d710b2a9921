// How long an interview invitation waits behind a bulk rejection. Queues N rejections (default
// 1,000) with one bulk move, then schedules one HR interview (an invitation to the candidate and a
// notice to the panel), all through the real services; then starts the delivery workers against a
// local SMTP server on loopback and prints when each kind of message arrived.
// Usage: npx tsx bench/email-priority.ts [count] [--concurrency N] [--fifo]
//        DATABASE_URL=postgres://… npx tsx bench/email-priority.ts   a PostgreSQL server
// --fifo is the baseline: one message at a time, oldest first, as before priorities (but without
// the old two-second pause between messages, which alone made 1,000 messages take 33 minutes).
// The PostgreSQL database should be a new, throwaway one: the bench adds its own users and jobs.
// Each message opens its own SMTP connection, and smtp-server waits 100 ms before greeting one (as
// real servers take a handshake), so one message in flight delivers about 8 a second.
// Measured on 2 busy cores, 1,000 rejections + invitation + panel notice:
//                      invitation after   last rejection   messages/s
//   PGlite, FIFO            123 s            123 s               8
//   PGlite, 4 at once       0.3 s             31 s              32
//   PGlite, 8 at once       0.3 s             23 s              45
//   PostgreSQL, FIFO        114 s            113 s               9
//   PostgreSQL, 4 at once   0.2 s             29 s              35
//   PostgreSQL, 8 at once   0.2 s             15 s              67
import { readMailSettings } from '../src/config';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { openDatabase, type Database } from '../src/db/database';
import { insertUser } from '../src/db/queries/users';
import {
  bulkMoveApplications,
  moveApplication,
} from '../src/services/pipeline/application-service';
import {
  startBackgroundWork,
  emailDeliveryConcurrency,
} from '../src/services/background/background-work';
import { createCandidate } from '../src/services/candidates/candidate-service';
import { prepareDatabase } from '../src/services/database-setup';
import { createJob, setJobStatus } from '../src/services/jobs/job-service';
import { scheduleInterview } from '../src/services/scheduling/schedule-interview';

/** This run's mail settings, from the environment as `seleksi` reads them. */
const mail = readMailSettings();

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const fifo = args.includes('--fifo');
const count = Number(
  args.find((arg, i) => /^\d+$/.test(arg) && args[i - 1] !== '--concurrency') ?? 1000,
);
const concurrency = fifo ? 1 : Number(option('--concurrency') ?? emailDeliveryConcurrency);
const run = Date.now().toString(36);

/** A loopback SMTP server that notes when each recipient's message arrived. */
async function startSmtpServer() {
  const arrivals: { at: number; to: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        const at = performance.now();
        for (const rcpt of session.envelope.rcptTo) arrivals.push({ at, to: rcpt.address });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    arrivals,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function seed(db: Database) {
  const user = (role: 'recruiter' | 'hiring_manager' | 'interviewer', name: string) =>
    insertUser(db, {
      email: `${role}.${run}@bench.seleksi.id`,
      name,
      role,
      title: null,
      locale: 'id',
      passwordHash: null,
    });
  const recruiter = await user('recruiter', 'Rina Bench');
  const manager = await user('hiring_manager', 'Budi Bench');
  const interviewer = await user('interviewer', 'Indra Bench');
  const hr = { id: recruiter.id, role: 'recruiter' as const };
  const job = await createJob(db, hr, {
    title: `Bench e-mail ${run}`,
    department: 'Bench',
    city: 'Jakarta Selatan',
    workMode: 'hybrid',
    employmentType: 'full_time',
    description: 'Bench.',
    requiredSkills: [],
    tools: [],
    testsEnabled: false,
    team: {
      recruiterId: recruiter.id,
      hiringManagerId: manager.id,
      interviewerIds: [interviewer.id],
    },
  });
  await setJobStatus(db, hr, job.id, 'open');
  const apply = async (index: number) => {
    const candidate = await createCandidate(db, mail, hr, {
      fullName: `Kandidat Bench ${index}`,
      email: `kandidat.${index}.${run}@example.com`,
      phone: null,
      source: 'manual',
      tags: [],
      notes: '',
      jobIds: [job.id],
      tellCandidate: false,
    });
    return { email: candidate.email!, applicationId: candidate.applications[0]!.id };
  };
  const bulk = [];
  for (let i = 0; i < count; i++) bulk.push(await apply(i));
  const invitee = await apply(count);
  await moveApplication(db, mail, hr, invitee.applicationId, { toStage: 'cv_screening' });
  await moveApplication(db, mail, hr, invitee.applicationId, { toStage: 'hr_interview' });
  return { hr, recruiter, jobId: job.id, bulk, invitee };
}

async function main() {
  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
  await prepareDatabase(db);
  const [{ waiting } = { waiting: 0 }] = await db.query<{ waiting: number }>(
    `SELECT count(*)::int AS waiting FROM email_messages WHERE status = 'queued'`,
  );
  if (waiting) throw new Error(`${waiting} messages already wait in this database: use a new one.`);

  let started = performance.now();
  const { hr, recruiter, jobId, bulk, invitee } = await seed(db);
  console.log(`${db.engine}: ${count} candidates in ${seconds(performance.now() - started)}`);

  started = performance.now();
  await bulkMoveApplications(
    db,
    mail,
    hr,
    jobId,
    bulk.map((b) => b.applicationId),
    { toStage: 'rejected', rejectionReason: 'position_filled', emailCandidate: true },
  );
  const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(
    new Date(Date.now() + 86_400_000),
  );
  await scheduleInterview(db, mail, hr, invitee.applicationId, 'hr', {
    localStart: `${tomorrow}T10:00`,
    timeZone: 'Asia/Jakarta',
    durationMinutes: 40,
    mode: 'online',
    meetingUrl: 'https://meet.example/bench',
    address: '',
    room: '',
    receptionContact: '',
    interviewerIds: [recruiter.id],
    locale: 'id',
    confirmConflicts: true,
  });
  if (fifo) {
    // As before priorities: every message at the same priority, so oldest first.
    await db.query(`UPDATE pgboss.job SET priority = 0 WHERE name = 'email.send'`);
  }
  const queued = await db.query<{ toEmail: string }>(
    `SELECT to_email AS "toEmail" FROM email_messages WHERE status = 'queued'`,
  );
  console.log(
    `queued ${queued.length} messages (${count} rejections in one bulk move, then the interview) in ${seconds(performance.now() - started)}`,
  );

  const smtp = await startSmtpServer();
  started = performance.now();
  const workers = await startBackgroundWork(db, {
    mail: readMailSettings(),
    smtpUrl: smtp.url,
    emailConcurrency: concurrency,
  });
  const deadline = Date.now() + 30 * 60_000;
  while (smtp.arrivals.length < queued.length && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, 1000)); // a late duplicate would show here
  await workers.stop();
  await smtp.close();

  const bulkAddresses = new Set(bulk.map((b) => b.email));
  const arrivedAt = (to: string) => smtp.arrivals.find((a) => a.to === to)?.at;
  const invitation = arrivedAt(invitee.email);
  const bulkArrivals = smtp.arrivals.filter((a) => bulkAddresses.has(a.to));
  const lastBulk = Math.max(...bulkArrivals.map((a) => a.at));
  const lastAny = Math.max(...smtp.arrivals.map((a) => a.at));
  const beforeInvitation = bulkArrivals.filter(
    (a) => invitation !== undefined && a.at < invitation,
  );
  const perRecipient = new Map<string, number>();
  for (const a of smtp.arrivals) perRecipient.set(a.to, (perRecipient.get(a.to) ?? 0) + 1);
  const expected = new Map<string, number>();
  for (const q of queued) expected.set(q.toEmail, (expected.get(q.toEmail) ?? 0) + 1);
  const exactlyOnce =
    [...expected].every(([to, n]) => perRecipient.get(to) === n) &&
    smtp.arrivals.length === queued.length;

  console.log(`${fifo ? 'FIFO baseline' : 'by priority'}, ${concurrency} in flight, ${db.engine}:`);
  console.log(
    `  invitation arrived after ${invitation === undefined ? 'never' : seconds(invitation - started)} (behind ${beforeInvitation.length} of ${count} rejections)`,
  );
  console.log(`  last rejection after    ${seconds(lastBulk - started)}`);
  console.log(
    `  ${smtp.arrivals.length} messages in ${seconds(lastAny - started)}: ${(smtp.arrivals.length / ((lastAny - started) / 1000)).toFixed(0)} messages/s`,
  );
  console.log(`  every message exactly once: ${exactlyOnce ? 'yes' : 'NO'}`);
  await db.close();
  if (!exactlyOnce) process.exitCode = 1;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

await main();
