import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { refreshPlannerStatistics } from '../../db/planner-statistics';
import { refreshAllReportFacts, switchReportFactsTriggers } from '../../db/queries/report-facts';
import { backdateCandidatesToFirstApplication } from '../../db/queries/candidates';
import { insertJob, replaceTeam } from '../../db/queries/jobs';
import { countUsers, insertUsers } from '../../db/queries/users';
import { normaliseIndonesianPhone } from '../../domain/phone';
import { insertCvFileRows } from '../../db/queries/cv-files';
import { hashPassword } from '../auth/auth-service';
import type { CvStore } from '../candidates/cv-store';
import { demoCities, demoCvLines } from './demo-cvs';
import { textPdf } from './demo-cv-pdf';
import { valueOrInvalid } from '../errors';
import { seedApplication } from './demo-application';
import { insertDemoBookings, type DemoBooking } from './demo-bookings';
import { seedDemoHistory, type HistoryJob } from './demo-history';
import { giveSentOffersPortalLinks, seedDemoOffer } from './demo-offers';
import { demoCandidates, demoJobs, demoPassword, demoUsers } from './demo-company';
import { seedDemoConsents } from './demo-consents';
import { seedDemoSalaryExpectations } from './demo-salary-expectations';
import { scheduleDemoInterviews } from './demo-schedule';
import { emptyDemoRows, newId, writeDemoRows } from './demo-rows';

/** Where each job's twelve applicants stand; `@` names the stage a rejection happened at. */
const demoOutcomes = [
  'applied',
  'cv_screening',
  'cv_screening',
  'hr_interview',
  'hr_interview',
  'tests',
  'user_interview',
  'user_interview',
  'offer',
  'rejected@hr_interview',
  'rejected@user_interview',
  'withdrawn@hr_interview',
] as const;

const day = 24 * 60 * 60 * 1000;

export interface DemoSeedOptions {
  /**
   * How the report facts (migrations 021, 029) are kept: computed once after the load (the
   * default: when each row was its own statement, the triggers recomputing the facts on every
   * write were half of a first start), or by the triggers on every write, as the app's own writes
   * are (the report-facts test compares those with a fresh computation).
   */
  reportFacts?: 'after the load' | 'per write';
}

/**
 * Loads the demo company into an empty database, in one transaction.
 * Refuses (returns false) when the database already has users: demo data never mixes with real data.
 */
export async function seedDemoData(
  db: Database,
  mail: MailSettings,
  now = new Date(),
  /** Where the demo CVs (small PDFs) are stored; without it the demo has no CV files. */
  cvStore?: CvStore,
  { reportFacts = 'after the load' }: DemoSeedOptions = {},
): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    // Turned off inside this transaction only: no other session ever sees the triggers off.
    if (reportFacts === 'after the load') await switchReportFactsTriggers(tx, false);
    const userIds = new Map(demoUsers.map((user) => [user.key, newId()]));
    const idOf = (key: string) => userIds.get(key)!;
    await insertUsers(
      tx,
      demoUsers.map((user) => ({ ...user, id: idOf(user.key), locale: 'id', passwordHash })),
    );
    /** The candidates, applications, interviews and offers: written together at the end. */
    const rows = emptyDemoRows();
    /** The interviews held (and a few awaited), booked in one statement after the histories. */
    const bookings: DemoBooking[] = [];
    const candidateIds: string[] = [];
    for (const [index, candidate] of demoCandidates.entries()) {
      const phone = valueOrInvalid(normaliseIndonesianPhone(candidate.phone));
      const city = demoCities[index % demoCities.length]!;
      const id = newId();
      rows.candidates.push({ ...candidate, id, phone, city, createdBy: idOf('hr') });
      candidateIds.push(id);
    }
    /** Which job each candidate's CV was written for: their first application. */
    const cvJobOf = new Map<number, string>();
    let next = 0;
    const jobIds = new Map<string, string>();
    const historyJobs: HistoryJob[] = [];
    for (const [jobIndex, job] of demoJobs.entries()) {
      const jobId = await insertJob(tx, { ...job, createdBy: idOf('hr') });
      jobIds.set(job.key, jobId);
      await replaceTeam(tx, jobId, [
        { userId: idOf(job.recruiter), teamRole: 'recruiter' },
        { userId: idOf(job.hiringManager), teamRole: 'hiring_manager' },
        ...job.interviewers.map((key) => ({ userId: idOf(key), teamRole: 'interviewer' as const })),
      ]);
      if (job.status !== 'open') continue;
      historyJobs.push({
        id: jobId,
        key: job.key,
        title: job.title,
        city: job.city,
        testsEnabled: job.testsEnabled,
        salaryMin: job.salaryMin,
        salaryMax: job.salaryMax,
        panel: {
          hr: [idOf(job.recruiter)],
          user: [idOf(job.hiringManager), ...job.interviewers.map(idOf)],
        },
        deciders: { hr: idOf(job.recruiter), user: idOf(job.hiringManager) },
      });
      for (const [slot, outcome] of demoOutcomes.entries()) {
        // One hire in alternate jobs, so the board shows every stage somewhere.
        const target = outcome === 'offer' && jobIndex % 2 === 0 ? 'hired' : outcome;
        const startedDaysAgo = 4 + ((slot * 7 + jobIndex * 5) % 35);
        const candidateIndex = next++ % candidateIds.length;
        cvJobOf.set(candidateIndex, job.key);
        const { id, steps } = seedApplication(rows, {
          candidateId: candidateIds[candidateIndex]!,
          jobId,
          testsEnabled: job.testsEnabled,
          target,
          actorId: idOf('hr'),
          startedAt: new Date(now.getTime() - startedDaysAgo * day),
          now,
          panel: {
            hr: [idOf(job.recruiter)],
            user: [idOf(job.hiringManager), ...job.interviewers.map(idOf)],
          },
          deciders: { hr: idOf(job.recruiter), user: idOf(job.hiringManager) },
          variant: slot + jobIndex,
          bookings,
        });
        // A hire came through an accepted offer, so the offers report counts every hire.
        if (target === 'hired') {
          seedDemoOffer(rows, {
            applicationId: id,
            candidateName: demoCandidates[candidateIndex]!.fullName,
            job: historyJobs.at(-1)!,
            story: { answer: 'accept' },
            reachedOffer: steps.find((step) => step.to === 'offer')!.at,
            answeredAt: steps.at(-1)!.at,
            hrId: idOf('hr'),
            variant: slot + jobIndex,
            now,
          });
        }
      }
    }
    // A few backend applicants also apply as data analyst, as real applicants do.
    for (const candidateId of candidateIds.slice(12, 15)) {
      seedApplication(rows, {
        candidateId,
        jobId: jobIds.get('data')!,
        testsEnabled: true,
        target: 'cv_screening',
        actorId: idOf('hr'),
        startedAt: new Date(now.getTime() - 3 * day),
        now,
        panel: { hr: [idOf('hr')], user: [idOf('user'), idOf('fajar')] },
        deciders: { hr: idOf('hr'), user: idOf('user') },
        variant: 0,
        bookings,
      });
    }
    // The same person again from the careers page, with another e-mail: a duplicate to merge.
    const twin = demoCandidates[5]!;
    const twinId = newId();
    rows.candidates.push({
      ...twin,
      id: twinId,
      fullName: twin.fullName.toUpperCase(),
      email: `${twin.email.split('@')[0]}.kerja@example.com`,
      phone: valueOrInvalid(normaliseIndonesianPhone(twin.phone)),
      source: 'careers_page',
      tags: [],
      notes: '',
      city: demoCities[5 % demoCities.length]!,
      createdBy: null,
    });
    seedApplication(rows, {
      candidateId: twinId,
      jobId: jobIds.get('data')!,
      testsEnabled: true,
      target: 'applied',
      actorId: idOf('hr'),
      startedAt: new Date(now.getTime() - 2 * day),
      now,
      panel: { hr: [idOf('hr')], user: [idOf('user'), idOf('fajar')] },
      deciders: { hr: idOf('hr'), user: idOf('user') },
      variant: 0,
      bookings,
    });
    const cvs: DemoCv[] = [];
    if (cvStore) {
      for (const [index, jobKey] of cvJobOf) {
        const candidate = demoCandidates[index]!;
        cvs.push(
          await storeDemoCv(cvStore, candidateIds[index]!, {
            ...candidate,
            city: demoCities[index % demoCities.length]!,
            jobKey,
            variant: index,
          }),
        );
      }
    }
    const pastApplicants = seedDemoHistory(rows, {
      jobs: historyJobs,
      hrId: idOf('hr'),
      now,
      bookings,
    });
    if (cvStore) {
      for (const { candidateId, ...facts } of pastApplicants) {
        cvs.push(await storeDemoCv(cvStore, candidateId, facts));
      }
    }
    // Each candidate's searchable CV text is their one CV's, written with the candidate rather
    // than by a second pass over every candidate (and its search vector) after the CVs.
    const cvTextOf = new Map(cvs.map((cv) => [cv.candidateId, cv.text]));
    for (const candidate of rows.candidates) candidate.cvText = cvTextOf.get(candidate.id) ?? '';
    await writeDemoRows(tx, rows);
    await giveSentOffersPortalLinks(tx, rows);
    await insertDemoBookings(tx, bookings);
    await insertCvFileRows(tx, cvs);
    await backdateCandidatesToFirstApplication(tx);
    await seedDemoConsents(tx);
    await seedDemoSalaryExpectations(tx, idOf('hr'));
    if (reportFacts === 'after the load') {
      await switchReportFactsTriggers(tx, true);
      await refreshAllReportFacts(tx);
    }
  });
  await scheduleDemoInterviews(db, mail, now);
  // A bulk load: PGlite's planner would otherwise go on planning for empty tables.
  await refreshPlannerStatistics(db, demoTables);
  return true;
}

/** The tables the demo company fills in bulk. */
const demoTables = [
  'users',
  'jobs',
  'job_team_members',
  'candidates',
  'applications',
  'application_events',
  'interviews',
  'scorecards',
  'decisions',
  'offers',
  'email_messages',
  'cv_files',
  'consents',
  'audit_log',
];

type DemoCv = Parameters<typeof insertCvFileRows>[1][number];

/**
 * A CV as if uploaded and already read: a real PDF in the store, and what the database records
 * of it (all of them are inserted together, by insertCvFileRows).
 */
async function storeDemoCv(
  store: CvStore,
  candidateId: string,
  facts: Parameters<typeof demoCvLines>[0],
): Promise<DemoCv> {
  const lines = demoCvLines(facts);
  const pdf = textPdf(lines);
  return {
    candidateId,
    sha256: await store.save(pdf),
    byteSize: pdf.length,
    fileName: `CV ${facts.fullName}.pdf`,
    text: lines.join('\n'),
  };
}
