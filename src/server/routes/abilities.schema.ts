import { z } from 'zod';
import { rejectionReasons, stages } from '../../domain/pipeline';

/**
 * What the signed-in user may do, sent with each object (as Outline's abilities): the web offers
 * exactly these and never reads a role itself. Decided by src/domain/permissions, the same rules
 * the services enforce.
 */
const flag = (description: string) => z.boolean().describe(description);
const perStage = (description: string) =>
  z.object({ hr: z.boolean(), user: z.boolean() }).describe(`${description}, per interview stage`);

export const userAbilities = z
  .object({
    createJobs: flag('Open a job'),
    addCandidates: flag('Add a candidate by hand or import CVs'),
    exportCandidates: flag('Download the candidate list (with its filters) as a file'),
    readPipelines: flag(
      "Open a job's board and screening page (interviewers see only their interviews' candidates)",
    ),
    listStaff: flag('List the staff (to build hiring teams and panels)'),
    editQuestionBank: flag('Add and change questions in the bank'),
    editStageTemplates: flag('Change the company-wide interview stage templates'),
    readEmailTemplates: flag('Read the e-mail templates'),
    editEmailTemplates: flag('Change the e-mail templates'),
    readOutbox: flag("Read the outbox of candidates' e-mail"),
    handleDataRequests: flag("Handle candidates' data requests (access, correction, erasure)"),
    setRetention: flag('Set how long candidate data is kept'),
    manageUsers: flag('Invite users and change their roles'),
    manageIntegrations: flag('Create API tokens and webhook endpoints'),
    editSecuritySettings: flag('Change company security settings'),
    readAuditLog: flag('Read the audit log'),
    editOfferSettings: flag(
      'Change the minimum wages, the offer approval rule and the offer letter template',
    ),
    editBrand: flag('Change the employer brand and the WhatsApp message templates'),
    listOffers: flag("List offers (HR: every job's; a hiring manager: their jobs')"),
    readReports: flag('Read the funnel, speed and sources reports (of every job, or their own)'),
    readCalibration: flag(
      'Read interviewer calibration (HR: everyone; a hiring manager: their jobs; an interviewer: their own)',
    ),
    readWaitingLists: flag(
      "Open Today's whole lists of candidates waiting too long or for an interview to be booked",
    ),
  })
  .describe('What the user may do outside any one job');

export const salaryAbilities = z
  .object({
    readSalaryExpectations: flag("Read the candidates' salary expectations and the job's band"),
    recordSalaryExpectation: flag('Record the salary a candidate expects'),
  })
  .describe('What the user may do with salary talk in this job');

export const jobAbilities = z
  .object({
    ...salaryAbilities.shape,
    edit: flag('Edit the job and its hiring team'),
    changeStatus: flag('Open or close the job'),
    addCandidates: flag('Apply candidates to the job'),
    moveCandidates: flag("Move the job's applications between stages"),
    overrideHrGate: flag('Skip the HR interview gate with a written reason (bulk moves too)'),
    sendEmail: flag('Send candidates a rejection or offer e-mail with a move'),
    screen: flag("Rank the job's applicants against its requirements"),
    readBoard: flag("Open the job's board of candidates"),
    editPlan: perStage('Change the interview plan'),
    compare: flag("Compare the job's candidates side by side"),
    schedule: perStage('Schedule interviews'),
    decide: perStage("Record the interview's verdict"),
  })
  .describe('What the user may do with this job');

export const applicationAbilities = z
  .object({
    moveTo: z
      .array(z.enum(stages))
      .describe('Stages the application may be moved to (with a reason where one is needed)'),
    rejectWith: z.array(z.enum(rejectionReasons)).describe('Rejection reasons the user may give'),
    overrideHrGate: flag('Skip the HR interview gate with a written reason'),
    sendEmail: flag('Send the candidate a rejection or offer e-mail with a move'),
  })
  .describe('What the user may do with this application');

export const offerAbilities = z
  .object({
    read: flag("Read the application's offers and their amounts"),
    draft: flag('Draft an offer (HR, at the Offer stage)'),
    approve: flag("Approve or reject the job's offers"),
    send: flag('Send offers to the candidate'),
  })
  .describe("What the user may do with this application's offers");

export const candidateAbilities = z
  .object({
    edit: flag("Edit the candidate's details and files"),
    attachCv: flag('Attach or replace the CV of a candidate added by hand (HR)'),
    addToJob: flag('Apply the candidate to a job'),
    merge: flag('Merge duplicate candidates'),
    manageTalentPool: flag('Invite to or remove from the talent pool'),
    handleDataRequests: flag("Export, correct or handle the candidate's data requests"),
    restrict: flag("Restrict the processing of the candidate's data"),
    erase: flag("Erase the candidate's personal data"),
    contactOnWhatsapp: flag('Open a WhatsApp chat with the candidate from a template'),
  })
  .describe('What the user may do with this candidate');

export const decisionAbilities = z
  .object({
    decide: perStage("Record the interview's verdict"),
    openKit: perStage("Open the interview's kit"),
  })
  .describe("What the user may do with this application's interview results");

export const interviewsAbilities = z
  .object({
    schedule: perStage('Schedule an interview'),
    sendEmail: flag('E-mail the candidate'),
    move: z
      .array(z.uuid())
      .describe(
        'The interviews the user may reschedule or cancel: booked, not held (completed, or begun with a scorecard in), of a stage they schedule',
      ),
    correct: z
      .array(z.uuid())
      .describe(
        'The records of held interviews (walk-ins) the user may correct or remove: at their stage still, of a stage they schedule',
      ),
    noShow: z
      .array(z.uuid())
      .describe(
        'The bookings the user may mark "candidate did not come": begun, no scorecard in, not a walk-in record, of a stage they schedule',
      ),
  })
  .describe("What the user may do with this application's interviews");
