import { z } from 'zod';
import { workModes } from '../../domain/job';
import { locales } from '../../domain/locale';
import {
  counterReplyKinds,
  offerAnswerKinds,
  offerDeclineReasons,
  portalOfferStates,
} from '../../domain/offers/offer-answer';
import { answerChannels, recordedAnswerKinds } from '../../domain/offers/offer-answer-recorded';
import { contractTypes } from '../../domain/offers/offer-terms';
import { daySchema, idSchema, text, timestampSchema } from './common.schema';
import { portalParams } from './portal.schema';

export const offerParams = z.object({ offerId: idSchema });
export { portalParams as portalOfferParams };

/** The letter in the language the candidate reads the portal in; their saved language otherwise. */
export const offerLetterQuery = z.object({ locale: z.enum(locales).optional() });

export const acceptOfferInput = z.object({
  /** The candidate's full name, typed as their signature (compared without case or spacing). */
  signedName: text(200, 1),
  consent: z.boolean({ error: 'Tick the box to accept.' }),
});
export const declineOfferInput = z.object({
  reason: z.enum(offerDeclineReasons).nullable().default(null),
  note: text(1000).default(''),
});
/**
 * A counter-proposal takes the amount and the date as typed too, so that its rules name every
 * slip at once (an amount that reads as none beside a date that reads as none).
 */
export const counterOfferInput = z.object({
  grossMonthlySalary: z
    .union([z.number(), z.string().max(100, { error: 'At most 100 characters.' })])
    .nullable()
    .default(null)
    .describe(
      'Gross per month: whole rupiah, or as typed (`17,5 juta`, `Rp 17.500.000`); unreadable text is refused naming the field',
    ),
  startDate: z
    .string()
    .max(40, { error: 'At most 40 characters.' })
    .nullable()
    .default(null)
    .describe('YYYY-MM-DD; other text is refused as invalid_date beside the other problems'),
  note: text(1000).default(''),
});
export const holdFirmInput = z.object({ note: text(1000).default('') });
/** The candidate's answer given outside the portal, as HR records it on the offer. */
export const recordedAnswerInput = z.object({
  kind: z.enum(recordedAnswerKinds).describe('Whether the candidate accepted or declined'),
  givenOn: daySchema.describe(
    'The day (Asia/Jakarta) the candidate gave the answer: not in the future, not before the offer was sent',
  ),
  givenVia: z
    .enum(answerChannels)
    .describe('How the candidate gave it: by phone, a signed letter, an e-mail or in person'),
  reason: z
    .enum(offerDeclineReasons)
    .nullable()
    .default(null)
    .describe('For a decline: why, if the candidate said; ignored for an acceptance'),
  note: text(1000)
    .default('')
    .describe("HR's note, e.g. where the signed letter is kept (a file name or reference)"),
  expectedVersion: z
    .number()
    .int()
    .min(1)
    .describe(
      'The version HR saw when recording; if a newer one exists, 409 edited_elsewhere and nothing is saved',
    ),
});
export const closedApplicationsResult = z.object({ closed: z.number().int() });

const counterReply = z.object({
  kind: z.enum(counterReplyKinds),
  note: z.string(),
  revisedVersion: z.number().int().nullable(),
  repliedAt: timestampSchema,
});

const offerAnswerBase = {
  id: idSchema,
  version: z.number().int(),
  kind: z.enum(offerAnswerKinds),
  declineReason: z.enum(offerDeclineReasons).nullable(),
  counterSalary: z.number().int().nullable(),
  counterStartDate: daySchema.nullable(),
  note: z.string(),
  answeredAt: timestampSchema,
  givenOn: daySchema
    .nullable()
    .describe('Set when the candidate gave the answer outside the portal and HR recorded it'),
  givenVia: z.enum(answerChannels).nullable(),
};

/** One answer as the candidate reads it back in the portal. */
export const portalOfferAnswer = z.object({ ...offerAnswerBase, reply: counterReply.nullable() });

/** One answer as HR and the hiring manager read it, with the name typed and who replied. */
export const offerAnswer = z.object({
  ...offerAnswerBase,
  signedName: z.string().nullable(),
  recordedByName: z
    .string()
    .nullable()
    .describe('Who in HR recorded an answer given outside the portal'),
  reply: counterReply.extend({ repliedByName: z.string().nullable() }).nullable(),
});
export const offerAnswerList = z.object({
  answers: z.array(offerAnswer),
  can: z.object({ holdFirm: z.boolean(), closeOtherApplications: z.boolean() }),
  /** The candidate's other open applications closing would withdraw (only while it may). */
  otherApplications: z.array(
    z.object({ applicationId: idSchema, jobTitle: z.string(), stage: z.string() }),
  ),
});

export const portalOfferTerms = z.object({
  version: z.number().int(),
  jobTitle: z.string(),
  contractType: z.enum(contractTypes),
  contractMonths: z.number().int().nullable(),
  probationMonths: z.number().int(),
  grossMonthlySalary: z.number().int(),
  allowances: z.array(z.object({ name: z.string(), monthlyAmount: z.number().int() })),
  benefits: z.array(z.string()),
  thr: z.boolean(),
  bpjsKesehatan: z.boolean(),
  bpjsKetenagakerjaan: z.boolean(),
  workingDays: z.string(),
  workingHours: z.string(),
  workLocation: z.string(),
  workMode: z.enum(workModes),
  startDate: daySchema,
  expiresOn: daySchema,
  note: z.string(),
});

export const portalOffer = z.object({
  offer: z
    .object({
      id: idSchema,
      state: z.enum(portalOfferStates),
      terms: portalOfferTerms.nullable(),
      lastAnswer: portalOfferAnswer.nullable(),
    })
    .nullable(),
});
export type PortalOfferOutput = z.infer<typeof portalOffer>;
