import type { Locale } from '../locale';
import { portalStatus, type PortalStatus } from '../portal/candidate-portal';
import type { ActiveStage } from '../pipeline';

/** The stage a reopened application stands at, in the portal's words (no internal stage names). */
const stageWords: Record<Locale, Partial<Record<PortalStatus, string>>> = {
  id: {
    received: 'lamaran sedang ditinjau',
    hr_interview: 'interview HR',
    tests: 'tes',
    user_interview: 'interview user (calon atasan)',
    offer: 'penawaran kerja',
  },
  en: {
    received: 'application under review',
    hr_interview: 'HR interview',
    tests: 'tests',
    user_interview: 'interview with your future manager',
    offer: 'job offer',
  },
};

export function reopenedStageName(stage: ActiveStage, locale: Locale): string {
  return stageWords[locale][portalStatus(stage)] ?? '';
}

/** The candidate e-mails that told them their application had ended. */
export const endingTemplates = ['rejection', 'interview_closed'] as const;

/**
 * The line taking back an earlier "it has ended" e-mail: only when one was sent since the last
 * reopening (a rejection HR never mailed is news the candidate never had), else nothing.
 */
export function earlierEndingLine(endingWasSent: boolean, locale: Locale): string {
  if (!endingWasSent) return '';
  return locale === 'id'
    ? 'Kabar kami sebelumnya bahwa lamaran ini berakhir tidak berlaku lagi.'
    : 'Our earlier message that it had ended no longer applies.';
}
