import type { Queryable } from '../../db/database';
import {
  findShownInterview,
  listInterviewEvents,
  type InterviewEventRow,
  type ShownInterviewRow,
} from '../../db/queries/interviews';

export type ScheduledInterview = ShownInterviewRow & { events: InterviewEventRow[] };

/** An interview as the scheduling panel shows it, with its history: what booking answers. */
export async function withHistory(db: Queryable, interviewId: string): Promise<ScheduledInterview> {
  const interview = (await findShownInterview(db, interviewId))!;
  return { ...interview, events: await listInterviewEvents(db, [interviewId]) };
}
