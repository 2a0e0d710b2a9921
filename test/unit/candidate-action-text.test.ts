import { describe, expect, it } from 'vitest';
import { candidateActionText } from '../../src/domain/scheduling/interview-wording';
import { formatInterviewTime } from '../../src/domain/scheduling/zoned-time';

/** The recruiter's "candidate confirmed / asked to move" e-mail names the interview it is about. */
describe('candidateActionText', () => {
  const startsAt = new Date('2026-12-03T03:00:00Z'); // 10:00 in Jakarta, 11:00 in Makassar
  // The date as the e-mail's other lines write it (ICU's own punctuation).
  const day = (locale: 'id' | 'en') => formatInterviewTime(startsAt, 'Asia/Jakarta', locale).date;
  const interview = (stage: 'hr' | 'user', zone: string, locale: 'id' | 'en') => ({
    stage,
    jobTitle: 'Backend Developer',
    ...formatInterviewTime(startsAt, zone, locale),
  });

  it('names the stage, the job and the day and time of a confirmed interview, in each language', () => {
    expect(day('en')).toContain('Thursday');
    expect(day('id')).toContain('Kamis');
    expect(
      candidateActionText('confirmed', 'en', {
        interview: interview('user', 'Asia/Jakarta', 'en'),
      }),
    ).toBe(
      `The candidate confirmed attendance at the user interview for Backend Developer on ${day('en')} at 10:00 WIB.`,
    );
    expect(
      candidateActionText('confirmed', 'id', { interview: interview('hr', 'Asia/Jakarta', 'id') }),
    ).toBe(
      `Kandidat mengonfirmasi kehadiran di interview HR posisi Backend Developer pada ${day('id')} pukul 10.00 WIB.`,
    );
  });

  it("gives the time in the interview's own zone", () => {
    const text = candidateActionText('confirmed', 'en', {
      interview: interview('hr', 'Asia/Makassar', 'en'),
    });
    expect(text).toContain('at 11:00 WITA');
  });

  it('names the interview a candidate asks to move, then the times they proposed and why', () => {
    expect(
      candidateActionText('reschedule_requested', 'en', {
        interview: interview('hr', 'Asia/Jakarta', 'en'),
        proposedTimes: ['Friday 4 December 2026, 09:00 WIB'],
        reason: 'An exam.',
      }),
    ).toBe(
      `The candidate asked for another time than the HR interview for Backend Developer on ${day('en')} at 10:00 WIB. They proposed: Friday 4 December 2026, 09:00 WIB. Reason: An exam.`,
    );
    expect(
      candidateActionText('reschedule_requested', 'id', {
        interview: interview('user', 'Asia/Jakarta', 'id'),
        proposedTimes: ['Jumat, 4 Desember 2026, 09.00 WIB'],
      }),
    ).toBe(
      `Kandidat meminta jadwal lain untuk interview user posisi Backend Developer pada ${day('id')} pukul 10.00 WIB. Usulan kandidat: Jumat, 4 Desember 2026, 09.00 WIB.`,
    );
  });
});
