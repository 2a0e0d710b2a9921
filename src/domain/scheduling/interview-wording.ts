import type { CancelCause } from './stage-left';
import type { InterviewStage } from '../interview';
import type { InterviewMode } from './interview-schedule';

type Locale = 'id' | 'en';

/** An interviewer as the candidate should know them: name, job title and their part in the hire. */
export interface InterviewerIntroduction {
  name: string;
  title: string | null;
  isHiringManager: boolean;
  isRecruiter: boolean;
}

export function describeInterviewer(person: InterviewerIntroduction, locale: Locale): string {
  const part = person.isHiringManager
    ? locale === 'id'
      ? 'calon atasan langsung Anda'
      : 'your future direct manager'
    : person.isRecruiter
      ? locale === 'id'
        ? 'tim HR'
        : 'HR team'
      : locale === 'id'
        ? 'panel pewawancara'
        : 'interview panel';
  return `${person.name}${person.title ? `, ${person.title}` : ''} (${part})`;
}

export interface InterviewPlace {
  mode: InterviewMode;
  meetingUrl: string;
  address: string;
  room: string;
  receptionContact: string;
}

/** Where to go (or which link to open), in lines for an e-mail or a calendar entry. */
export function describePlace(place: InterviewPlace, locale: Locale): string[] {
  if (place.mode === 'online') {
    return [`Online: ${place.meetingUrl}`];
  }
  const id = locale === 'id';
  return [
    `${id ? 'Alamat' : 'Address'}: ${place.address}`,
    ...(place.room ? [`${id ? 'Ruang' : 'Room'}: ${place.room}`] : []),
    ...(place.receptionContact
      ? [`${id ? 'Di resepsionis, cari' : 'At reception, ask for'}: ${place.receptionContact}`]
      : []),
  ];
}

export function interviewTitle(stage: InterviewStage, jobTitle: string, locale: Locale): string {
  const name =
    stage === 'hr'
      ? locale === 'id'
        ? 'Interview HR'
        : 'HR interview'
      : locale === 'id'
        ? 'Interview user'
        : 'User interview';
  return `${name}: ${jobTitle}`;
}

/** The one-line headline of a message to the panel, which has one template for every change. */
export type PanelChange = 'scheduled' | 'rescheduled' | 'cancelled' | 'reminder';

export function panelHeadline(
  change: PanelChange,
  locale: Locale,
  cause: CancelCause = 'called_off',
): string {
  if (change === 'cancelled') return cancelHeadlines[cause][locale];
  const headlines: Record<Exclude<PanelChange, 'cancelled'>, Record<Locale, string>> = {
    scheduled: { id: 'Interview baru dijadwalkan', en: 'New interview scheduled' },
    rescheduled: { id: 'Jadwal interview berubah', en: 'Interview moved' },
    reminder: { id: 'Pengingat: interview besok', en: 'Reminder: interview tomorrow' },
  };
  return headlines[change][locale];
}

/** Where to prepare, while there is an interview to prepare for; nothing once it is off. */
export function panelKitLine(change: PanelChange, locale: Locale, kitLink: string): string {
  if (change === 'cancelled') return '';
  return locale === 'id'
    ? `Siapkan diri dengan kit interview (pertanyaan dan scorecard): ${kitLink}`
    : `Prepare with the interview kit (questions and scorecard): ${kitLink}`;
}

/** The panel hears why an interview is off, so nobody keeps the slot or prepares for it. */
const cancelHeadlines: Record<CancelCause, Record<Locale, string>> = {
  called_off: { id: 'Interview dibatalkan', en: 'Interview cancelled' },
  no_show: {
    id: 'Kandidat tidak hadir: interview ini tidak perlu scorecard',
    en: 'The candidate did not come: no scorecard is needed for this interview',
  },
  cancelled: {
    id: 'Interview dibatalkan (kandidat kembali ke tahap sebelumnya)',
    en: 'Interview cancelled (the candidate went back to an earlier stage)',
  },
  skipped: {
    id: 'Interview tidak diperlukan lagi (kandidat sudah lanjut ke tahap berikutnya)',
    en: 'Interview no longer needed (the candidate moved on to the next stage)',
  },
  rejected: {
    id: 'Interview dibatalkan (kandidat tidak dilanjutkan)',
    en: 'Interview cancelled (the candidate is not going ahead)',
  },
  withdrawn: {
    id: 'Interview dibatalkan (kandidat mengundurkan diri)',
    en: 'Interview cancelled (the candidate withdrew)',
  },
};

/** What the recruiter is told when the candidate acts in the portal. */
export type CandidateAction =
  | 'confirmed'
  | 'reschedule_requested'
  | 'withdrawn'
  | 'data_request'
  | 'joined_talent_pool'
  | 'declined_talent_pool'
  | 'left_talent_pool';

const talentPoolNews = {
  joined_talent_pool: {
    id: 'Kandidat bergabung dengan talent pool; Anda boleh mempertimbangkannya untuk lowongan lain',
    en: 'The candidate joined the talent pool; you may consider them for other openings',
  },
  declined_talent_pool: {
    id: 'Kandidat menolak bergabung dengan talent pool',
    en: 'The candidate declined to join the talent pool',
  },
  left_talent_pool: {
    id: 'Kandidat keluar dari talent pool; jangan pertimbangkan untuk lowongan lain',
    en: 'The candidate left the talent pool; do not consider them for other openings',
  },
} as const;

/** The interview a candidate's act is about, as the reader's e-mail names it (time in its own zone). */
export interface ActedOnInterview {
  stage: InterviewStage;
  jobTitle: string;
  /** E.g. "Kamis, 3 Desember 2026" and "10.00 WIB", from formatInterviewTime. */
  date: string;
  time: string;
}

const midSentenceStage: Record<Locale, Record<InterviewStage, string>> = {
  id: { hr: 'interview HR', user: 'interview user' },
  en: { hr: 'HR interview', user: 'user interview' },
};

/** "the HR interview for Backend Developer on Thursday, 3 December 2026 at 10:00 WIB". */
export function nameActedOnInterview(interview: ActedOnInterview, locale: Locale): string {
  const stage = midSentenceStage[locale][interview.stage];
  return locale === 'id'
    ? `${stage} posisi ${interview.jobTitle} pada ${interview.date} pukul ${interview.time}`
    : `the ${stage} for ${interview.jobTitle} on ${interview.date} at ${interview.time}`;
}

export function candidateActionText(
  action: CandidateAction,
  locale: Locale,
  details: {
    proposedTimes?: string[];
    reason?: string;
    request?: string;
    interview?: ActedOnInterview;
  } = {},
): string {
  const id = locale === 'id';
  if (action in talentPoolNews)
    return talentPoolNews[action as keyof typeof talentPoolNews][locale];
  if (action === 'data_request') {
    return `${id ? 'Kandidat mengajukan permintaan data pribadi (UU PDP, 3 × 24 jam)' : 'The candidate made a personal-data request (UU PDP, 3 × 24 hours)'}: ${details.request ?? ''}`;
  }
  const which = details.interview ? nameActedOnInterview(details.interview, locale) : '';
  if (action === 'confirmed') {
    if (!which)
      return id ? 'Kandidat mengonfirmasi kehadiran' : 'The candidate confirmed attendance';
    return id
      ? `Kandidat mengonfirmasi kehadiran di ${which}.`
      : `The candidate confirmed attendance at ${which}.`;
  }
  const reason = details.reason ? ` ${id ? 'Alasan' : 'Reason'}: ${details.reason}` : '';
  if (action === 'withdrawn') {
    return `${id ? 'Kandidat mengundurkan diri' : 'The candidate withdrew'}.${reason}`;
  }
  const times = (details.proposedTimes ?? []).join('; ');
  const moving = which ? (id ? ` untuk ${which}` : ` than ${which}`) : '';
  const proposed = which ? (id ? '. Usulan kandidat' : '. They proposed') : '';
  return `${id ? 'Kandidat meminta jadwal lain' : 'The candidate asked for another time'}${moving}${proposed}: ${times}.${reason}`;
}

const headlines: Record<CandidateAction, Record<Locale, string>> = {
  confirmed: { id: 'mengonfirmasi kehadiran', en: 'confirmed attendance' },
  reschedule_requested: { id: 'meminta jadwal lain', en: 'asked for another time' },
  withdrawn: { id: 'mengundurkan diri', en: 'withdrew' },
  data_request: { id: 'mengajukan permintaan data pribadi', en: 'made a personal-data request' },
  joined_talent_pool: { id: 'bergabung dengan talent pool', en: 'joined the talent pool' },
  declined_talent_pool: {
    id: 'menolak bergabung dengan talent pool',
    en: 'declined the talent pool',
  },
  left_talent_pool: { id: 'keluar dari talent pool', en: 'left the talent pool' },
};

/**
 * A few words for the e-mail's subject line: the candidate's own words (a reason, a request) go
 * in the body, where a long text reads well and an inbox list does not cut it off.
 */
export function candidateActionHeadline(action: CandidateAction, locale: Locale): string {
  return headlines[action][locale];
}
