import type { Database } from '../../db/database';
import { countInterviewAttendance } from '../../db/queries/report-attendance';
import { attendanceLines, type AttendanceReport } from '../../domain/reports/interview-attendance';
import type { ReportFilter } from '../../domain/reports/report-filter';
import type { Actor } from '../actor';
import { readingSelection } from './report-reading';

/** Interviews held and missed (the candidate did not come), per stage and job, with the rate. */
export async function readAttendance(
  db: Database,
  actor: Actor,
  query: ReportFilter,
  now = new Date(),
): Promise<AttendanceReport> {
  return readingSelection(db, actor, query, now, async (tx, selection) => ({
    lines: attendanceLines(await countInterviewAttendance(tx, selection, now)),
  }));
}
