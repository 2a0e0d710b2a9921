import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database';
import { insertApplicationEvents, insertReplayedApplications } from '../../db/queries/applications';
import { insertCandidates } from '../../db/queries/candidates';
import { insertDecisions } from '../../db/queries/decisions';
import { insertCounterReplies, insertOfferAnswers } from '../../db/queries/offer-answers';
import {
  insertOfferApprovals,
  insertOfferVersions,
  insertReplayedOffers,
  type ReplayedOffer,
} from '../../db/queries/offers';
import { insertSubmittedScorecards } from '../../db/queries/scorecards';

type RowsOf<Insert extends (db: Queryable, rows: readonly never[]) => Promise<void>> =
  Parameters<Insert>[1][number][];

/**
 * The demo company's rows, gathered table by table while its story is told and written at the end
 * a table at a time (writeDemoRows): a statement per row was most of a first start. Rows refer
 * to each other by ids chosen here (as gen_random_uuid() would: random version 4 UUIDs).
 */
export interface DemoRows {
  candidates: RowsOf<typeof insertCandidates>;
  applications: RowsOf<typeof insertReplayedApplications>;
  events: RowsOf<typeof insertApplicationEvents>;
  scorecards: RowsOf<typeof insertSubmittedScorecards>;
  decisions: RowsOf<typeof insertDecisions>;
  offers: ReplayedOffer[];
  offerVersions: RowsOf<typeof insertOfferVersions>;
  offerApprovals: RowsOf<typeof insertOfferApprovals>;
  offerAnswers: RowsOf<typeof insertOfferAnswers>;
  counterReplies: RowsOf<typeof insertCounterReplies>;
}

export function emptyDemoRows(): DemoRows {
  return {
    candidates: [],
    applications: [],
    events: [],
    scorecards: [],
    decisions: [],
    offers: [],
    offerVersions: [],
    offerApprovals: [],
    offerAnswers: [],
    counterReplies: [],
  };
}

/** A new row's id. */
export const newId = (): string => randomUUID();

/** Writes the gathered rows, each table in one statement, parents before the rows naming them. */
export async function writeDemoRows(tx: Queryable, rows: DemoRows): Promise<void> {
  await insertCandidates(tx, rows.candidates);
  await insertReplayedApplications(tx, rows.applications);
  await insertApplicationEvents(tx, rows.events);
  await insertSubmittedScorecards(tx, rows.scorecards);
  await insertDecisions(tx, rows.decisions);
  await insertReplayedOffers(tx, rows.offers);
  await insertOfferVersions(tx, rows.offerVersions);
  await insertOfferApprovals(tx, rows.offerApprovals);
  await insertOfferAnswers(tx, rows.offerAnswers);
  await insertCounterReplies(tx, rows.counterReplies);
}
