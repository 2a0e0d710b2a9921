import type { Database } from '../../db/database';
import { listJobs } from '../../db/queries/jobs';
import { listQuestions, type QuestionRow } from '../../db/queries/questions';
import { analyzeAnswer } from '../../domain/coach/analyze-answer';
import type { AnswerAnalysis, AnswerInput } from '../../domain/coach/answer-analysis';
import { buildFeedback, type AnswerFeedback } from '../../domain/coach/feedback';
import { distinctTerms } from '../../domain/job';
import type { InterviewStage } from '../../domain/interview';
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
    terms: distinctTerms([...job.requiredSkills, ...job.tools]),
  }));
}

/**
 * The bank's questions for a stage; for an open job, the ones for its role come first, leaving
 * out the questions the job's own interview kits will ask: practice prepares the candidate, it
 * does not hand them the interview.
 */
export async function listPracticeQuestions(
  db: Database,
  filter: { stage: InterviewStage; jobId?: string | undefined },
): Promise<QuestionRow[]> {
  const bank = await listQuestions(db, { stage: filter.stage });
  if (!filter.jobId) return bank.filter((q) => q.roles.length === 0);
  const job = (await listJobs(db, { status: 'open' })).find((row) => row.id === filter.jobId);
  if (!job) throw new NotFound('Job');
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
