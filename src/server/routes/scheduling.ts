import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { sendCandidateEmail } from '../../services/email/candidate-email-service';
import { markRejectionTold } from '../../services/email/rejection-told-service';
import { renewPortalLink, revokePortalLink } from '../../services/portal/portal-link-management';
import { getApplicationInterviews } from '../../services/scheduling/application-interviews-service';
import { recordNoShow } from '../../services/scheduling/no-show-service';
import { cancelInterview } from '../../services/scheduling/cancel-interview';
import { rescheduleInterview } from '../../services/scheduling/reschedule-interview';
import { scheduleInterview } from '../../services/scheduling/schedule-interview';
import { presentApplicationInterviews, presentScheduled } from '../presenters/scheduling-presenter';
import { commandRoute, route } from '../route';
import { okSchema } from './common.schema';
import { decisionParams as applicationParams } from './decisions.schema';
import {
  applicationInterviews,
  cancelInput,
  candidateEmailInput,
  interview,
  interviewParams,
  noShowInput,
  portalLink,
  renewPortalLinkInput,
  rejectionToldInput,
  rescheduleInput,
  scheduleInput,
} from './scheduling.schema';

export const schedulingRoutes = (db: Database, mail: MailSettings) => [
  route(
    {
      method: 'GET',
      url: '/api/applications/:applicationId/interviews',
      tag: 'scheduling',
      summary: "The application's interviews with their history, its e-mail and its portal link",
      params: applicationParams,
      response: applicationInterviews,
    },
    async ({ actor, params }) =>
      presentApplicationInterviews(
        await getApplicationInterviews(db, mail, actor, params.applicationId),
      ),
  ),
  route(
    {
      method: 'POST',
      url: '/api/applications/:applicationId/interviews',
      tag: 'scheduling',
      summary:
        'Schedule the HR or user interview; invites the candidate and panel (409 on a double booking unless confirmed)',
      params: applicationParams,
      body: scheduleInput,
      response: interview,
      status: 201,
    },
    async ({ actor, params, body }) => {
      const { stage, ...input } = body;
      return presentScheduled(
        await scheduleInterview(db, mail, actor, params.applicationId, stage, input),
      );
    },
  ),
  route(
    {
      method: 'POST',
      url: '/api/interviews/:interviewId/reschedule',
      tag: 'scheduling',
      summary: 'Move an interview; everyone gets the updated calendar invitation',
      params: interviewParams,
      body: rescheduleInput,
      response: interview,
    },
    async ({ actor, params, body }) =>
      presentScheduled(await rescheduleInterview(db, mail, actor, params.interviewId, body)),
  ),
  route(
    {
      method: 'POST',
      url: '/api/interviews/:interviewId/cancel',
      tag: 'scheduling',
      summary: 'Cancel an interview with a reason; everyone gets the cancellation',
      params: interviewParams,
      body: cancelInput,
      response: interview,
    },
    async ({ actor, params, body }) =>
      presentScheduled(await cancelInterview(db, mail, actor, params.interviewId, body.reason)),
  ),
  route(
    {
      method: 'POST',
      url: '/api/interviews/:interviewId/no-show',
      tag: 'scheduling',
      summary:
        'Record that the candidate did not come (started, unscored); the panel is told no scorecard is needed',
      params: interviewParams,
      body: noShowInput,
      response: interview,
    },
    async ({ actor, params, body }) =>
      presentScheduled(await recordNoShow(db, mail, actor, params.interviewId, body)),
  ),
  route(
    {
      method: 'POST',
      url: '/api/applications/:applicationId/portal-link',
      tag: 'scheduling',
      summary:
        'Issue a new candidate portal link (HR); every link sent before stops working. With `current`, only if the link is still the one the page showed; with `emailCandidate`, the new link is e-mailed to the candidate in their language',
      params: applicationParams,
      body: renewPortalLinkInput,
      response: portalLink,
    },
    async ({ actor, params, body }) => ({
      portalUrl: await renewPortalLink(db, mail, actor, params.applicationId, {
        shown: body?.current,
        emailCandidate: body?.emailCandidate,
      }),
    }),
  ),
  commandRoute(
    {
      method: 'DELETE',
      url: '/api/applications/:applicationId/portal-link',
      tag: 'scheduling',
      summary: 'Revoke the candidate portal link (HR)',
      params: applicationParams,
    },
    ({ actor, params }) => revokePortalLink(db, actor, params.applicationId),
  ),
  route(
    {
      method: 'POST',
      url: '/api/applications/:applicationId/emails',
      tag: 'scheduling',
      summary: 'E-mail the candidate the rejection, offer or thank-you message (HR)',
      params: applicationParams,
      body: candidateEmailInput,
      response: okSchema,
      status: 201,
    },
    async ({ actor, params, body }) => {
      await sendCandidateEmail(db, mail, actor, params.applicationId, body.template);
      return { ok: true as const };
    },
  ),
  commandRoute(
    {
      method: 'POST',
      url: '/api/applications/:applicationId/rejection-told',
      tag: 'scheduling',
      summary:
        "Mark a hiring manager's rejection told to the candidate by phone or in person (HR); no e-mail",
      params: applicationParams,
      body: rejectionToldInput,
    },
    ({ actor, params, body }) => markRejectionTold(db, actor, params.applicationId, body.how),
  ),
];
