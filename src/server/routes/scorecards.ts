import type { Database } from '../../db/database';
import { getStageScorecards, saveScorecard } from '../../services/interviews/scorecard-service';
import { presentScorecard, presentStageScorecards } from '../presenters/scorecard-presenter';
import { route } from '../route';
import { interviewParams, scorecard, scorecardInput, stageScorecards } from './scorecards.schema';

export const scorecardRoutes = (db: Database) => [
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
      const { action, reason, expectedUpdatedAt, expectedStage, ...content } = body;
      const seen = { updatedAt: expectedUpdatedAt, stage: expectedStage };
      return presentScorecard(
        await saveScorecard(db, actor, params, action, content, reason, seen),
      );
    },
  ),
];
