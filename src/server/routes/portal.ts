import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { confirmAttendance } from '../../services/portal/confirm-attendance';
import { requestDataFromPortal } from '../../services/portal/request-data-from-portal';
import { withdrawByCandidate } from '../../services/portal/withdraw-by-candidate';
import { requestReschedule } from '../../services/portal/request-reschedule';
import { chooseLanguageInPortal } from '../../services/portal/portal-language';
import { openPortal } from '../../services/portal/open-portal';
import { publicCommandRoute, publicRoute } from '../route';
import {
  portalInterviewParams,
  portalDataRequestInput,
  portalDataRequestResult,
  portalLanguageInput,
  portalParams,
  portalView,
  rescheduleRequestInput,
  withdrawInput,
} from './portal.schema';

// The link is the candidate's only key: public routes, limited so a token cannot be guessed.
const perMinute = 30;

export const portalRoutes = (db: Database, mail: MailSettings) => [
  publicRoute(
    {
      method: 'GET',
      url: '/api/portal/:token',
      tag: 'portal',
      summary: "The candidate's view of their application (no account; the link is the key)",
      params: portalParams,
      response: portalView,
      perMinute,
    },
    async ({ params, actor }) => {
      const view = await openPortal(db, mail, params.token);
      return {
        ...view,
        viewedByStaff: actor !== undefined,
        nextInterview: view.nextInterview
          ? { ...view.nextInterview, startsAt: view.nextInterview.startsAt.toISOString() }
          : null,
        missedInterview: view.missedInterview
          ? { ...view.missedInterview, startsAt: view.missedInterview.startsAt.toISOString() }
          : null,
      };
    },
  ),
  publicCommandRoute(
    {
      method: 'POST',
      url: '/api/portal/:token/interviews/:interviewId/confirm',
      tag: 'portal',
      summary: 'The candidate confirms they will attend; the recruiter is told',
      params: portalInterviewParams,
      perMinute,
    },
    ({ params, actor }) => confirmAttendance(db, mail, params.token, params.interviewId, actor),
  ),
  publicCommandRoute(
    {
      method: 'POST',
      url: '/api/portal/:token/interviews/:interviewId/reschedule-request',
      tag: 'portal',
      summary: 'The candidate asks for another time, proposing up to three, with a reason',
      params: portalInterviewParams,
      body: rescheduleRequestInput,
      perMinute,
    },
    ({ params, body, actor }) =>
      requestReschedule(db, mail, params.token, params.interviewId, body, actor),
  ),
  publicRoute(
    {
      method: 'POST',
      url: '/api/portal/:token/data-requests',
      tag: 'portal',
      summary: 'The candidate asks for a copy of their data, a correction or erasure (UU PDP)',
      params: portalParams,
      body: portalDataRequestInput,
      response: portalDataRequestResult,
      status: 201,
      perMinute,
    },
    async ({ params, body, actor }) => {
      const { dueAt } = await requestDataFromPortal(db, mail, params.token, body.kind, actor);
      return { dueAt: dueAt.toISOString() };
    },
  ),
  publicCommandRoute(
    {
      method: 'POST',
      url: '/api/portal/:token/withdraw',
      tag: 'portal',
      summary: 'The candidate withdraws; upcoming interviews are cancelled and the recruiter told',
      params: portalParams,
      body: withdrawInput,
      perMinute,
    },
    ({ params, body, actor }) => withdrawByCandidate(db, mail, params.token, body.reason, actor),
  ),
  publicCommandRoute(
    {
      method: 'PUT',
      url: '/api/portal/:token/language',
      tag: 'portal',
      summary: "The candidate picks the portal's language; later e-mails to them are written in it",
      params: portalParams,
      body: portalLanguageInput,
      perMinute,
    },
    ({ params, body, actor }) => chooseLanguageInPortal(db, params.token, body.locale, actor),
  ),
];
