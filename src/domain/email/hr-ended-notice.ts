import type { Locale } from '../locale';
import type { RejectionReason } from '../pipeline';
import { reportLabels } from '../reports/report-labels';

/** Why HR ended an application, as HR recorded it: staff-only words, never for the candidate. */
export interface HrEnding {
  rejectionReason: RejectionReason | null;
  note: string | null;
}

/**
 * HR's reason as one recipient reads it: HR's own words for a reader of HR's notes (`readsReason`),
 * otherwise only that HR keeps it, so an interviewer learns the fact and never HR's note.
 */
export function hrEndingReason(ending: HrEnding, locale: Locale, readsReason: boolean): string {
  if (!readsReason) return keptForHrLine(locale);
  const reason = reportLabels(locale).reason(ending.rejectionReason);
  return [reason, ending.note].filter(Boolean).join(': ');
}

/**
 * HR's note on reopening an application as one recipient reads it: the note for a reader of HR's
 * notes, otherwise only that HR keeps one (nothing when HR wrote none).
 */
export function hrReopeningNote(note: string | null, locale: Locale, readsNote: boolean): string {
  if (!note) return '';
  return readsNote ? note : keptForHrLine(locale);
}

const keptForHrLine = (locale: Locale) =>
  locale === 'id' ? 'hanya untuk HR dan hiring manager.' : 'kept for HR and the hiring manager.';

/** The line saying the recipient's interview is off, or nothing when none of theirs was booked. */
export function calledOffLine(time: { date: string; time: string } | null, locale: Locale): string {
  if (!time) return '';
  return locale === 'id'
    ? `Interview user pada ${time.date}, ${time.time} dibatalkan; undangan kalendernya kami batalkan.`
    : `The user interview on ${time.date} at ${time.time} is cancelled, and so is its calendar invitation.`;
}

/**
 * The line telling a hiring manager that HR's reopening undoes their own rejection at the user
 * interview (`date` in their words), or nothing when the rejection was someone else's.
 */
export function undoneRejectionLine(
  rejection: { candidateName: string; date: string } | null,
  locale: Locale,
): string {
  if (!rejection) return '';
  return locale === 'id'
    ? `Ini membatalkan penolakan Anda sendiri atas ${rejection.candidateName} di interview user pada ${rejection.date}.`
    : `This undoes your own rejection of ${rejection.candidateName} at the user interview on ${rejection.date}.`;
}
