import type { InterviewStage } from './interview';
import {
  isActiveStage,
  mayEndHrStage,
  planMove,
  rejectionReasons,
  stagesOfJob,
  type ApplicationState,
  type RejectionReason,
  type Stage,
} from './pipeline';
import { isHr, type Role } from './roles';

/**
 * Who may do what, decided once. The services enforce these rules and the server sends them to
 * the web as `can` flags, so the web offers exactly what the server will then allow and never
 * reads a role itself.
 */

/** Users, roles, company settings, templates and the audit log are the admin's. */
export const isAdmin = (role: Role): boolean => role === 'admin';

/** Interviewers score interviews; moving candidates is for HR and the hiring manager. */
export const mayMoveCandidates = (role: Role): boolean => role !== 'interviewer';

/** Pipeline reports are for HR and hiring managers; interviewers read only their own calibration. */
export const mayReadReports = (role: Role): boolean => role !== 'interviewer';

/** The offers list: HR every job's offers, a hiring manager their jobs'; never interviewers. */
export const mayListOffers = (role: Role): boolean => role !== 'interviewer';

/**
 * The candidate list as a file (what the list shows them): HR and hiring managers. An
 * interviewer's part is one interview's kit and scorecard, not the people data of a job.
 */
export const mayExportCandidates = (role: Role): boolean => role !== 'interviewer';

/**
 * A job's people data (its board, the screening page, every candidate and their contact details)
 * is for HR and hiring managers. An interviewer sees only the candidates whose interview panel
 * they sit on, and for those the kit, the name, the job, the CV and their own scorecard: contact
 * is HR's (as Greenhouse's "Interviewer" permission).
 */
export const readsJobPeople = (role: Role): boolean => role !== 'interviewer';

/** What the signed-in user's role lets them do outside any one job. */
export function userAbilities(role: Role) {
  const hr = isHr(role);
  const admin = isAdmin(role);
  return {
    createJobs: hr,
    addCandidates: hr,
    listStaff: hr,
    editQuestionBank: hr,
    editStageTemplates: admin,
    readEmailTemplates: hr,
    editEmailTemplates: admin,
    readOutbox: hr,
    handleDataRequests: hr,
    setRetention: admin,
    manageUsers: admin,
    manageIntegrations: admin,
    editSecuritySettings: admin,
    readAuditLog: admin,
    /** Minimum wages, the offer approval rule and the offer letter's wording. */
    editOfferSettings: admin,
    /** The employer brand candidates see and the WhatsApp message templates. */
    editBrand: admin,
    /** The funnel, speed and sources reports (HR: every job; a hiring manager: their jobs). */
    readReports: mayReadReports(role),
    exportCandidates: mayExportCandidates(role),
    /** A job's board and screening page (interviewers: only their interviews' kits). */
    readPipelines: readsJobPeople(role),
    /** The offers list (HR: every job's; a hiring manager: their jobs'). */
    listOffers: mayListOffers(role),
    /** Interviewer calibration: HR everyone, a hiring manager their jobs' panels, others their own. */
    readCalibration: true,
    /** Today's whole lists of candidates waiting past a target or for a booking (every job's). */
    readWaitingLists: hr,
  };
}
export type UserAbilities = ReturnType<typeof userAbilities>;

/** The actor as one job sees them: their role, and whether they are this job's hiring manager. */
export interface JobStanding {
  role: Role;
  isJobHiringManager: boolean;
}

/** HR and the job's hiring manager read every interview of the job and compare its candidates. */
export const readsWholeJob = ({ role, isJobHiringManager }: JobStanding): boolean =>
  isHr(role) || isJobHiringManager;

/** HR shapes the whole plan; the job's hiring manager shapes the user interview only. */
export const mayEditPlan = (standing: JobStanding): Record<InterviewStage, boolean> => ({
  hr: isHr(standing.role),
  user: readsWholeJob(standing),
});

/** HR schedules every interview; the job's hiring manager may also schedule the user interview. */
export const maySchedule = (standing: JobStanding): Record<InterviewStage, boolean> => ({
  hr: isHr(standing.role),
  user: readsWholeJob(standing),
});

/** HR ends the HR interview; the job's hiring manager (or an admin) decides the user interview. */
export const mayDecide = (standing: JobStanding): Record<InterviewStage, boolean> => ({
  hr: mayEndHrStage(standing.role),
  user: isAdmin(standing.role) || standing.isJobHiringManager,
});

/** Who may open an interview's kit: its panel, HR, and the job's hiring manager. */
export const mayOpenKit = (standing: JobStanding, onPanel: boolean): boolean =>
  onPanel || readsWholeJob(standing);

/** Candidate e-mail (rejections, offers, invitations, the portal link) is sent by HR only. */
export const mayEmailCandidates = (role: Role): boolean => isHr(role);

/**
 * Salary talk (the band, the candidate's expectations) is for HR and the job's hiring manager:
 * interviewers assess the person, not the price. HR records what the candidate states, while the
 * application is open: once hired, rejected or withdrawn there is no salary talk left to record.
 */
export function salaryAbilities(standing: JobStanding, stage?: Stage) {
  return {
    readSalaryExpectations: readsWholeJob(standing),
    recordSalaryExpectation: isHr(standing.role) && (stage === undefined || isActiveStage(stage)),
  };
}
export type SalaryAbilities = ReturnType<typeof salaryAbilities>;

/** What the actor may do with one job and its pipeline. */
export function jobAbilities(standing: JobStanding) {
  const hr = isHr(standing.role);
  return {
    ...salaryAbilities(standing),
    edit: hr,
    changeStatus: hr,
    addCandidates: hr,
    moveCandidates: mayMoveCandidates(standing.role),
    overrideHrGate: hr,
    sendEmail: mayEmailCandidates(standing.role),
    screen: mayMoveCandidates(standing.role),
    /** The board of the job's candidates (interviewers reach theirs through their interviews). */
    readBoard: readsJobPeople(standing.role),
    editPlan: mayEditPlan(standing),
    compare: readsWholeJob(standing),
    schedule: maySchedule(standing),
    decide: mayDecide(standing),
  };
}
export type JobAbilities = ReturnType<typeof jobAbilities>;

/**
 * The stages an application may be moved to by this role, given the right details (a reason, a
 * note, HR's override of the gate): the same `planMove` the server runs, asked for every stage.
 */
export function reachableStages(state: ApplicationState, role: Role): Stage[] {
  return stagesOfJob(state.testsEnabled).filter((to) =>
    to === 'rejected'
      ? rejectionReasonsFor(state, role).length > 0
      : planMove(state, { to, actorRole: role, note: 'reason', overrideHrGate: isHr(role) }).ok,
  );
}

/** The rejection reasons this role may give from the application's stage ([] when it may not reject). */
export function rejectionReasonsFor(state: ApplicationState, role: Role): RejectionReason[] {
  return rejectionReasons.filter(
    (reason) =>
      planMove(state, { to: 'rejected', actorRole: role, note: 'reason', rejectionReason: reason })
        .ok,
  );
}

/**
 * The actor as an offer sees them: besides role and the job's hiring manager, the approver the
 * admin named in the offer settings (who approves offers of every job).
 */
export interface OfferStanding extends JobStanding {
  isNamedApprover: boolean;
}

/** Offers and their amounts are for HR, the job's hiring manager and the named approver; never interviewers. */
export const mayReadOffers = (standing: OfferStanding): boolean =>
  readsWholeJob(standing) || standing.isNamedApprover;

/** HR (recruiters and admins) drafts, changes, sends, extends and withdraws offers. */
export const mayDraftOffers = (role: Role): boolean => isHr(role);

/** The job's hiring manager or the named approver approves (never the version's own author). */
export const mayApproveOffers = (standing: OfferStanding): boolean =>
  standing.isJobHiringManager || standing.isNamedApprover;

/**
 * Who may approve one version of an offer: the job's hiring managers and the company's named
 * offer approver, never the version's author (the rule of `mayApproveOffer` seen from the offer).
 * Each once, managers first; whether they are still active is the caller's to check.
 */
export function offerApproverIds(
  managerIds: readonly string[],
  namedApproverId: string | null,
  authorId: string | null,
): string[] {
  const candidates = namedApproverId ? [...managerIds, namedApproverId] : managerIds;
  return [...new Set(candidates)].filter((id) => id !== authorId);
}

/**
 * The candidate's expected salary beside an offer: whoever reads it on the candidate's page (HR,
 * the job's hiring manager) and the named approver too, who decides on the amount.
 */
export const mayReadExpectationOfOffer = (standing: OfferStanding): boolean =>
  salaryAbilities(standing).readSalaryExpectations || mayApproveOffers(standing);

/** What the actor may do with an application's offers. */
export function offerAbilities(standing: OfferStanding, stage: Stage) {
  return {
    read: mayReadOffers(standing),
    /** Draft a new offer: only at the Offer stage. */
    draft: mayDraftOffers(standing.role) && stage === 'offer',
    approve: mayApproveOffers(standing),
    send: mayDraftOffers(standing.role) && mayEmailCandidates(standing.role),
  };
}
export type OfferAbilities = ReturnType<typeof offerAbilities>;

/** What the actor may do with one application (a board card, or an application on the candidate). */
export function applicationAbilities(state: ApplicationState, role: Role) {
  return {
    moveTo: reachableStages(state, role),
    rejectWith: rejectionReasonsFor(state, role),
    /** Skip the HR interview gate, with a written reason. */
    overrideHrGate: isHr(role),
    /** Send the candidate a rejection or an offer e-mail with the move. */
    sendEmail: mayEmailCandidates(role),
  };
}
export type ApplicationAbilities = ReturnType<typeof applicationAbilities>;

/** Candidates' personal data, their files and their privacy requests are HR's to handle. */
export function candidateAbilities(role: Role, candidate: { addedByHand: boolean }) {
  const hr = isHr(role);
  return {
    edit: hr,
    /** Only for a candidate added by hand: a careers CV is the candidate's own and stays. */
    attachCv: hr && candidate.addedByHand,
    addToJob: hr,
    merge: hr,
    manageTalentPool: hr,
    handleDataRequests: hr,
    restrict: hr,
    erase: hr,
    /** Open a WhatsApp chat from a template (the server also checks consent and the phone). */
    contactOnWhatsapp: hr,
  };
}
export type CandidateAbilities = ReturnType<typeof candidateAbilities>;
