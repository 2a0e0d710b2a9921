import type { Database } from '../../db/database';
import { type JobRow, listJobs } from '../../db/queries/jobs';
import { listQuestions, type QuestionRow } from '../../db/queries/questions';
import { analyzeAnswer } from '../../domain/coach/analyze-answer';
import type { AnswerAnalysis, AnswerInput } from '../../domain/coach/answer-analysis';
import { buildFeedback, type AnswerFeedback } from '../../domain/coach/feedback';
import { distinctTerms } from '../../domain/job';
import type {
  Bilingual,
  FocusAttribute,
  InterviewStage,
  QuestionType,
} from '../../domain/interview';
import { jobFocusQuestions } from '../../domain/question-bank/job-focus-questions';
import { questionRolesForJob } from '../../domain/question-bank/suggest-questions';
import { NotFound } from '../errors';
import { planOfJob } from '../interview-plans/interview-plan-service';

/** Public use cases of the practice coach: no account, nothing stored on the server. */
export function analyzePracticeAnswer(input: AnswerInput): {
  analysis: AnswerAnalysis;
  feedback: AnswerFeedback;
} {
  const analysis = analyzeAnswer(input);
  return { analysis, feedback: buildFeedback(analysis, input) };
}

/** What a job seeker may practise with: the job's required skills, then its tools. */
const termsOfJob = (job: { requiredSkills: string[]; tools: string[] }) =>
  distinctTerms([...job.requiredSkills, ...job.tools]);

export interface PracticeJob {
  id: string;
  title: string;
  department: string;
  terms: string[];
}

/** Open jobs, with only what a job seeker may see: title, department and the terms to practise. */
export async function listPracticeJobs(db: Database): Promise<PracticeJob[]> {
  const jobs = await listJobs(db, { status: 'open' });
  return jobs.map((job) => ({
    id: job.id,
    title: job.title,
    department: job.department,
    terms: termsOfJob(job),
  }));
}

/** A question to practise: from the bank (with its id) or written from the job's key terms. */
export interface PracticeQuestion {
  id: string | null;
  text: Bilingual;
  attribute: FocusAttribute;
  type: QuestionType;
  /** The job's terms a written question was built from; empty for the bank's questions. */
  jobTerms: string[];
}

const fromBank = ({ id, text, attribute, type }: QuestionRow): PracticeQuestion => ({
  id,
  text,
  attribute,
  type,
  jobTerms: [],
});

/**
 * The bank's questions for a stage; for an open job, the ones for its role come first, leaving
 * out the questions the job's own interview kits will ask: practice prepares the candidate, it
 * does not hand them the interview.
 */
export async function listPracticeQuestions(
  db: Database,
  filter: { stage: InterviewStage; jobId?: string | undefined },
): Promise<QuestionRow[]> {
  if (!filter.jobId) {
    const bank = await listQuestions(db, { stage: filter.stage });
    return bank.filter((q) => q.roles.length === 0);
  }
  return bankQuestionsForJob(db, filter.stage, await findOpenJob(db, filter.jobId));
}

async function bankQuestionsForJob(
  db: Database,
  stage: InterviewStage,
  job: JobRow,
): Promise<QuestionRow[]> {
  const bank = await listQuestions(db, { stage });
  const { plan } = await planOfJob(db, job);
  const inKits = new Set(
    [...plan.hr.questions, ...plan.user.questions].flatMap((question) =>
      'questionId' in question ? [question.questionId] : [],
    ),
  );
  const questions = bank.filter((question) => !inKits.has(question.id));
  const roles = questionRolesForJob(job);
  const forRole = questions.filter((q) => q.roles.some((role) => roles.includes(role)));
  return [...forRole, ...questions.filter((q) => q.roles.length === 0)];
}

/**
 * What the practice page offers: the bank's practice questions and, at the user interview for
 * a job, first the questions written from the job's key terms (its area, not its kits).
 */
export async function listPracticeQuestionsWithJobFocus(
  db: Database,
  filter: { stage: InterviewStage; jobId?: string | undefined },
): Promise<PracticeQuestion[]> {
  if (!filter.jobId) return (await listPracticeQuestions(db, filter)).map(fromBank);
  return practiceQuestionsOfJob(db, filter.stage, await findOpenJob(db, filter.jobId));
}

/**
 * The practice questions for one job, whatever its status: the public coach offers open jobs
 * only, while a candidate's portal prepares them for the job they applied to, which may have
 * closed to new applicants since.
 */
export async function practiceQuestionsOfJob(
  db: Database,
  stage: InterviewStage,
  job: JobRow,
): Promise<PracticeQuestion[]> {
  const bank = (await bankQuestionsForJob(db, stage, job)).map(fromBank);
  if (stage !== 'user') return bank;
  const written = jobFocusQuestions({ title: job.title, terms: termsOfJob(job) });
  return [...written.map((question) => ({ id: null, ...question })), ...bank];
}

async function findOpenJob(db: Database, jobId: string) {
  const job = (await listJobs(db, { status: 'open' })).find((row) => row.id === jobId);
  if (!job) throw new NotFound('Job');
  return job;
}
