import type { MailSettings } from '../../config';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../db/database';
import type { OfferAnswerRow } from '../../db/queries/offer-answers';
import { answerOffer, type AnsweringClient } from '../../services/offers/answer-offer';
import { closeOtherApplications } from '../../services/offers/close-other-applications';
import { holdFirm, readOfferAnswers } from '../../services/offers/counter-reply';
import { openPortalOffer, portalOfferLetter } from '../../services/offers/portal-offer';
import { publicRoute, route } from '../route';
import { okSchema } from './common.schema';
import {
  acceptOfferInput,
  closedApplicationsResult,
  counterOfferInput,
  declineOfferInput,
  holdFirmInput,
  offerAnswerList,
  offerLetterQuery,
  offerParams,
  portalOffer,
  portalOfferParams,
} from './offer-answers.schema';

// The link is the candidate's only key: public routes, limited so a token cannot be guessed.
const perMinute = 30;

const clientOf = (request: FastifyRequest): AnsweringClient => ({
  ip: request.ip,
  userAgent: request.headers['user-agent'] ?? '',
});

export const offerAnswerRoutes = (db: Database, mail: MailSettings) => [
  publicRoute(
    {
      method: 'GET',
      url: '/api/portal/:token/offer',
      tag: 'portal',
      summary: 'The offer sent to the candidate, in plain terms, and their last answer',
      params: portalOfferParams,
      response: portalOffer,
      perMinute,
    },
    async ({ params }) => {
      const offer = await openPortalOffer(db, params.token);
      if (!offer) return { offer: null };
      const { lastAnswer } = offer;
      return {
        offer: {
          ...offer,
          lastAnswer: lastAnswer && {
            ...presentAnswer(lastAnswer),
            reply: lastAnswer.reply && {
              kind: lastAnswer.reply.kind,
              note: lastAnswer.reply.note,
              revisedVersion: lastAnswer.reply.revisedVersion,
              repliedAt: new Date(lastAnswer.reply.repliedAt).toISOString(),
            },
          },
        },
      };
    },
  ),
  publicRoute(
    {
      method: 'GET',
      url: '/api/portal/:token/offer/letter',
      tag: 'portal',
      summary:
        'The offer letter (PDF) of the version the candidate is answering, in the language asked or theirs',
      params: portalOfferParams,
      query: offerLetterQuery,
      response: z.instanceof(Buffer),
      produces: ['application/pdf'],
      perMinute,
    },
    async ({ params, query, reply }) => {
      const letter = await portalOfferLetter(db, mail, params.token, query.locale);
      reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${letter.fileName}"`)
        .header('cache-control', 'private, no-store');
      return Buffer.from(letter.content);
    },
  ),
  publicRoute(
    {
      method: 'POST',
      url: '/api/portal/:token/offer/accept',
      tag: 'portal',
      summary: 'The candidate accepts: typed full name and consent; the application becomes Hired',
      params: portalOfferParams,
      body: acceptOfferInput,
      response: okSchema,
      perMinute,
    },
    async ({ params, body, request, actor }) => {
      await answerOffer(
        db,
        mail,
        params.token,
        { kind: 'accept', ...body },
        clientOf(request),
        actor,
      );
      return { ok: true as const };
    },
  ),
  publicRoute(
    {
      method: 'POST',
      url: '/api/portal/:token/offer/decline',
      tag: 'portal',
      summary: 'The candidate declines, with an optional reason; the application becomes Rejected',
      params: portalOfferParams,
      body: declineOfferInput,
      response: okSchema,
      perMinute,
    },
    async ({ params, body, request, actor }) => {
      await answerOffer(
        db,
        mail,
        params.token,
        { kind: 'decline', ...body },
        clientOf(request),
        actor,
      );
      return { ok: true as const };
    },
  ),
  publicRoute(
    {
      method: 'POST',
      url: '/api/portal/:token/offer/counter',
      tag: 'portal',
      summary: 'The candidate asks for changes: an amount and/or a start date, and a note',
      params: portalOfferParams,
      body: counterOfferInput,
      response: okSchema,
      perMinute,
    },
    async ({ params, body, request, actor }) => {
      await answerOffer(
        db,
        mail,
        params.token,
        { kind: 'counter', ...body },
        clientOf(request),
        actor,
      );
      return { ok: true as const };
    },
  ),
  route(
    {
      method: 'GET',
      url: '/api/offers/:offerId/answers',
      tag: 'offers',
      summary: "The candidate's answers and HR's replies, in order (HR and the hiring manager)",
      params: offerParams,
      response: offerAnswerList,
    },
    async ({ params, actor }) => {
      const { answers, can, otherApplications } = await readOfferAnswers(db, actor, params.offerId);
      return {
        can,
        otherApplications,
        answers: answers.map((answer) => ({
          ...presentAnswer(answer),
          signedName: answer.signedName,
          reply: answer.reply && {
            kind: answer.reply.kind,
            note: answer.reply.note,
            revisedVersion: answer.reply.revisedVersion,
            repliedByName: answer.reply.repliedByName,
            repliedAt: new Date(answer.reply.repliedAt).toISOString(),
          },
        })),
      };
    },
  ),
  route(
    {
      method: 'POST',
      url: '/api/offers/:offerId/hold-firm',
      tag: 'offers',
      summary: 'HR keeps the offer as sent after a counter-proposal; the candidate is told (HR)',
      params: offerParams,
      body: holdFirmInput,
      response: okSchema,
    },
    async ({ params, body, actor }) => {
      await holdFirm(db, mail, actor, params.offerId, body.note);
      return { ok: true as const };
    },
  ),
  route(
    {
      method: 'POST',
      url: '/api/offers/:offerId/close-other-applications',
      tag: 'offers',
      summary: "After acceptance, HR confirms closing the candidate's other open applications (HR)",
      params: offerParams,
      response: closedApplicationsResult,
    },
    async ({ params, actor }) => closeOtherApplications(db, mail, actor, params.offerId),
  ),
];

function presentAnswer(answer: OfferAnswerRow) {
  return {
    id: answer.id,
    version: answer.version,
    kind: answer.kind,
    declineReason: answer.declineReason,
    counterSalary: answer.counterSalary,
    counterStartDate: answer.counterStartDate,
    note: answer.note,
    answeredAt: answer.answeredAt.toISOString(),
  };
}
