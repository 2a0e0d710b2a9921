import type { heldInterviewMessagesId } from './messages-held-interview';

export const heldInterviewMessagesEn: Record<keyof typeof heldInterviewMessagesId, string> = {
  'heldInterview.open': 'Record a held interview',
  'heldInterview.title': 'Record a held {stage}',
  'heldInterview.intro':
    'For a candidate already interviewed, e.g. on a walk-in interview day. No e-mail, calendar invitation or reminder is sent.',
  'heldInterview.when': 'Date and start time',
  'heldInterview.whenHint':
    'In the past, and not before the candidate applied: to the minute for an application from the careers page, to the day for one HR entered.',
  'heldInterview.place': 'Location (optional)',
  'heldInterview.meetingUrl': 'Meeting link (optional)',
  'heldInterview.notes': 'Notes (optional)',
  'heldInterview.submit': 'Record the interview',
  'heldInterview.correct': 'Correct the record',
  'heldInterview.correctTitle': 'Correct the record of the {stage}',
  'heldInterview.correctIntro':
    'Fix its time, length, panel or place. No e-mail is sent; the interview history keeps the correction.',
  'heldInterview.correctNotes': 'What was corrected (optional)',
  'heldInterview.correctSubmit': 'Save the correction',
  'heldInterview.remove': 'Remove this record (made by mistake)',
  'heldInterview.removeConfirm': 'Remove this record? Nobody is told; the audit log keeps it.',
  'heldInterview.removeYes': 'Yes, remove it',
  'rejectionTold.title': 'The candidate has not been told of the rejection',
  'rejectionTold.help':
    'Send the rejection e-mail below, or mark that you told the candidate yourself. Marking sends no e-mail; the candidate portal then shows the outcome.',
  'rejectionTold.phone': 'Told by phone',
  'rejectionTold.in_person': 'Told in person',
  'history.rejectionTold.phone': '{actor} told the candidate of the rejection by phone',
  'history.rejectionTold.in_person': '{actor} told the candidate of the rejection in person',
  'error.nothing_untold': 'No rejection waits to be told to this candidate.',
  'interviews.event.recorded': '{actor} recorded it after it took place',
  'interviews.event.corrected': '{actor} corrected the record (was {from})',
  'error.record_scored':
    'A scorecard was submitted for this interview: correct the record rather than remove it.',
  'error.not_a_record': 'This record can no longer be corrected.',
  'error.held_in_future': 'This interview has already taken place: give a past time.',
  'error.held_before_applied': 'The time cannot be before the candidate applied.',
  'error.held_before_application': 'The date cannot be before the day the application came in.',
  'error.meeting_link_invalid': 'Give the link as https://…, or leave it empty.',
};
