import type { Database } from '../../db/database';
import {
  correctHeldInterview,
  recordHeldInterview,
  removeHeldInterview,
} from '../../services/scheduling/held-interview-service';
import { presentScheduled } from '../presenters/scheduling-presenter';
import { commandRoute, route } from '../route';
import { decisionParams as applicationParams } from './decisions.schema';
import { heldInterviewCorrection, heldInterviewInput } from './held-interviews.schema';
import { interview, interviewParams } from './scheduling.schema';

/**
 * A sibling of booking (POST …/interviews) rather than a `held` flag on it: a record takes a past
 * time, an optional place and notes, and no language or double-booking confirmation, and it sends
 * nothing; one body with two sets of rules would blur both contracts.
 */
export const heldInterviewRoutes = (db: Database) => [
  route(
    {
      method: 'POST',
      url: '/api/applications/:applicationId/held-interviews',
      tag: 'scheduling',
      summary:
        'Record an HR or user interview that already took place (a walk-in); nobody is e-mailed',
      params: applicationParams,
      body: heldInterviewInput,
      response: interview,
      status: 201,
    },
    async ({ actor, params, body }) => {
      const { stage, ...input } = body;
      return presentScheduled(
        await recordHeldInterview(db, actor, params.applicationId, stage, input),
      );
    },
  ),
  route(
    {
      method: 'PUT',
      url: '/api/interviews/:interviewId/record',
      tag: 'scheduling',
      summary:
        'Correct the record of a held interview (time, length, panel, place); nobody is e-mailed',
      params: interviewParams,
      body: heldInterviewCorrection,
      response: interview,
    },
    async ({ actor, params, body }) =>
      presentScheduled(await correctHeldInterview(db, actor, params.interviewId, body)),
  ),
  commandRoute(
    {
      method: 'DELETE',
      url: '/api/interviews/:interviewId/record',
      tag: 'scheduling',
      summary:
        'Remove a held-interview record made by mistake (none scored yet); nobody is e-mailed',
      params: interviewParams,
    },
    ({ actor, params }) => removeHeldInterview(db, actor, params.interviewId),
  ),
];
