import type { Database } from '../../db/database';
import { hrUserAgreement } from '../../services/reports/hr-user-agreement';
import { interviewerCalibration } from '../../services/reports/interviewer-calibration';
import { offerOutcomes } from '../../services/reports/offer-outcomes';
import { route } from '../route';
import {
  agreementReport,
  calibrationReport,
  offersReport,
  reportFilterQuery,
} from './report-sections.schema';

export const reportSectionRoutes = (db: Database) => [
  route(
    {
      method: 'GET',
      url: '/api/reports/agreement',
      tag: 'reports',
      summary:
        "HR's recommendation and score against the user's verdict, for candidates who reached the user stage (HR and hiring managers)",
      query: reportFilterQuery,
      response: agreementReport,
    },
    async ({ actor, query }) => hrUserAgreement(db, actor, query),
  ),
  route(
    {
      method: 'GET',
      url: '/api/reports/calibration',
      tag: 'reports',
      summary:
        'Each interviewer against the rest of their panels (HR: everyone; hiring managers: their jobs; interviewers: themselves)',
      query: reportFilterQuery,
      response: calibrationReport,
    },
    async ({ actor, query }) => interviewerCalibration(db, actor, query),
  ),
  route(
    {
      method: 'GET',
      url: '/api/reports/offers',
      tag: 'reports',
      summary:
        'Offers made, accepted, declined (with reasons), time to answer, salary against band',
      query: reportFilterQuery,
      response: offersReport,
    },
    async ({ actor, query }) => offerOutcomes(db, actor, query),
  ),
];
