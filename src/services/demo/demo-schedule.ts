import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { listTeamMembers } from '../../db/queries/jobs';
import { utcToZonedTime } from '../../domain/scheduling/zoned-time';
import { scheduleInterview } from '../scheduling/schedule-interview';

const day = 24 * 60 * 60 * 1000;

/**
 * Books upcoming interviews in the demo (HR interviews online, user interviews onsite) over the
 * next days, so the schedule, the outbox and the candidate portal have something to show. They go
 * through the real use case, so their e-mails are queued like any other. Each goes to the job's
 * first applicant at that stage not yet booked (some already had theirs: demo-bookings).
 */
export async function scheduleDemoInterviews(
  db: Database,
  mail: MailSettings,
  now: Date,
): Promise<void> {
  const bookings = [
    { job: 'Backend Developer', stage: 'hr' as const, daysAhead: 2, hour: '10:00' },
    { job: 'Data Analyst', stage: 'user' as const, daysAhead: 3, hour: '13:30' },
    { job: 'Content Writer', stage: 'hr' as const, daysAhead: 1, hour: '09:30' },
    { job: 'Customer Service Officer', stage: 'user' as const, daysAhead: 4, hour: '14:00' },
    { job: 'Backend Developer', stage: 'user' as const, daysAhead: 5, hour: '10:30' },
  ];
  for (const booking of bookings) {
    const [application] = await db.query<{ id: string; jobId: string }>(
      `SELECT a.id, a.job_id AS "jobId" FROM applications a JOIN jobs j ON j.id = a.job_id
       WHERE j.title = $1 AND a.stage = $2
         AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id
           AND i.status = 'scheduled')
       ORDER BY a.created_at LIMIT 1`,
      [booking.job, booking.stage === 'hr' ? 'hr_interview' : 'user_interview'],
    );
    if (!application) continue;
    const team = await listTeamMembers(db, [application.jobId]);
    const recruiter = team.find((member) => member.teamRole === 'recruiter')!;
    const manager = team.find((member) => member.teamRole === 'hiring_manager')!;
    const day0 = interviewDay(now, booking.daysAhead);
    const online = booking.stage === 'hr';
    await scheduleInterview(
      db,
      mail,
      { id: recruiter.userId, role: 'recruiter' },
      application.id,
      booking.stage,
      {
        localStart: `${day0.slice(0, 10)}T${booking.hour}`,
        timeZone: 'Asia/Jakarta',
        durationMinutes: online ? 40 : 75,
        mode: online ? 'online' : 'onsite',
        meetingUrl: online ? 'https://meet.example/demo-interview-hr' : '',
        address: online ? '' : 'Menara Niaga, Jl. Jend. Sudirman Kav. 21, Jakarta Selatan',
        room: online ? '' : 'Ruang Rapat Melati, lantai 12',
        receptionContact: online ? '' : 'Rina (HR), sebut nama Anda di resepsionis',
        interviewerIds: online ? [recruiter.userId] : [manager.userId],
        locale: 'id',
        confirmConflicts: true,
      },
    );
  }
}

/** The Jakarta date `daysAhead` days from `now`, moved to the Monday when it falls on a weekend. */
export function interviewDay(now: Date, daysAhead: number): string {
  const local = utcToZonedTime(new Date(now.getTime() + daysAhead * day), 'Asia/Jakarta');
  const weekday = new Date(`${local.slice(0, 10)}T00:00:00Z`).getUTCDay();
  const toMonday = weekday === 6 ? 2 : weekday === 0 ? 1 : 0;
  return toMonday
    ? utcToZonedTime(new Date(now.getTime() + (daysAhead + toMonday) * day), 'Asia/Jakarta')
    : local;
}
