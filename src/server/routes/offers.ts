import type { z } from 'zod';
import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { changeOffer } from '../../services/offers/change-offer';
import { draftOffer } from '../../services/offers/draft-offer';
import { decideOffer, submitOffer } from '../../services/offers/offer-approval-service';
import { extendOffer, withdrawOffer } from '../../services/offers/offer-lifecycle';
import { readOfferList } from '../../services/offers/offer-list';
import { getOfferPage } from '../../services/offers/offer-page';
import { listOffers } from '../../services/offers/offer-service';
import type { OfferDetail } from '../../services/offers/offer-service';
import { sendOffer } from '../../services/offers/send-offer';
import type { Actor } from '../../services/actor';
import {
  presentApplicationOffers,
  presentOffer,
  presentOfferPage,
} from '../presenters/offer-presenter';
import { route, type RouteContext } from '../route';
import { applicationParams } from './applications.schema';
import { offerListPage, offerListQuery } from './offer-list.schema';
import {
  applicationOffers,
  offer,
  offerDecisionInput,
  offerExtensionInput,
  offerPage,
  offerParams,
  offerChangeInput,
  offerTerms,
} from './offers.schema';

export const offerRoutes = (db: Database, mail: MailSettings) => [
  route(
    {
      method: 'GET',
      url: '/api/offers',
      tag: 'offers',
      summary:
        "Offers, newest first, by status and job (HR and the named offer approver: every job's; a hiring manager: their jobs')",
      query: offerListQuery,
      response: offerListPage,
    },
    async ({ actor, query }) => {
      const { lines, total, jobs } = await readOfferList(db, actor, query);
      return {
        items: lines.map((line) => ({
          id: line.id,
          applicationId: line.applicationId,
          candidate: { id: line.candidateId, name: line.candidateName },
          job: { id: line.jobId, title: line.jobTitle },
          status: line.status,
          expired: line.expired,
          grossMonthlySalary: line.grossMonthlySalary,
          sentAt: line.sentAt?.toISOString() ?? null,
          answeredAt: line.answeredAt?.toISOString() ?? null,
          expiresOn: line.expiresOn,
          daysLeft: line.daysLeft,
          awaitingApprovers: line.awaitingApprovers,
        })),
        page: query.page,
        pageSize: query.pageSize,
        total,
        jobs,
      };
    },
  ),
  route(
    {
      method: 'GET',
      url: '/api/applications/:applicationId/offers',
      tag: 'offers',
      summary:
        "The application's offers with their versions and approvals (HR, hiring manager, approver)",
      params: applicationParams,
      response: applicationOffers,
    },
    async ({ actor, params }) =>
      presentApplicationOffers(await listOffers(db, actor, params.applicationId)),
  ),
  route(
    {
      method: 'POST',
      url: '/api/applications/:applicationId/offers',
      tag: 'offers',
      summary: 'Draft an offer for an application at the Offer stage (HR)',
      params: applicationParams,
      body: offerTerms,
      response: offer,
      status: 201,
    },
    async ({ actor, params, body }) =>
      presentOffer(await draftOffer(db, actor, params.applicationId, body)),
  ),
  route(
    {
      method: 'GET',
      url: '/api/offers/:offerId',
      tag: 'offers',
      summary:
        "One offer with its versions and approvals, the candidate's name, the job and its band (HR, hiring manager, approver)",
      params: offerParams,
      response: offerPage,
    },
    async ({ actor, params }) => presentOfferPage(await getOfferPage(db, actor, params.offerId)),
  ),
  offerStep(
    { method: 'PUT', url: '', summary: 'Change the offer: a new version, back to draft (HR)' },
    offerChangeInput,
    ({ actor, params, body: { expectedVersion, ...terms } }) =>
      changeOffer(db, actor, params.offerId, terms, expectedVersion),
  ),
  offerStep(
    { method: 'POST', url: '/submission', summary: 'Ask for approval of the current version (HR)' },
    undefined,
    ({ actor, params }) => submitOffer(db, mail, actor, params.offerId),
  ),
  offerStep(
    {
      method: 'POST',
      url: '/approvals',
      summary:
        "Approve or reject the current version, with why (the job's hiring manager or the approver)",
      status: 201,
    },
    offerDecisionInput,
    ({ actor, params, body }) => decideOffer(db, actor, params.offerId, body),
  ),
  offerStep(
    {
      method: 'POST',
      url: '/sending',
      summary: 'Send the offer to the candidate: e-mails their portal link (HR)',
    },
    undefined,
    ({ actor, params }) => sendOffer(db, mail, actor, params.offerId),
  ),
  offerStep(
    { method: 'PUT', url: '/expiry', summary: "Extend the offer's expiry date (HR)" },
    offerExtensionInput,
    ({ actor, params, body }) => extendOffer(db, mail, actor, params.offerId, body.expiresOn),
  ),
  offerStep(
    { method: 'POST', url: '/withdrawal', summary: 'Withdraw the offer (HR)' },
    undefined,
    ({ actor, params }) => withdrawOffer(db, mail, actor, params.offerId),
  ),
];

/**
 * A step in one offer's life (change, approval, sending, expiry, withdrawal): a route under
 * `/api/offers/:offerId` that answers with the offer as it now stands.
 */
function offerStep<B extends z.ZodType | undefined>(
  spec: { method: 'POST' | 'PUT'; url: string; summary: string; status?: number },
  body: B,
  step: (
    ctx: RouteContext<B, undefined, typeof offerParams> & { actor: Actor },
  ) => Promise<OfferDetail>,
) {
  return route(
    {
      ...spec,
      url: `/api/offers/:offerId${spec.url}`,
      tag: 'offers',
      params: offerParams,
      body,
      response: offer,
    },
    async (ctx) => presentOffer(await step(ctx)),
  );
}
