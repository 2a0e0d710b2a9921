import type { Database } from '../../db/database';
import {
  analyzePracticeAnswer,
  listPracticeJobs,
  listPracticeQuestionsWithJobFocus,
} from '../../services/practice/coach-service';
import { publicRoute } from '../route';
import {
  analyzeInput,
  analyzeResult,
  practiceJobs,
  practiceQuestions,
  practiceQuestionsQuery,
} from './coach.schema';

export const coachRoutes = (db: Database) => [
  publicRoute(
    {
      method: 'POST',
      url: '/api/coach/analyze',
      tag: 'coach',
      summary:
        'Analyse a practice answer: labels with evidence, metrics and stage-aware feedback (nothing is stored)',
      body: analyzeInput,
      response: analyzeResult,
      bodyLimit: 64 * 1024,
      perMinute: 60,
    },
    async ({ body }) =>
      analyzePracticeAnswer({
        language: body.language,
        stage: body.stage,
        question: body.question,
        answer: body.answer,
        jobTerms: body.jobTerms,
      }),
  ),
  publicRoute(
    {
      method: 'GET',
      url: '/api/coach/jobs',
      tag: 'coach',
      summary: 'Open jobs to practise for, with their key terms',
      response: practiceJobs,
      perMinute: 120,
    },
    async () => ({ items: await listPracticeJobs(db) }),
  ),
  publicRoute(
    {
      method: 'GET',
      url: '/api/coach/questions',
      tag: 'coach',
      summary:
        'Practice questions for a stage; for a job, also ones written from its key terms (never its interview kits)',
      query: practiceQuestionsQuery,
      response: practiceQuestions,
      perMinute: 120,
    },
    async ({ query }) => ({ items: await listPracticeQuestionsWithJobFocus(db, query) }),
  ),
];
