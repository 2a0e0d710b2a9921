import { z } from 'zod';
import { workModes } from '../../domain/job';
import { salaryBases, salaryExpectationSources } from '../../domain/salary';
import { approvalReasons } from '../../domain/offers/offer-approval';
import {
  approvalDecisions,
  offerStatuses,
  offerVersionReasons,
} from '../../domain/offers/offer-status';
import { revisableTerms } from '../../domain/offers/offer-revision';
import { contractTypes } from '../../domain/offers/offer-terms';
import { minimumWageKinds } from '../../domain/offers/minimum-wage';
import { offerAbilities } from './abilities.schema';
import { daySchema, idSchema, text, timestampSchema } from './common.schema';

/** Whole rupiah per month; the domain refuses negative and absurd amounts with field errors. */
const rupiah = z.number().int({ error: 'Whole rupiah only.' });
/**
 * A number of the terms the form may leave empty (sent as null): it passes the schema as NaN, so
 * that the offer's rules name it `required` beside every other problem of the terms at once.
 */
const termsNumber = (number: z.ZodNumber) =>
  number
    .nullable()
    .transform((value) => value ?? Number.NaN)
    .describe('Null (left empty) is refused as required with the other problems');
const flag = (description: string) => z.boolean().describe(description);

/**
 * A date of the terms: `YYYY-MM-DD`. Other text passes the schema so that the offer's rules name
 * it (invalid_date) beside every other problem of the terms in one answer, not alone before them.
 */
const termsDay = z
  .string()
  .max(40, { error: 'Use a date as YYYY-MM-DD, e.g. 2026-01-31.' })
  .describe('YYYY-MM-DD; other text is refused as invalid_date with the other problems');

export const offerParams = z.object({ offerId: idSchema });

export const allowance = z.object({ name: text(80), monthlyAmount: rupiah });

/** An offer's terms as stored and shown. */
const storedTerms = z.object({
  jobTitle: text(150),
  contractType: z.enum(contractTypes).describe('pkwtt: permanent; pkwt: fixed-term'),
  contractMonths: z
    .number()
    .int()
    .nullable()
    .describe("The fixed-term contract's length in months (PKWT only; null for PKWTT)"),
  probationMonths: z.number().int().describe('0-3 on PKWTT; 0 on PKWT'),
  grossMonthlySalary: rupiah,
  allowances: z.array(allowance).max(20, { error: 'At most 20 allowances.' }),
  benefits: z.array(text(200)).max(20, { error: 'At most 20 benefits.' }),
  thr: z.boolean(),
  bpjsKesehatan: z.boolean(),
  bpjsKetenagakerjaan: z.boolean(),
  workingDays: text(100),
  workingHours: text(100),
  workLocation: text(200),
  workMode: z.enum(workModes),
  startDate: termsDay,
  expiresOn: termsDay,
  note: text(2000),
});

/** What HR writes in an offer (a draft, or a new version of it); the form may leave numbers empty. */
export const offerTerms = storedTerms.extend({
  probationMonths: termsNumber(z.number().int().describe('0-3 on PKWTT; 0 on PKWT')),
  grossMonthlySalary: termsNumber(rupiah),
});
export type OfferTermsInput = z.infer<typeof offerTerms>;

/** A change: the new terms, and the version the form was opened at. */
export const offerChangeInput = offerTerms.extend({
  expectedVersion: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe(
      'The current version when the form was opened; if a newer one exists, 409 edited_elsewhere and nothing is saved',
    ),
});

export const offerVersion = storedTerms.extend({
  version: z.number().int(),
  offerDate: daySchema,
  reason: z.enum(offerVersionReasons),
  createdByName: z.string().nullable(),
  createdAt: timestampSchema,
  changedTerms: z
    .array(z.enum(revisableTerms))
    .describe(
      'What this version changed from the one before, in letter order (empty for the first)',
    ),
});

export const offerApproval = z.object({
  id: idSchema,
  version: z.number().int(),
  approverId: idSchema,
  approverName: z.string(),
  decision: z.enum(approvalDecisions),
  reason: z.string(),
  decidedAt: timestampSchema,
});

export const offer = z.object({
  id: idSchema,
  applicationId: idSchema,
  candidateId: idSchema,
  jobId: idSchema,
  status: z.enum(offerStatuses),
  currentVersion: z.number().int(),
  current: offerVersion,
  versions: z.array(offerVersion).describe('Every version, oldest first'),
  approvals: z.array(offerApproval).describe('Every approval or rejection, oldest first'),
  approvalNeeded: z.boolean().describe('The current version needs approval before it is sent'),
  approvalReasons: z.array(z.enum(approvalReasons)),
  expired: z.boolean().describe("The current version's expiry date has passed"),
  sentAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  can: z
    .object({
      change: flag('Change the terms (a new version)'),
      submit: flag('Ask for approval'),
      approve: flag('Approve the current version'),
      reject: flag('Reject the current version, with a reason'),
      send: flag('Send the offer to the candidate'),
      extend: flag('Extend the expiry date'),
      withdraw: flag('Withdraw the offer'),
      recordAnswer: flag(
        'Record the answer the candidate gave outside the portal (phone, signed letter, e-mail, in person)',
      ),
    })
    .describe('What the user may do with this offer now'),
  approverNames: z
    .array(z.string())
    .describe(
      'Who may approve the current version, by name, while it needs approval and is a draft (whom asking will ask) or awaits approval; empty otherwise. One approval is enough',
    ),
});
export type OfferOutput = z.infer<typeof offer>;

/** One offer on its own page: whom and which job it is for, and the band it is checked against. */
export const offerPage = offer.extend({
  candidateName: z.string().nullable().describe("Null once the candidate's data was anonymised"),
  candidateEmail: z
    .string()
    .nullable()
    .describe("Where the offer is sent; null unless the reader may open the candidate's page"),
  jobTitle: z.string(),
  band: z.object({ min: z.number().int().nullable(), max: z.number().int().nullable() }),
  expectedSalary: z
    .object({
      monthlyAmount: z.number(),
      basis: z.enum(salaryBases).nullable(),
      negotiable: z.boolean().nullable(),
      source: z
        .enum([...salaryExpectationSources, 'counter_proposal'])
        .describe('A recorded expectation, or a counter-proposal the candidate made in the portal'),
      statedAt: timestampSchema,
    })
    .nullable()
    .optional()
    .describe(
      "What the candidate expects now (their latest word, a counter-proposal included); null when none is recorded; absent unless the reader may read it (HR, the job's hiring manager, the named approver)",
    ),
  readsCandidate: z
    .boolean()
    .describe(
      "The reader may open the candidate's page (the named approver of another team's job may not)",
    ),
});
export type OfferPageOutput = z.infer<typeof offerPage>;

export const minimumWage = z.object({
  kind: z.enum(minimumWageKinds),
  province: z.string(),
  city: z.string().nullable(),
  year: z.number().int(),
  monthlyAmount: z.number().int(),
  decree: z.string(),
  cityWithoutUmk: z
    .string()
    .nullable()
    .describe(
      "The job's city when its UMK is not recorded and the province's UMP stands in (the UMK may be higher)",
    ),
  ambiguousCity: z
    .object({
      written: z.string().describe("The job's city as written, without Kota or Kabupaten"),
      other: z.object({ city: z.string(), monthlyAmount: z.number().int() }),
    })
    .nullable()
    .describe(
      "When the job's bare city name fits both a Kota and a Kabupaten with a UMK: this figure is the higher, `other` the other region's",
    ),
  bareCity: z
    .object({
      written: z.string().describe("The job's city as written, without Kota or Kabupaten"),
      city: z.string().describe('The one Kota or Kabupaten UMK row of that name, which was used'),
    })
    .nullable()
    .describe(
      "When the job's bare city name fits exactly one Kota or Kabupaten UMK row: which row was used (name the city in full in the job)",
    ),
});

export const applicationOffers = z.object({
  applicationId: idSchema,
  offers: z.array(offer).describe('Newest first; declined and withdrawn ones stay as history'),
  band: z.object({ min: z.number().int().nullable(), max: z.number().int().nullable() }),
  province: z.string().nullable(),
  minimumWage: minimumWage
    .nullable()
    .describe(
      "The minimum wage for the job's place in minimumWageYear (or the latest figure before it)",
    ),
  minimumWageYear: z
    .number()
    .int()
    .describe('The year whose minimum wage applies: the live offer’s start year, else this year'),
  offerDate: daySchema.describe('Today in Jakarta: a start date after it picks its own year'),
  minimumWages: z
    .array(z.object({ year: z.number().int(), wage: minimumWage.nullable() }))
    .describe(
      "The figure for the job's place in each year from this one (a year without its own figure reads the latest before): the offer form warns while HR types",
    ),
  draftDefaults: z
    .object({
      jobTitle: z.string(),
      workLocation: z.string(),
      workMode: z.enum(workModes),
      contractType: z.enum(contractTypes),
    })
    .describe("What a new draft starts from: the job's title, city, way of working and contract"),
  can: offerAbilities,
});
export type ApplicationOffersOutput = z.infer<typeof applicationOffers>;

export const offerDecisionInput = z.object({
  decision: z.enum(approvalDecisions),
  reason: text(1000).describe('Why; required when rejecting'),
});

export const offerExtensionInput = z.object({ expiresOn: daySchema });
