import type { Database, Queryable } from '../../db/database';
import {
  insertApplication,
  insertApplicationEvent,
  updateApplicationStage,
} from '../../db/queries/applications';
import { backdateCandidatesToFirstApplication, insertCandidate } from '../../db/queries/candidates';
import { insertJob, replaceTeam } from '../../db/queries/jobs';
import { countUsers, insertUser } from '../../db/queries/users';
import { normaliseIndonesianPhone } from '../../domain/phone';
import { planMove, type RejectionReason, type Stage } from '../../domain/pipeline';
import { insertCvFile, recordCvText } from '../../db/queries/cv-files';
import { hashPassword } from '../auth/auth-service';
import type { CvStore } from '../candidates/cv-store';
import { demoCities, demoCvLines } from './demo-cvs';
import { textPdf } from './demo-cv-pdf';
import { valueOrInvalid } from '../errors';
import type { InterviewStage } from '../../domain/interview';
import { seedFinishedInterview } from './demo-interviews';
import { demoCandidates, demoJobs, demoPassword, demoUsers } from './demo-company';
import { seedDemoConsents } from './demo-consents';
import { seedDemoSalaryExpectations } from './demo-salary-expectations';
import { scheduleDemoInterviews } from './demo-schedule';

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

/**
 * Loads the demo company into an empty database, in one transaction.
 * Refuses (returns false) when the database already has users: demo data never mixes with real data.
 */
export async function seedDemoData(
  db: Database,
  now = new Date(),
  /** Where the demo CVs (small PDFs) are stored; without it the demo has no CV files. */
  cvStore?: CvStore,
): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    const userIds = new Map<string, string>();
    for (const user of demoUsers) {
      const row = await insertUser(tx, { ...user, locale: 'id', passwordHash });
      userIds.set(user.key, row.id);
    }
    const idOf = (key: string) => userIds.get(key)!;
    const candidateIds: string[] = [];
    for (const [index, candidate] of demoCandidates.entries()) {
      const phone = valueOrInvalid(normaliseIndonesianPhone(candidate.phone));
      const city = demoCities[index % demoCities.length]!;
      candidateIds.push(
        await insertCandidate(tx, { ...candidate, phone, city, createdBy: idOf('hr') }),
      );
    }
    /** Which job each candidate's CV was written for: their first application. */
    const cvJobOf = new Map<number, string>();
    let next = 0;
    const jobIds = new Map<string, string>();
    for (const [jobIndex, job] of demoJobs.entries()) {
      const jobId = await insertJob(tx, { ...job, createdBy: idOf('hr') });
      jobIds.set(job.key, jobId);
      await replaceTeam(tx, jobId, [
        { userId: idOf(job.recruiter), teamRole: 'recruiter' },
        { userId: idOf(job.hiringManager), teamRole: 'hiring_manager' },
        ...job.interviewers.map((key) => ({ userId: idOf(key), teamRole: 'interviewer' as const })),
      ]);
      if (job.status !== 'open') continue;
      for (const [slot, outcome] of demoOutcomes.entries()) {
        // One hire in alternate jobs, so the board shows every stage somewhere.
        const target = outcome === 'offer' && jobIndex % 2 === 0 ? 'hired' : outcome;
        const startedDaysAgo = 4 + ((slot * 7 + jobIndex * 5) % 35);
        cvJobOf.set(next % candidateIds.length, job.key);
        await seedApplication(tx, {
          candidateId: candidateIds[next++ % candidateIds.length]!,
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
        });
      }
    }
    // A few backend applicants also apply as data analyst, as real applicants do.
    for (const candidateId of candidateIds.slice(12, 15)) {
      await seedApplication(tx, {
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
      });
    }
    // The same person again from the careers page, with another e-mail: a duplicate to merge.
    const twin = demoCandidates[5]!;
    const twinId = await insertCandidate(tx, {
      ...twin,
      fullName: twin.fullName.toUpperCase(),
      email: `${twin.email.split('@')[0]}.kerja@example.com`,
      phone: valueOrInvalid(normaliseIndonesianPhone(twin.phone)),
      source: 'careers_page',
      tags: [],
      notes: '',
      city: demoCities[5 % demoCities.length]!,
      createdBy: null,
    });
    await seedApplication(tx, {
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
    });
    if (cvStore) {
      for (const [index, jobKey] of cvJobOf) {
        const candidate = demoCandidates[index]!;
        await seedDemoCv(tx, cvStore, candidateIds[index]!, {
          ...candidate,
          city: demoCities[index % demoCities.length]!,
          jobKey,
          variant: index,
        });
      }
    }
    await backdateCandidatesToFirstApplication(tx);
    await seedDemoConsents(tx);
    await seedDemoSalaryExpectations(tx, idOf('hr'));
  });
  await scheduleDemoInterviews(db, now);
  return true;
}

/** A CV as if uploaded and already read: a real PDF in the store, its text recorded. */
async function seedDemoCv(
  tx: Queryable,
  store: CvStore,
  candidateId: string,
  facts: Parameters<typeof demoCvLines>[0],
): Promise<void> {
  const lines = demoCvLines(facts);
  const pdf = textPdf(lines);
  const id = await insertCvFile(tx, {
    candidateId,
    applicationId: null,
    sha256: await store.save(pdf),
    kind: 'pdf',
    byteSize: pdf.length,
    fileName: `CV ${facts.fullName}.pdf`,
  });
  await recordCvText(tx, id, { status: 'extracted', text: lines.join('\n'), problem: null });
}

async function seedApplication(
  tx: Queryable,
  seed: {
    candidateId: string;
    jobId: string;
    testsEnabled: boolean;
    target: string;
    actorId: string;
    startedAt: Date;
    now: Date;
    /** Who interviews and decides each stage, to replay finished interviews. */
    panel: Record<InterviewStage, string[]>;
    deciders: Record<InterviewStage, string>;
    variant: number;
  },
): Promise<void> {
  const [target, endedAt] = seed.target.split('@') as [Stage, Stage | undefined];
  const forward: Stage[] = [
    'cv_screening',
    'hr_interview',
    ...(seed.testsEnabled ? ['tests' as const] : []),
    'user_interview',
    'offer',
    'hired',
  ];
  const stopAt = endedAt ?? (target === 'tests' && !seed.testsEnabled ? 'user_interview' : target);
  const path = stopAt === 'applied' ? [] : forward.slice(0, forward.indexOf(stopAt) + 1);
  if (endedAt) path.push(target);

  // Space the steps out, ending at least a day before now.
  const ageMs = seed.now.getTime() - seed.startedAt.getTime();
  const stepMs = Math.min(2 * day, (ageMs - day) / Math.max(path.length, 1));
  let at = seed.startedAt;
  const id = await insertApplication(tx, {
    candidateId: seed.candidateId,
    jobId: seed.jobId,
    stage: 'applied',
    at,
  });
  await insertApplicationEvent(tx, {
    applicationId: id,
    actorId: seed.actorId,
    fromStage: null,
    toStage: 'applied',
    rejectionReason: null,
    note: null,
    overrodeHrGate: false,
    at,
  });
  let state = { stage: 'applied' as Stage, hrGateCleared: false, testsEnabled: seed.testsEnabled };
  for (const to of path) {
    at = new Date(at.getTime() + stepMs);
    const finishedInterview: InterviewStage | null =
      state.stage === 'hr_interview' ? 'hr' : state.stage === 'user_interview' ? 'user' : null;
    if (finishedInterview && to !== 'withdrawn') {
      await seedFinishedInterview(tx, {
        applicationId: id,
        stage: finishedInterview,
        panel: seed.panel[finishedInterview],
        decidedBy: seed.deciders[finishedInterview],
        outcome: to === 'rejected' ? 'reject' : 'advance',
        variant: seed.variant,
        at: new Date(at.getTime() - 60 * 60 * 1000),
      });
    }
    const rejectionReason: RejectionReason | undefined =
      to === 'rejected'
        ? state.stage === 'hr_interview'
          ? 'failed_hr_interview'
          : 'failed_user_interview'
        : undefined;
    const note = to === 'withdrawn' ? 'Menerima tawaran dari perusahaan lain.' : undefined;
    const move = valueOrInvalid(
      planMove(state, { to, actorRole: 'recruiter', rejectionReason, note }),
    );
    state = { ...state, stage: to, hrGateCleared: state.hrGateCleared || move.clearsHrGate };
    await updateApplicationStage(tx, id, { stage: to, hrGateCleared: state.hrGateCleared, at });
    await insertApplicationEvent(tx, {
      applicationId: id,
      actorId: seed.actorId,
      fromStage: move.from,
      toStage: to,
      rejectionReason: move.rejectionReason,
      note: move.note,
      overrodeHrGate: false,
      at,
    });
  }
}
