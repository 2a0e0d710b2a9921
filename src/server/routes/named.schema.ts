import { z } from 'zod';
import { application } from './applications.schema';
import { session } from './auth.schema';
import { candidateDetail, cvFile } from './candidates.schema';
import { publicJob } from './careers.schema';
import { okSchema } from './common.schema';
import { decision, decisionSummary, stageSummary } from './decisions.schema';
import { emailTemplate } from './email.schema';
import { jobInterviewPlan } from './interview-plans.schema';
import { job } from './jobs.schema';
import { dataRequest } from './privacy.schema';
import { question } from './questions.schema';
import { emailMessage, interview, interviewEvent } from './scheduling.schema';
import { scorecard } from './scorecards.schema';
import { screening } from './screening.schema';
import { securitySettings, twoFactorStatus } from './security.schema';
import { invitation, managedUser, passwordLink } from './user-admin.schema';

/**
 * The shared schemas the OpenAPI document names: each becomes a `components.schemas` entry that
 * operations `$ref`, and a named type in the web's generated client. This is zod's `.meta({ id })`
 * (the same global registry), kept in one list so naming a schema does not re-indent its file.
 * Name a schema here when more than one route answers with it.
 */
export const namedSchemas: Record<string, z.ZodType> = {
  Application: application,
  CandidateDetail: candidateDetail,
  CvFile: cvFile,
  DataRequest: dataRequest,
  Decision: decision,
  DecisionSummary: decisionSummary,
  EmailMessage: emailMessage,
  EmailTemplate: emailTemplate,
  Interview: interview,
  InterviewEvent: interviewEvent,
  Invitation: invitation,
  Job: job,
  JobInterviewPlan: jobInterviewPlan,
  ManagedUser: managedUser,
  Ok: okSchema,
  PasswordLink: passwordLink,
  PublicJob: publicJob,
  Question: question,
  Scorecard: scorecard,
  Screening: screening,
  SecuritySettings: securitySettings,
  Session: session,
  StageSummary: stageSummary,
  TwoFactorStatus: twoFactorStatus,
};

for (const [id, schema] of Object.entries(namedSchemas)) {
  if (!z.globalRegistry.has(schema)) z.globalRegistry.add(schema, { id });
}
