import type { Database } from '../../db/database';
import { offerDeclineReasons, offerTally } from '../../db/queries/report-offers';
import {
  declineReasonsOrNone,
  summariseOffers,
  type DeclineReasonOrNone,
  type OfferOutcomes,
} from '../../domain/reports/offer-outcomes';
import type { ReportFilter } from '../../domain/reports/report-filter';
import { minimumSample } from '../../domain/reports/statistics';
import type { Actor } from '../actor';
import { reportSelection } from './report-scope';
import { readingReport } from './report-reading';

export interface OffersReport extends OfferOutcomes {
  minimumSample: number;
}

const isDeclineReason = (value: string): value is DeclineReasonOrNone =>
  (declineReasonsOrNone as readonly string[]).includes(value);

/** The offers sent to the period's applicants: lights up as soon as the first offer is sent. */
export async function offerOutcomes(
  db: Database,
  actor: Actor,
  filter: ReportFilter,
  now: Date = new Date(),
): Promise<OffersReport> {
  const scope = await reportSelection(db, actor, filter, now);
  const [tally, reasons] = await readingReport(db, (tx) =>
    Promise.all([offerTally(tx, scope), offerDeclineReasons(tx, scope)]),
  );
  const declineReasons: Partial<Record<DeclineReasonOrNone, number>> = {};
  for (const row of reasons) {
    const reason = row.reason ?? 'not_given';
    if (isDeclineReason(reason)) declineReasons[reason] = row.count;
  }
  return {
    minimumSample,
    ...summariseOffers(
      {
        made: tally.made,
        accepted: tally.accepted,
        declined: tally.declined,
        withdrawn: tally.withdrawn,
        waiting: tally.waiting,
        declineReasons,
        answerDays: { answered: tally.answered, median: tally.medianDays, p90: tally.p90Days },
        acceptedSalaries: {
          below_band: tally.belowBand,
          within_band: tally.withinBand,
          above_band: tally.aboveBand,
          no_band: tally.noBand,
        },
      },
      minimumSample,
    ),
  };
}
