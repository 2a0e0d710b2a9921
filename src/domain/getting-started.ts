import type { Role } from './roles';

/**
 * The first steps of a new install, in the order they are best done: the company's name (the
 * careers page and every e-mail carry it), the team, a first job with its interview plan (the kit
 * and the scorecard come from it), then candidates. Each is read from what exists, so a step
 * ticks itself once done, whoever did it.
 */
export const gettingStartedSteps = ['brand', 'users', 'job', 'candidates'] as const;
export type GettingStartedStep = (typeof gettingStartedSteps)[number];

export interface SetupProgress {
  companyNamed: boolean;
  otherUsers: boolean;
  plannedJob: boolean;
  candidates: boolean;
}

export interface GettingStarted {
  steps: { step: GettingStartedStep; done: boolean }[];
}

const stepDone: Record<GettingStartedStep, (progress: SetupProgress) => boolean> = {
  brand: (progress) => progress.companyNamed,
  users: (progress) => progress.otherUsers,
  job: (progress) => progress.plannedJob,
  candidates: (progress) => progress.candidates,
};

/** Naming the company and inviting the team are the admin's (HR cannot open those pages). */
const adminSteps: readonly GettingStartedStep[] = ['brand', 'users'];

/**
 * The checklist for this role, or null when it has nothing to show: not HR's work (hiring
 * managers and interviewers start from what HR sets up), or every step of the role done.
 */
export function gettingStartedFor(role: Role, progress: SetupProgress): GettingStarted | null {
  if (role !== 'admin' && role !== 'recruiter') return null;
  const steps = gettingStartedSteps
    .filter((step) => role === 'admin' || !adminSteps.includes(step))
    .map((step) => ({ step, done: stepDone[step](progress) }));
  return steps.every((step) => step.done) ? null : { steps };
}
