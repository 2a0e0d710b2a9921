import type { ComponentType } from 'react';
import type { MessageKey } from '../../i18n/messages-id';
import { AgreementSection } from './agreement-section';
import { AttendanceSection } from './attendance-section';
import { CalibrationSection } from './calibration-section';
import { FunnelSection } from './funnel-section';
import { OffersSection } from './offers-section';
import type { ReportFilterValues } from './report-filter';
import { SourcesSection } from './sources-section';
import { SpeedSection } from './speed-section';
import type { CurrentUser } from '../../session';

export interface ReportSection {
  /** The section's anchor on the page (`/reports#funnel`). */
  id: string;
  title: MessageKey;
  /** Whether the signed-in user sees it, from their `can` flags (never their role). */
  visible(can: CurrentUser['can']): boolean;
  /** Whether it reads the filter bar (a personal section may not). */
  filtered: boolean;
  Component: ComponentType<{ filter: ReportFilterValues }>;
}

/** The reports page's sections, in order: adding a report is one line here. */
export const reportSections: readonly ReportSection[] = [
  {
    id: 'funnel',
    title: 'reports.funnel',
    visible: (can) => can.readReports,
    filtered: true,
    Component: FunnelSection,
  },
  {
    id: 'speed',
    title: 'reports.speed',
    visible: (can) => can.readReports,
    filtered: true,
    Component: SpeedSection,
  },
  {
    id: 'sources',
    title: 'reports.sources',
    visible: (can) => can.readReports,
    filtered: true,
    Component: SourcesSection,
  },
  {
    id: 'attendance',
    title: 'reports.attendance',
    visible: (can) => can.readReports,
    filtered: true,
    Component: AttendanceSection,
  },
  {
    id: 'agreement',
    title: 'reports.agreement',
    visible: (can) => can.readReports,
    filtered: true,
    Component: AgreementSection,
  },
  {
    id: 'calibration',
    title: 'reports.calibration',
    visible: (can) => can.readCalibration,
    // An interviewer reads only this section, their own, without the filter bar.
    filtered: false,
    Component: CalibrationSection,
  },
  {
    id: 'offers',
    title: 'reports.offers',
    visible: (can) => can.readReports,
    filtered: true,
    Component: OffersSection,
  },
];
