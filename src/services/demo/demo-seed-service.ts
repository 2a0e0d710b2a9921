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
import { hashPassword } from '../auth-service';
import { valueOrInvalid } from '../errors';
import type { InterviewStage } from '../../domain/interview';
import { seedFinishedInterview } from './demo-interviews';
import { demoCandidates, demoJobs, demoPassword, demoUsers } from './demo-company';
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
export async function seedDemoData(db: Database, now = new Date()): Promise<boolean> {
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
    for (const candidate of demoCandidates) {
      const phone = valueOrInvalid(normaliseIndonesianPhone(candidate.phone));
      candidateIds.push(await insertCandidate(tx, { ...candidate, phone, createdBy: idOf('hr') }));
    }
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
    await backdateCandidatesToFirstApplication(tx);
  });
  await scheduleDemoInterviews(db, now);
  return true;
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
