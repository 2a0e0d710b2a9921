import type { MailSettings } from '../../config';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../db/database';
import type { OfferAnswerRow } from '../../db/queries/offer-answers';
import type { OfferAnswerInput } from '../../domain/offers/offer-answer';
import { answerOffer, type AnsweringClient } from '../../services/offers/answer-offer';
import { closeOtherApplications } from '../../services/offers/close-other-applications';
import { holdFirm, readOfferAnswers } from '../../services/offers/counter-reply';
import { openPortalOffer, portalOfferLetter } from '../../services/offers/portal-offer';
import { recordOfferAnswer } from '../../services/offers/record-offer-answer';
import { commandRoute, publicRoute, route } from '../route';
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
  recordedAnswerInput,
} from './offer-answers.schema';

// The link is the candidate's only key: public routes, limited so a token cannot be guessed.
const perMinute = 30;

type AnswerBody<K extends OfferAnswerInput['kind']> = Omit<
  Extract<OfferAnswerInput, { kind: K }>,
  'kind'
>;

const clientOf = (request: FastifyRequest): AnsweringClient => ({
  ip: request.ip,
  userAgent: request.headers['user-agent'] ?? '',
});

export const offerAnswerRoutes = (db: Database, mail: MailSettings) => {
  /** The three answers share one shape: the link, the body of their kind, one use case. */
  const answerRoute = <K extends OfferAnswerInput['kind']>(
    kind: K,
    body: z.ZodType<AnswerBody<K>>,
    summary: string,
  ) =>
    publicRoute(
      {
        method: 'POST',
        url: `/api/portal/:token/offer/${kind}`,
        tag: 'portal',
        summary,
        params: portalOfferParams,
        body,
        response: okSchema,
        perMinute,
      },
      async ({ params, body: answer, request, actor }) => {
        await answerOffer(
          db,
          mail,
          params.token,
          // The schema typed the body for this kind; TypeScript cannot narrow a generic spread.
          { kind, ...answer } as Extract<OfferAnswerInput, { kind: K }>,
          clientOf(request),
          actor,
        );
        return { ok: true as const };
      },
    );
  return [
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
              reply: lastAnswer.reply && presentReply(lastAnswer.reply),
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
    answerRoute(
      'accept',
      acceptOfferInput,
      'The candidate accepts: typed full name and consent; the application becomes Hired',
    ),
    answerRoute(
      'decline',
      declineOfferInput,
      'The candidate declines, with an optional reason; the application becomes Rejected',
    ),
    answerRoute(
      'counter',
      counterOfferInput,
      'The candidate asks for changes: an amount and/or a start date, and a note',
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
        const { answers, can, otherApplications } = await readOfferAnswers(
          db,
          actor,
          params.offerId,
        );
        return {
          can,
          otherApplications,
          answers: answers.map((answer) => ({
            ...presentAnswer(answer),
            signedName: answer.signedName,
            recordedByName: answer.given?.recordedByName ?? null,
            reply: answer.reply && {
              ...presentReply(answer.reply),
              repliedByName: answer.reply.repliedByName,
            },
          })),
        };
      },
    ),
    commandRoute(
      {
        method: 'POST',
        url: '/api/offers/:offerId/hold-firm',
        tag: 'offers',
        summary: 'HR keeps the offer as sent after a counter-proposal; the candidate is told (HR)',
        params: offerParams,
        body: holdFirmInput,
      },
      ({ params, body, actor }) => holdFirm(db, mail, actor, params.offerId, body.note),
    ),
    commandRoute(
      {
        method: 'POST',
        url: '/api/offers/:offerId/answer-given',
        tag: 'offers',
        summary:
          'HR records the answer the candidate gave outside the portal (phone, signed letter, e-mail, in person); it stands as if given in the portal (HR)',
        params: offerParams,
        body: recordedAnswerInput,
      },
      ({ params, body: { kind, reason, ...given }, actor }) =>
        recordOfferAnswer(
          db,
          mail,
          actor,
          params.offerId,
          kind === 'accept' ? { kind, ...given } : { kind, reason, ...given },
        ),
    ),
    route(
      {
        method: 'POST',
        url: '/api/offers/:offerId/close-other-applications',
        tag: 'offers',
        summary:
          "After acceptance, HR confirms closing the candidate's other open applications (HR)",
        params: offerParams,
        response: closedApplicationsResult,
      },
      async ({ params, actor }) => closeOtherApplications(db, mail, actor, params.offerId),
    ),
  ];
};

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
    givenOn: answer.given?.on ?? null,
    givenVia: answer.given?.via ?? null,
  };
}

function presentReply(reply: NonNullable<OfferAnswerRow['reply']>) {
  return {
    kind: reply.kind,
    note: reply.note,
    revisedVersion: reply.revisedVersion,
    repliedAt: new Date(reply.repliedAt).toISOString(),
  };
}
