import { locales, type Locale } from '../locale';
import { ok, type FieldProblem, type Result } from '../result';
import { defaultEmailTemplates } from './default-email-templates';
import { fillPlaceholders, placeholdersIn, unknownPlaceholders } from './email-placeholders';
import { oneTimeLinkPlaceholders } from './one-time-links';
import { undoneRejectionLine } from './hr-ended-notice';
import { earlierEndingLine } from './reopened-application';

export type EmailLocale = Locale;
export const emailLocales = locales;

const candidate = ['candidateName', 'jobTitle', 'companyName', 'portalLink', 'recruiterName'];
const interview = [
  ...candidate,
  'interviewDate',
  'interviewTime',
  'durationMinutes',
  'interviewers',
  'location',
];

/**
 * Every e-mail Seleksi sends, with the placeholders its text may use. To add one: name it here,
 * give it a default text in id and en (`default-email-templates.ts`) and queue it with
 * `queueEmail`.
 */
export const emailTemplatePlaceholders = {
  /** To the candidate when their application from the careers page is in. */
  application_received: candidate,
  hr_invitation: interview,
  user_invitation: interview,
  reminder: interview,
  reschedule: [...interview, 'previousDate', 'reason'],
  cancellation: [...candidate, 'interviewDate', 'interviewTime', 'reason'],
  /** To the candidate when a booked interview is called off because they moved on past its stage. */
  interview_not_needed: [...candidate, 'interviewDate', 'interviewTime'],
  /** To the candidate when a booked interview is called off because their application ended (rejected, withdrawn). */
  interview_closed: [...candidate, 'interviewDate', 'interviewTime'],
  /**
   * To the candidate when a booked interview is called off because HR rejected them without
   * sending the rejection e-mail: the interview is off, with no word on the process or a new time.
   */
  interview_called_off: [...candidate, 'interviewDate', 'interviewTime'],
  /**
   * To the candidate, if HR chooses, when HR recorded that they did not come: a kind word and the
   * way back, never HR's note.
   */
  interview_missed: [...candidate, 'interviewDate', 'interviewTime'],
  rejection: candidate,
  offer: candidate,
  thank_you: candidate,
  /** To the candidate when HR sends the drafted offer: its dates and the portal link, never the amount. */
  offer_sent: [...candidate, 'startDate', 'expiresOn'],
  /** To the candidate when HR sends a revised version of their offer: which parts changed, the figures in the portal. */
  offer_revised: [...candidate, 'startDate', 'expiresOn', 'version', 'changes'],
  /** To each interviewer when an interview of theirs is scheduled, moved, cancelled or near. */
  panel_notice: [
    'interviewerName',
    'update',
    'candidateName',
    'jobTitle',
    'stageName',
    'interviewDate',
    'interviewTime',
    'durationMinutes',
    'location',
    'kitLink',
    /** The kit sentence with its link; empty once the interview is off (nothing to prepare). */
    'kitLine',
  ],
  /** To the job's recruiter when the candidate acts in the portal. */
  candidate_update: [
    'recruiterName',
    'candidateName',
    'jobTitle',
    'headline',
    'update',
    'applicationLink',
  ],
  /**
   * To the job's hiring manager and the user-stage panel when HR ends an application at the user
   * interview: HR's internal reason (staff only), and the interview called off, in one message.
   */
  hr_ended_application: [
    'recipientName',
    'candidateName',
    'jobTitle',
    'reason',
    'calledOff',
    'applicationLink',
  ],
  /** To the job's recruiter and hiring manager when the candidate answers an offer (no amounts). */
  offer_answer: ['recipientName', 'candidateName', 'jobTitle', 'answer', 'applicationLink'],
  /** To the candidate two days before their offer expires, with the portal link. */
  offer_reminder: [...candidate, 'expiresOn'],
  /** To the candidate when HR keeps the offer as it is after their request for changes. */
  offer_hold_firm: [...candidate, 'expiresOn', 'note'],
  /** To the candidate when HR withdraws their offer (no amounts). */
  offer_withdrawn: candidate,
  /** To the candidate when they accept their offer in the portal: role, start date, what comes next (no amounts). */
  offer_accepted: [...candidate, 'startDate'],
  /** To the candidate when HR gives them longer to answer, with the new date and the portal link. */
  offer_extended: [...candidate, 'expiresOn'],
  /** To the job's hiring manager and the named approver when HR asks them to approve an offer. */
  offer_approval_request: ['recipientName', 'candidateName', 'jobTitle', 'applicationLink'],
  /** To a candidate HR imported from a spreadsheet, when HR chose to tell them: the privacy notice. */
  imported_notice: ['candidateName', 'companyName'],
  /** To a talent-pool member HR put forward for another job, with that application's portal link. */
  put_forward: candidate,
  /** To the candidate when HR issues a new portal link, if HR chooses: the links sent before stop working. */
  portal_link_renewed: candidate,
  /**
   * To the candidate when HR reopens their rejected or withdrawn application: the stage they are
   * at now, never why; `earlierEnding` takes back an "it has ended" e-mail when one was sent.
   */
  application_reopened: [...candidate, 'stageName', 'earlierEnding'],
  /** To a past candidate: may we keep your data and consider you for this and other openings? */
  talent_pool_invitation: [
    'candidateName',
    'jobTitle',
    'companyName',
    'recruiterName',
    'invitationLink',
    'linkExpiresAt',
  ],
  /**
   * To the job's hiring manager and the user-stage panel when HR reopens an application at or past
   * the user interview: the stage and HR's reason (staff only; the candidate's own e-mail has none),
   * and to a manager whose own rejection it undoes, that it does (`yourRejection`).
   */
  hr_reopened_application: [
    'recipientName',
    'candidateName',
    'jobTitle',
    'stageName',
    'yourRejection',
    'reason',
    'applicationLink',
  ],
  /**
   * To the job's recruiter when the hiring manager records the user-interview verdict (reject or
   * advance to the offer): HR tells the candidate or starts the offer. The manager's note is staff only.
   */
  user_verdict: [
    'recipientName',
    'candidateName',
    'jobTitle',
    'verdict',
    'managerName',
    'note',
    'applicationLink',
  ],
  /**
   * To a user newly made a job's recruiter or hiring manager (not by themselves): the job is
   * theirs now, and what waits for them will show on Today.
   */
  team_assignment: ['recipientName', 'jobTitle', 'teamRole', 'assignedBy', 'jobLink'],
  /** To a new user: the one-time link to set their first password. */
  account_invitation: ['userName', 'companyName', 'passwordLink', 'linkExpiresAt'],
  /** To a user an admin made a reset link for. */
  password_reset: ['userName', 'companyName', 'passwordLink', 'linkExpiresAt'],
  /** To a user when someone signed in as them with a two-factor recovery code: when, and how many are left. */
  recovery_code_used: ['userName', 'companyName', 'usedAt', 'codesLeft', 'accountLink'],
  /** To a user when a new set of their recovery codes was made (the old set stopped working). */
  recovery_codes_regenerated: ['userName', 'companyName', 'madeAt', 'accountLink'],
} as const satisfies Record<string, readonly string[]>;

export type EmailTemplateKey = keyof typeof emailTemplatePlaceholders;

/** Messages to staff; every other template goes to the candidate. */
export const staffTemplates: readonly string[] = [
  'panel_notice',
  'candidate_update',
  'hr_ended_application',
  'hr_reopened_application',
  'user_verdict',
  'team_assignment',
  'offer_answer',
  'offer_approval_request',
  'account_invitation',
  'password_reset',
  'recovery_code_used',
  'recovery_codes_regenerated',
] satisfies EmailTemplateKey[];
export const emailTemplateKeys = Object.keys(emailTemplatePlaceholders) as EmailTemplateKey[];

const oneTimeLinksOf = (key: EmailTemplateKey): string[] =>
  emailTemplatePlaceholders[key].filter((name) => oneTimeLinkPlaceholders.includes(name));

/** Messages whose link works once: a new invitation or link replaces them, never a resend. */
export const oneTimeLinkTemplates: readonly string[] = emailTemplateKeys.filter(
  (key) => oneTimeLinksOf(key).length > 0,
);

export interface EmailTemplate {
  subject: string;
  body: string;
}

export function isEmailTemplateKey(key: string): key is EmailTemplateKey {
  return key in emailTemplatePlaceholders;
}

export function defaultEmailTemplate(key: EmailTemplateKey, locale: EmailLocale): EmailTemplate {
  return defaultEmailTemplates[key][locale];
}

/** A template an admin wrote: both parts present and only known placeholders. */
export function checkEmailTemplate(
  key: EmailTemplateKey,
  template: EmailTemplate,
): Result<EmailTemplate> {
  const allowed = emailTemplatePlaceholders[key];
  const subject = template.subject.trim();
  const body = template.body.trim();
  const problems: FieldProblem[] = [
    ...(subject ? [] : [required('subject')]),
    ...(body ? [] : [required('body')]),
    ...(/[\r\n]/.test(subject) ? [oneLine()] : []),
    ...unknownPlaceholders('subject', subject, allowed),
    ...unknownPlaceholders('body', body, allowed),
    ...oneTimeLinkProblems(key, subject, body),
  ];
  return problems.length ? { ok: false, problems } : ok({ subject, body });
}

export function renderEmail(
  template: EmailTemplate,
  values: Readonly<Record<string, string>>,
): EmailTemplate {
  return {
    subject: fillPlaceholders(template.subject, values).replace(/\s+/g, ' ').trim(),
    // A placeholder that is empty in this message (a line or a sentence that does not apply)
    // leaves no gap: no blank lines in a row, no double space, no space at a line's end.
    body: fillPlaceholders(template.body, values)
      .replace(/(\S) {2,}(?=\S)/g, '$1 ')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n'),
  };
}

/** Sample values so an admin can preview a template before any candidate receives it. */
export function samplePlaceholderValues(locale: EmailLocale): Record<string, string> {
  const id = locale === 'id';
  return {
    candidateName: 'Sari Wulandari',
    jobTitle: id ? 'Analis Data' : 'Data Analyst',
    companyName: 'PT Contoh Niaga',
    portalLink: 'https://seleksi.example/portal/contoh',
    recruiterName: 'Rina Hartono',
    interviewDate: id ? 'Kamis, 3 Desember 2026' : 'Thursday, 3 December 2026',
    interviewTime: '10.00 WIB',
    durationMinutes: '75',
    interviewers: id
      ? '- Budi Santoso, Engineering Manager (calon atasan langsung Anda)'
      : '- Budi Santoso, Engineering Manager (your future direct manager)',
    location: id
      ? 'Online: https://meet.example/abc-defg-hij'
      : 'Online: https://meet.example/abc-defg-hij',
    previousDate: id ? 'Rabu, 2 Desember 2026, 14.00 WIB' : 'Wednesday, 2 December 2026, 14.00 WIB',
    reason: id ? 'Pewawancara berhalangan.' : 'The interviewer is unavailable.',
    headline: id ? 'mengonfirmasi kehadiran' : 'confirmed attendance',
    update: id ? 'Kandidat mengonfirmasi kehadiran.' : 'The candidate confirmed attendance.',
    applicationLink: 'https://seleksi.example/candidates/contoh',
    recipientName: 'Budi Santoso',
    calledOff: id
      ? 'Interview user pada Kamis, 3 Desember 2026, 10.00 WIB dibatalkan.'
      : 'The user interview on Thursday, 3 December 2026 at 10.00 WIB is cancelled.',
    earlierEnding: earlierEndingLine(true, locale),
    yourRejection: undoneRejectionLine(
      {
        candidateName: 'Sari Wulandari',
        date: id ? 'Kamis, 3 Desember 2026' : 'Thursday, 3 December 2026',
      },
      locale,
    ),
    answer: id ? 'Kandidat menerima penawaran.' : 'The candidate accepted the offer.',
    note: id
      ? 'Angka ini sudah yang terbaik untuk posisi ini.'
      : 'This is the best we can offer for this role.',
    interviewerName: 'Budi Santoso',
    verdict: id
      ? 'Tidak lolos interview user: kandidat ditolak'
      : 'Did not pass the user interview: the candidate is rejected',
    managerName: 'Budi Santoso',
    stageName: id ? 'Interview user' : 'User interview',
    kitLink: 'https://seleksi.example/interviews/contoh',
    userName: 'Nadia Putri',
    passwordLink: 'https://seleksi.example/set-password#contoh',
    startDate: id ? 'Senin, 4 Januari 2027' : 'Monday, 4 January 2027',
    linkExpiresAt: id
      ? 'Kamis, 3 Desember 2026, 10.00 WIB'
      : 'Thursday, 3 December 2026, 10:00 WIB',
  };
}

const required = (path: string): FieldProblem => ({
  path,
  code: 'required',
  message: 'This field is required.',
});
/**
 * A one-time link is why its e-mail exists, and only the body is delivered whole (the copy staff
 * read is masked, see one-time-links.ts): it must be in the body and cannot go in the subject.
 */
function oneTimeLinkProblems(key: EmailTemplateKey, subject: string, body: string): FieldProblem[] {
  return oneTimeLinksOf(key).flatMap((name) => [
    ...(placeholdersIn(subject).includes(name)
      ? [
          {
            path: 'subject',
            code: 'link_in_subject',
            message: `{{${name}}} is a one-time link: put it in the body, not the subject.`,
          },
        ]
      : []),
    ...(placeholdersIn(body).includes(name)
      ? []
      : [
          {
            path: 'body',
            code: 'link_required',
            message: `The body must contain {{${name}}}: without it the e-mail is of no use.`,
          },
        ]),
  ]);
}

const oneLine = (): FieldProblem => ({
  path: 'subject',
  code: 'one_line',
  message: 'The subject must be one line.',
});
