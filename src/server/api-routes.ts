import type { MailSettings } from '../config';
import type { Database } from '../db/database';
import type { CvStore } from '../services/candidates/cv-store';
import type { SecretBox } from '../services/secret-box';
import type { RouteDefinition } from './route';
import { apiTokenRoutes } from './routes/api-tokens';
import { applicationRoutes } from './routes/applications';
import { webhookRoutes } from './routes/webhooks';
import { authRoutes } from './routes/auth';
import { brandRoutes } from './routes/brand';
import { candidateRoutes } from './routes/candidates';
import { careerRoutes } from './routes/careers';
import { coachRoutes } from './routes/coach';
import { cvFileRoutes } from './routes/cv-files';
import { decisionRoutes } from './routes/decisions';
import { duplicateRoutes } from './routes/duplicates';
import { emailRoutes } from './routes/email';
import { interviewKitRoutes } from './routes/interview-kits';
import { interviewPlanRoutes } from './routes/interview-plans';
import { minimumWageRoutes } from './routes/minimum-wages';
import { myInterviewRoutes } from './routes/my-interviews';
import { offerLetterRoutes } from './routes/offer-letters';
import { offerSettingsRoutes } from './routes/offer-settings';
import { offerRoutes } from './routes/offers';
import { portalRoutes } from './routes/portal';
import { offerAnswerRoutes } from './routes/offer-answers';
import { privacyRoutes } from './routes/privacy';
import { questionRoutes } from './routes/questions';
import { reportSectionRoutes } from './routes/report-sections';
import { salaryExpectationRoutes } from './routes/salary-expectations';
import { schedulingRoutes } from './routes/scheduling';
import { heldInterviewRoutes } from './routes/held-interviews';
import { scorecardRoutes } from './routes/scorecards';
import { screeningRoutes } from './routes/screening';
import { securityRoutes } from './routes/security';
import { stageTemplateRoutes } from './routes/stage-templates';
import { jobRoutes } from './routes/jobs';
import { systemRoutes } from './routes/system';
import { talentPoolRoutes } from './routes/talent-pool';
import { reportRoutes } from './routes/reports';
import { candidateImportRoutes } from './routes/candidate-imports';
import { todayRoutes } from './routes/today';

/** What the route handlers need at run time; building the list touches none of it. */
export interface RouteDependencies {
  db: Database;
  secretBox: SecretBox;
  store: CvStore;
  /** What outgoing e-mail and public links say about this installation (config.ts). */
  mail: MailSettings;
  /** Webhook endpoints may be plain HTTP on this machine (tests and development). */
  allowLoopbackWebhooks?: boolean | undefined;
}

/**
 * Every API route, in one list: the app serves it, `/api/openapi.json` describes it, and
 * `npm run generate:api` turns it into the web's typed client without starting a server.
 */
export function apiRoutes({
  db,
  secretBox,
  store,
  mail,
  allowLoopbackWebhooks = false,
}: RouteDependencies): RouteDefinition[] {
  const routes: RouteDefinition[] = [];
  routes.push(
    ...systemRoutes(db, () => routes),
    ...authRoutes(db, secretBox, mail),
    ...jobRoutes(db, mail),
    ...candidateRoutes(db, mail),
    ...candidateImportRoutes(db, mail),
    ...applicationRoutes(db, mail),
    ...stageTemplateRoutes(db),
    ...questionRoutes(db),
    ...interviewPlanRoutes(db),
    ...interviewKitRoutes(db),
    ...salaryExpectationRoutes(db),
    ...myInterviewRoutes(db),
    ...todayRoutes(db),
    ...reportRoutes(db),
    ...scorecardRoutes(db),
    ...decisionRoutes(db, mail),
    ...offerRoutes(db, mail),
    ...coachRoutes(db),
    ...careerRoutes(db, { store, mail }),
    ...cvFileRoutes(db, store),
    ...duplicateRoutes(db),
    ...screeningRoutes(db),
    ...schedulingRoutes(db, mail),
    ...heldInterviewRoutes(db),
    ...emailRoutes(db),
    ...portalRoutes(db, mail),
    ...offerAnswerRoutes(db, mail),
    ...privacyRoutes(db, store),
    ...talentPoolRoutes(db, mail),
    ...securityRoutes(db, mail, secretBox),
    ...minimumWageRoutes(db),
    ...offerSettingsRoutes(db),
    ...offerLetterRoutes(db, mail),
    ...reportSectionRoutes(db),
    ...apiTokenRoutes(db),
    ...webhookRoutes(db, { secretBox, allowLoopbackHttp: allowLoopbackWebhooks }),
    ...brandRoutes(db, mail),
  );
  return routes;
}
