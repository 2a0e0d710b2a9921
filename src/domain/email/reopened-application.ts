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
