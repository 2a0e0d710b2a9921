import type { Database } from '../../db/database';
import { getJobComparison } from '../../services/comparison-service';
import { decide, getDecisionSummary } from '../../services/decision-service';
import { getInterviewKit } from '../../services/interview-kit-service';
import { getInterviewPlan, updateInterviewPlan } from '../../services/interview-plan-service';
import {
  createQuestion,
  listQuestions,
  updateQuestion,
} from '../../services/question-bank-service';
import { getStageScorecards, saveScorecard } from '../../services/scorecard-service';
import { getStageTemplates, updateStageTemplate } from '../../services/stage-template-service';
import {
  presentDecision,
  presentKit,
  presentQuestion,
  presentScorecard,
  presentStageScorecards,
} from '../presenters/interview-presenter';
import { route } from '../route';
import { jobParams } from './jobs.schema';
import {
  decisionInput,
  decisionParams,
  decisionSummary,
  interviewKit,
  interviewParams,
  interviewPlanInput,
  jobComparison,
  jobInterviewPlan,
  question,
  questionInput,
  questionList,
  questionListQuery,
  questionParams,
  scorecard,
  scorecardInput,
  stageScorecards,
  stageTemplateInput,
  stageTemplateParams,
  stageTemplates,
} from './interviews.schema';
import type { DecisionSummary } from '../../services/decision-service';

const presentSummary = (summary: DecisionSummary) => ({
  ...summary,
  decisions: summary.decisions.map(presentDecision),
});

export const interviewRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/stage-templates',
      tag: 'interview-plans',
      summary: 'The HR and user interview stage templates',
      response: stageTemplates,
    },
    async () => getStageTemplates(db),
  ),
  route(
    {
      method: 'PUT',
      url: '/api/stage-templates/:stage',
      tag: 'interview-plans',
      summary: 'Edit a stage template (admins)',
      params: stageTemplateParams,
      body: stageTemplateInput,
      response: stageTemplates,
    },
    async ({ actor, params, body }) => updateStageTemplate(db, actor, params.stage, body),
  ),
  route(
    {
      method: 'GET',
      url: '/api/questions',
      tag: 'question-bank',
      summary: 'Search and filter the question bank',
      query: questionListQuery,
      response: questionList,
    },
    async ({ actor, query }) => ({
      items: (await listQuestions(db, actor, { ...query, text: query.q })).map(presentQuestion),
    }),
  ),
  route(
    {
      method: 'POST',
      url: '/api/questions',
      tag: 'question-bank',
      summary: 'Add a question to the bank (HR)',
      body: questionInput,
      response: question,
      status: 201,
    },
    async ({ actor, body }) => presentQuestion(await createQuestion(db, actor, body)),
  ),
  route(
    {
      method: 'PUT',
      url: '/api/questions/:questionId',
      tag: 'question-bank',
      summary: 'Edit a question (HR)',
      params: questionParams,
      body: questionInput,
      response: question,
    },
    async ({ actor, params, body }) =>
      presentQuestion(await updateQuestion(db, actor, params.questionId, body)),
  ),
  route(
    {
      method: 'GET',
      url: '/api/jobs/:jobId/interview-plan',
      tag: 'interview-plans',
      summary: "The job's interview plan (built from the templates until saved)",
      params: jobParams,
      response: jobInterviewPlan,
    },
    async ({ actor, params }) => getInterviewPlan(db, actor, params.jobId),
  ),
  route(
    {
      method: 'PUT',
      url: '/api/jobs/:jobId/interview-plan',
      tag: 'interview-plans',
      summary: "Save the job's interview plan (HR and the hiring manager)",
      params: jobParams,
      body: interviewPlanInput,
      response: jobInterviewPlan,
    },
    async ({ actor, params, body }) =>
      updateInterviewPlan(db, actor, params.jobId, {
        hr: { ...body.hr, stage: 'hr' },
        user: { ...body.user, stage: 'user' },
      }),
  ),
  route(
    {
      method: 'GET',
      url: '/api/applications/:applicationId/interviews/:stage/kit',
      tag: 'interviews',
      summary: 'The interview kit: purpose, candidate, questions with guidance, own scorecard',
      params: interviewParams,
      response: interviewKit,
    },
    async ({ actor, params }) =>
      presentKit(await getInterviewKit(db, actor, params.applicationId, params.stage)),
  ),
  route(
    {
      method: 'GET',
      url: '/api/applications/:applicationId/interviews/:stage/scorecards',
      tag: 'scorecards',
      summary: "An interview's scorecards; others' only after submitting one's own",
      params: interviewParams,
      response: stageScorecards,
    },
    async ({ actor, params }) =>
      presentStageScorecards(
        await getStageScorecards(db, actor, params.applicationId, params.stage),
      ),
  ),
  route(
    {
      method: 'PUT',
      url: '/api/applications/:applicationId/interviews/:stage/scorecard',
      tag: 'scorecards',
      summary: 'Save a draft, submit, or amend (with a reason) your own scorecard',
      params: interviewParams,
      body: scorecardInput,
      response: scorecard,
    },
    async ({ actor, params, body }) => {
      const { action, reason, ...content } = body;
      return presentScorecard(await saveScorecard(db, actor, params, action, content, reason));
    },
  ),
  route(
    {
      method: 'GET',
      url: '/api/applications/:applicationId/decisions',
      tag: 'decisions',
      summary: 'Scores per stage, the combined score, conflicts and the decisions made',
      params: decisionParams,
      response: decisionSummary,
    },
    async ({ actor, params }) =>
      presentSummary(await getDecisionSummary(db, actor, params.applicationId)),
  ),
  route(
    {
      method: 'POST',
      url: '/api/applications/:applicationId/decisions',
      tag: 'decisions',
      summary: 'Decide an interview stage: advance, reject or hold, with a rationale',
      params: decisionParams,
      body: decisionInput,
      response: decisionSummary,
      status: 201,
    },
    async ({ actor, params, body }) =>
      presentSummary(await decide(db, actor, params.applicationId, body)),
  ),
  route(
    {
      method: 'GET',
      url: '/api/jobs/:jobId/comparison',
      tag: 'decisions',
      summary: "The job's candidates side by side with HR and user scores",
      params: jobParams,
      response: jobComparison,
    },
    async ({ actor, params }) => {
      const comparison = await getJobComparison(db, actor, params.jobId);
      return {
        ...comparison,
        rows: comparison.rows.map((row) => ({
          ...row,
          latestDecision: row.latestDecision && presentDecision(row.latestDecision),
        })),
      };
    },
  ),
];
