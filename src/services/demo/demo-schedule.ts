import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { listTeamMembers } from '../../db/queries/jobs';
import { utcToZonedTime } from '../../domain/scheduling/zoned-time';
import { scheduleInterview } from '../scheduling/scheduling-service';

const day = 24 * 60 * 60 * 1000;

/**
 * Books two upcoming interviews in the demo (an HR interview online, a user interview onsite), so
 * the schedule, the outbox and the candidate portal have something to show. They go through the
 * real use case, so their e-mails are queued like any other.
 */
export async function scheduleDemoInterviews(
  db: Database,
  mail: MailSettings,
  now: Date,
): Promise<void> {
  const bookings = [
    { job: 'Backend Developer', stage: 'hr' as const, daysAhead: 2, hour: '10:00' },
    { job: 'Data Analyst', stage: 'user' as const, daysAhead: 3, hour: '13:30' },
  ];
  for (const booking of bookings) {
    const [application] = await db.query<{ id: string; jobId: string }>(
      `SELECT a.id, a.job_id AS "jobId" FROM applications a JOIN jobs j ON j.id = a.job_id
       WHERE j.title = $1 AND a.stage = $2 ORDER BY a.created_at LIMIT 1`,
      [booking.job, booking.stage === 'hr' ? 'hr_interview' : 'user_interview'],
    );
    if (!application) continue;
    const team = await listTeamMembers(db, [application.jobId]);
    const recruiter = team.find((member) => member.teamRole === 'recruiter')!;
    const manager = team.find((member) => member.teamRole === 'hiring_manager')!;
    const day0 = utcToZonedTime(new Date(now.getTime() + booking.daysAhead * day), 'Asia/Jakarta');
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
