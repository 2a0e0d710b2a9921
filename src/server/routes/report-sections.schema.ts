import { z } from 'zod';
import { ratings } from '../../domain/scorecard';
import { calibrationStandings } from '../../domain/reports/interviewer-calibration';
import { bandPositions, declineReasonsOrNone } from '../../domain/reports/offer-outcomes';
import { figureHiddenReasons } from '../../domain/reports/sample-size';
import { calibrationReaches } from '../../services/reports/interviewer-calibration';
import { idSchema } from './common.schema';
import { focusAttributeSchema } from './interviews.schema';

/**
 * The HR-vs-user agreement, interviewer calibration and offers reports. Every figure computed over
 * cases comes as { value, hiddenBecause }: null with the reason below the minimum sample.
 */

const shown = <T extends z.ZodType>(value: T) =>
  z.object({ value: value.nullable(), hiddenBecause: z.enum(figureHiddenReasons).nullable() });
const shownNumber = shown(z.number());
const rating = z.enum(ratings);

const agreementLine = {
  verdicts: z.number().int(),
  accepted: z.number().int(),
  cases: z.number().int(),
  agreementRate: shownNumber,
  auc: shownNumber,
};

export const agreementReport = z.object({
  minimumSample: z.number().int(),
  overall: z.object({
    cases: z.number().int(),
    accepted: z.number().int(),
    rejected: z.number().int(),
    table: z.array(
      z.object({ recommendation: rating, accepted: z.number().int(), rejected: z.number().int() }),
    ),
    agreementRate: shownNumber,
    auc: shownNumber,
    byRecommendation: z.array(
      z.object({
        recommendation: rating,
        cases: z.number().int(),
        accepted: z.number().int(),
        acceptanceRate: shownNumber,
      }),
    ),
    verdicts: z.number().int(),
    verdictsAccepted: z.number().int(),
    rejectedByHr: z.number().int(),
    withoutVerdict: z.number().int(),
    movedOnWithoutHrDecision: z.number().int(),
  }),
  jobs: z.array(z.object({ jobId: idSchema, jobTitle: z.string(), ...agreementLine })),
  recruiters: z.array(
    z.object({ recruiterId: idSchema, recruiterName: z.string(), ...agreementLine }),
  ),
});

const standing = shown(z.enum(calibrationStandings));

export const calibrationReport = z.object({
  minimumSample: z.number().int(),
  reach: z.enum(calibrationReaches),
  interviewers: z.array(
    z.object({
      interviewerId: idSchema,
      interviewerName: z.string(),
      submitted: z.number().int(),
      attributes: z.array(
        z.object({
          attribute: focusAttributeSchema,
          comparisons: z.number().int(),
          ownMean: z.number().nullable(),
          panelMean: z.number().nullable(),
          difference: shownNumber,
          standing,
        }),
      ),
      overall: z.object({ comparisons: z.number().int(), difference: shownNumber, standing }),
      recommendations: z.object({
        decided: z.number().int(),
        matched: z.number().int(),
        matchRate: shownNumber,
      }),
      scorecards: z.object({
        due: z.number().int(),
        booked: z
          .number()
          .int()
          .describe('Panels with an interview booked in Seleksi, held or not yet'),
        late: z.number().int(),
        missing: z.number().int(),
      }),
    }),
  ),
});

export const offersReport = z.object({
  minimumSample: z.number().int(),
  made: z.number().int(),
  accepted: z.number().int(),
  declined: z.number().int(),
  withdrawn: z.number().int(),
  waiting: z.number().int(),
  acceptanceRate: shownNumber,
  declineReasons: z.array(
    z.object({ reason: z.enum(declineReasonsOrNone), count: z.number().int() }),
  ),
  answerDays: z.object({ answered: z.number().int(), median: shownNumber, p90: shownNumber }),
  acceptedSalaries: z.array(z.object({ position: z.enum(bandPositions), count: z.number().int() })),
});
