import type { heldInterviewMessagesId } from './messages-held-interview';

export const heldInterviewMessagesEn: Record<keyof typeof heldInterviewMessagesId, string> = {
  'heldInterview.open': 'Record a held interview',
  'heldInterview.title': 'Record a held {stage}',
  'heldInterview.intro':
    'For a candidate already interviewed, e.g. on a walk-in interview day. No e-mail, calendar invitation or reminder is sent.',
  'heldInterview.when': 'Date and start time',
  'heldInterview.whenHint': 'In the past, and not before the day the application came in.',
  'heldInterview.place': 'Location (optional)',
  'heldInterview.meetingUrl': 'Meeting link (optional)',
  'heldInterview.notes': 'Notes (optional)',
  'heldInterview.submit': 'Record the interview',
  'interviews.event.recorded': '{actor} recorded it after it took place',
  'error.held_in_future': 'This interview has already taken place: give a past time.',
  'error.held_before_application': 'The date cannot be before the day the application came in.',
  'error.meeting_link_invalid': 'Give the link as https://…, or leave it empty.',
};
