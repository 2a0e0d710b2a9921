import { useEffect, useMemo, type ReactElement } from 'react';
import { ErrorNotice } from './components/form-fields';
import { PublicLayout } from './components/public-layout';
import { PortalLayout } from './features/portal/portal-layout';
import { lazyPage, PageLoading } from './components/lazy-page';
import { jobIdFromSlug } from '../domain/careers';
import { CareersAddressLanguage } from './features/careers/careers-address-language';
import { storedLocale, useI18n } from './i18n/i18n';
import { navigate, redirect, useLocation } from './router';
import { isSignInAddress, landingAfterSignIn } from './features/auth/sign-in-address';
import { NotForRole, type NotForRoleWording } from './components/not-for-role';
import { SessionContext, useSession, type CurrentUser, type SessionValue } from './session';
import { useCurrentUser } from './features/auth/current-user';

// Every page's code loads when the page is first shown: a visitor to the careers page or the
// portal downloads neither the staff screens nor the other public pages.
const Layout = lazyPage(() => import('./components/layout').then((m) => m.Layout));
const PracticePage = lazyPage(() =>
  import('./features/practice/practice-page').then((m) => m.PracticePage),
);
const CareersPage = lazyPage(() =>
  import('./features/careers/careers-page').then((m) => m.CareersPage),
);
const JobPostingPage = lazyPage(() =>
  import('./features/careers/job-posting-page').then((m) => m.JobPostingPage),
);
const ScreeningPage = lazyPage(() =>
  import('./features/screening/screening-page').then((m) => m.ScreeningPage),
);
const PortalPage = lazyPage(() =>
  import('./features/portal/portal-page').then((m) => m.PortalPage),
);
const TalentPoolInvitationPage = lazyPage(() =>
  import('./features/talent-pool/talent-pool-invitation-page').then(
    (m) => m.TalentPoolInvitationPage,
  ),
);
const OutboxPage = lazyPage(() => import('./features/email/outbox-page').then((m) => m.OutboxPage));
const DataRequestsPage = lazyPage(() =>
  import('./features/privacy/data-requests-page').then((m) => m.DataRequestsPage),
);
const EmailTemplatesPage = lazyPage(() =>
  import('./features/email/email-templates-page').then((m) => m.EmailTemplatesPage),
);
const LoginPage = lazyPage(() => import('./features/auth/login-page').then((m) => m.LoginPage));
const SetPasswordPage = lazyPage(() =>
  import('./features/auth/set-password-page').then((m) => m.SetPasswordPage),
);
const TwoFactorGate = lazyPage(() =>
  import('./features/account/two-factor-gate').then((m) => m.TwoFactorGate),
);
const AccountSecurityPage = lazyPage(() =>
  import('./features/account/account-security-page').then((m) => m.AccountSecurityPage),
);
const AuditLogPage = lazyPage(() =>
  import('./features/audit-log/audit-log-page').then((m) => m.AuditLogPage),
);
const IntegrationsPage = lazyPage(() =>
  import('./features/integrations/integrations-page').then((m) => m.IntegrationsPage),
);
const UserAdminPage = lazyPage(() =>
  import('./features/user-admin/user-admin-page').then((m) => m.UserAdminPage),
);
const CandidateFormPage = lazyPage(() =>
  import('./features/candidates/candidate-form-page').then((m) => m.CandidateFormPage),
);
const CandidatePage = lazyPage(() =>
  import('./features/candidates/candidate-page').then((m) => m.CandidatePage),
);
const OffersPage = lazyPage(() =>
  import('./features/offers/offers-page').then((m) => m.OffersPage),
);
const OfferPage = lazyPage(() => import('./features/offers/offer-page').then((m) => m.OfferPage));
const CandidatesPage = lazyPage(() =>
  import('./features/candidates/candidates-page').then((m) => m.CandidatesPage),
);
const ImportPage = lazyPage(() =>
  import('./features/candidates/import-page').then((m) => m.ImportPage),
);
const JobFormPage = lazyPage(() =>
  import('./features/jobs/job-form-page').then((m) => m.JobFormPage),
);
const JobsPage = lazyPage(() => import('./features/jobs/jobs-page').then((m) => m.JobsPage));
const BoardPage = lazyPage(() => import('./features/pipeline/board-page').then((m) => m.BoardPage));
const ComparisonPage = lazyPage(() =>
  import('./features/decisions/comparison-page').then((m) => m.ComparisonPage),
);
const EvaluationFormPage = lazyPage(() =>
  import('./features/interviews/evaluation-form-page').then((m) => m.EvaluationFormPage),
);
const KitPage = lazyPage(() => import('./features/interviews/kit-page').then((m) => m.KitPage));
const MyInterviewsPage = lazyPage(() =>
  import('./features/interviews/my-interviews-page').then((m) => m.MyInterviewsPage),
);
const PlanPage = lazyPage(() =>
  import('./features/interview-plans/plan-page').then((m) => m.PlanPage),
);
const StageTemplatesPage = lazyPage(() =>
  import('./features/interview-plans/stage-templates-page').then((m) => m.StageTemplatesPage),
);
const MinimumWagesPage = lazyPage(() =>
  import('./features/minimum-wages/minimum-wages-page').then((m) => m.MinimumWagesPage),
);
const OfferSettingsPage = lazyPage(() =>
  import('./features/offer-settings/offer-settings-page').then((m) => m.OfferSettingsPage),
);
const BrandSettingsPage = lazyPage(() =>
  import('./features/brand/brand-settings-page').then((m) => m.BrandSettingsPage),
);
const OfferLetterPage = lazyPage(() =>
  import('./features/offer-letters/offer-letter-page').then((m) => m.OfferLetterPage),
);
const SettingsPage = lazyPage(() =>
  import('./features/settings/settings-page').then((m) => m.SettingsPage),
);
const TodayPage = lazyPage(() => import('./features/today/today-page').then((m) => m.TodayPage));
const WaitingPage = lazyPage(() =>
  import('./features/today/waiting-page').then((m) => m.WaitingPage),
);
const ReportsPage = lazyPage(() =>
  import('./features/reports/reports-page').then((m) => m.ReportsPage),
);
const QuestionBankPage = lazyPage(() =>
  import('./features/question-bank/question-bank-page').then((m) => m.QuestionBankPage),
);

export function App() {
  return (
    <PageLoading>
      <Routes />
    </PageLoading>
  );
}

function Routes() {
  const location = useLocation();
  const { user, unavailable, retry, signedIn, signOut } = useCurrentUser();
  const { setLocale, t } = useI18n();
  // A language chosen in this browser wins; otherwise use the one saved on the account.
  const accountLocale = user?.locale;
  useEffect(() => {
    if (accountLocale && !storedLocale()) setLocale(accountLocale);
  }, [accountLocale, setLocale]);
  const session = useMemo<SessionValue | undefined>(
    () =>
      user
        ? {
            user,
            signOut: async () => {
              await signOut();
              navigate('/');
            },
          }
        : undefined,
    [user, signOut],
  );

  // "/login" names no page: signed in (just now or before), it leads to Today or its `next`.
  const leavesSignIn = Boolean(user) && isSignInAddress(location.path);
  const landing = leavesSignIn ? landingAfterSignIn(location.search) : null;
  useEffect(() => {
    if (landing) redirect(landing);
  }, [landing]);

  // The practice coach is for any job seeker: no account needed.
  if (location.path.startsWith('/practice')) {
    const stage = location.search.get('stage');
    return (
      <PublicLayout current="practice">
        <PracticePage
          initialStage={stage === 'hr' || stage === 'user' ? stage : null}
          initialJobId={location.search.get('jobId')}
        />
      </PublicLayout>
    );
  }
  // The careers pages are public too: candidates apply without an account.
  if (location.path === '/careers' || location.path.startsWith('/careers/')) {
    const slug = location.path.slice('/careers/'.length);
    const jobId = slug ? jobIdFromSlug(slug) : undefined;
    return (
      <PublicLayout current="careers">
        <CareersAddressLanguage path={location.path} />
        {!slug ? (
          <CareersPage />
        ) : jobId ? (
          <JobPostingPage key={jobId} jobId={jobId} />
        ) : (
          <p className="notice">{t('careers.notFound')}</p>
        )}
      </PublicLayout>
    );
  }
  // A one-time link to set a password works signed in or not.
  if (location.path === '/set-password') return <SetPasswordPage />;
  // The candidate portal: the private link is the key, no account.
  const portal = /^\/portal\/([\w-]+)$/.exec(location.path);
  if (portal) {
    return (
      <PortalLayout token={portal[1]!}>
        <PortalPage token={portal[1]!} />
      </PortalLayout>
    );
  }
  // HR's invitation to the talent pool: the e-mailed link is the key, no account.
  const invitation = /^\/talent-pool\/([\w-]+)$/.exec(location.path);
  if (invitation) {
    return (
      <PublicLayout>
        <TalentPoolInvitationPage token={invitation[1]!} />
      </PublicLayout>
    );
  }
  if (user === undefined && unavailable) {
    return (
      <main className="page" id="main">
        <ErrorNotice error={unavailable} />
        <button className="button" type="button" onClick={retry}>
          {t('common.tryAgain')}
        </button>
      </main>
    );
  }
  if (user === undefined) return <p className="page muted">{t('common.loading')}</p>;
  if (!session) return <LoginPage onSignedIn={signedIn} />;
  if (landing) return <p className="page muted">{t('common.loading')}</p>;
  return (
    <SessionContext.Provider value={session}>
      <Layout>
        <TwoFactorGate>
          <PageLoading>
            <Page />
          </PageLoading>
        </TwoFactorGate>
      </Layout>
    </SessionContext.Provider>
  );
}

const uuid = '([0-9a-f-]{36})';
/**
 * A page with the ability it needs: someone whose role lacks it (an interviewer who typed an
 * address) reads one plain line instead of a form the server would refuse.
 */
type Route = [
  pattern: RegExp,
  render: (match: string[], search: URLSearchParams) => ReactElement,
  needs?: keyof CurrentUser['can'],
  /** The page's own words for those without `needs`, where the general line says too little. */
  notForRole?: NotForRoleWording,
];

/** Offers name who they are for (HR, hiring managers, the approver), under the list's title. */
const offersWording: NotForRoleWording = { title: 'offerList.title', line: 'offerList.notForRole' };

const routes: Route[] = [
  [/^\/jobs\/new$/, () => <JobFormPage />, 'createJobs'],
  [
    new RegExp(`^/jobs/${uuid}/edit$`),
    ([, id]) => <JobFormPage key={id} jobId={id!} />,
    'createJobs',
  ],
  [new RegExp(`^/jobs/${uuid}$`), ([, id]) => <BoardPage key={id} jobId={id!} />, 'readPipelines'],
  [
    new RegExp(`^/jobs/${uuid}/plan$`),
    ([, id]) => <PlanPage key={id} jobId={id!} />,
    'readPipelines',
  ],
  [
    new RegExp(`^/jobs/${uuid}/screening$`),
    ([, id], search) => <ScreeningPage key={id} jobId={id!} stage={search.get('stage')} />,
    'readPipelines',
  ],
  [
    new RegExp(`^/jobs/${uuid}/comparison$`),
    ([, id]) => <ComparisonPage key={id} jobId={id!} />,
    'readPipelines',
  ],
  [
    new RegExp(`^/applications/${uuid}/interviews/(hr|user)$`),
    ([, id, stage]) => (
      <KitPage key={`${id}${stage}`} applicationId={id!} stage={stage as 'hr' | 'user'} />
    ),
  ],
  [
    new RegExp(`^/applications/${uuid}/interviews/(hr|user)/form$`),
    ([, id, stage], search) => (
      <EvaluationFormPage
        applicationId={id!}
        stage={stage as 'hr' | 'user'}
        blank={search.get('blank') === '1'}
      />
    ),
  ],
  [/^\/questions\/?$/, () => <QuestionBankPage />],
  [/^\/reports\/?$/, () => <ReportsPage />],
  [/^\/offers\/?$/, () => <OffersPage />, 'listOffers', offersWording],
  [
    new RegExp(`^/offers/${uuid}$`),
    ([, id]) => <OfferPage key={id} offerId={id!} />,
    'listOffers',
    offersWording,
  ],
  [/^\/interviews\/?$/, () => <MyInterviewsPage />],
  [/^\/settings\/?$/, () => <SettingsPage />],
  [/^\/settings\/interview-templates$/, () => <StageTemplatesPage />, 'editStageTemplates'],
  [/^\/settings\/users$/, () => <UserAdminPage />, 'manageUsers'],
  [/^\/settings\/integrations$/, () => <IntegrationsPage />, 'manageIntegrations'],
  [/^\/settings\/audit-log$/, () => <AuditLogPage />, 'readAuditLog'],
  [/^\/settings\/minimum-wages$/, () => <MinimumWagesPage />, 'editOfferSettings'],
  [/^\/settings\/offer-approval$/, () => <OfferSettingsPage />, 'editOfferSettings'],
  [/^\/settings\/offer-letter$/, () => <OfferLetterPage />, 'editOfferSettings'],
  [/^\/settings\/brand$/, () => <BrandSettingsPage />, 'editBrand'],
  [/^\/account\/security$/, () => <AccountSecurityPage />],
  [/^\/settings\/email-templates$/, () => <EmailTemplatesPage />, 'readEmailTemplates'],
  [/^\/outbox\/?$/, () => <OutboxPage />, 'readOutbox'],
  [/^\/data-requests\/?$/, () => <DataRequestsPage />, 'handleDataRequests'],
  [
    /^\/candidates\/new$/,
    (_, search) => <CandidateFormPage preselectedJobId={search.get('jobId')} />,
    'addCandidates',
  ],
  [
    new RegExp(`^/candidates/${uuid}/edit$`),
    ([, id]) => <CandidateFormPage key={id} candidateId={id!} />,
    'addCandidates',
  ],
  [new RegExp(`^/candidates/${uuid}$`), ([, id]) => <CandidatePage key={id} candidateId={id!} />],
  [/^\/candidates\/import\/?$/, () => <ImportPage />, 'addCandidates'],
  [
    new RegExp(`^/candidates/import/${uuid}$`),
    ([, id]) => <ImportPage key={id} importId={id!} />,
    'addCandidates',
  ],
  [/^\/candidates\/?$/, () => <CandidatesPage />],
  [/^\/jobs\/?$/, () => <JobsPage />],
  // Every role's home is what needs them today; the job list stays in the nav.
  [/^\/$/, () => <TodayPage />],
  [
    /^\/today\/waiting$/,
    (_, search) => <WaitingPage list={search.get('list')} stage={search.get('stage')} />,
    'readWaitingLists',
  ],
];

function Page() {
  const { path, search } = useLocation();
  const { t } = useI18n();
  const { user } = useSession();
  for (const [pattern, render, needs, wording] of routes) {
    const match = pattern.exec(path);
    if (match && needs && !user.can[needs]) return <NotForRole wording={wording} />;
    if (match) return render([...match], search);
  }
  return <p className="notice">{t('common.notFound')}</p>;
}
