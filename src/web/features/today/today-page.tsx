import type { ReactNode } from 'react';
import { useApiQuery } from '../../api/queries';
import type { ApiData } from '../../api/client';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { describeRecord } from '../candidates/duplicate-record';
import { Link } from '../../router';
import { useSession } from '../../session';
import { useInterviewTime } from '../scheduling/interview-card';
import { GettingStarted } from './getting-started';
import { HrDecisions } from './hr-decisions';
import { UserVerdicts } from './user-verdicts';
import { MinimumWagesDue } from './minimum-wages-due';
import type { todayMessagesId } from '../../i18n/messages-today';

type Today = ApiData<'get', '/api/today'>;
type Translate = ReturnType<typeof useI18n>['t'];

/** The signed-in home page: what needs this user now, each item linking to where it is handled. */
export function TodayPage() {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/today', {});
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <div className="today">
      <h1>{t('today.title')}</h1>
      <TodayLead today={data} />
      <GettingStarted checklist={data.gettingStarted} />
      <MinimumWagesDue due={data.minimumWagesDue} />
      <RescheduleRequests items={data.rescheduleRequests} />
      <ScorecardsToSubmit items={data.scorecardsToSubmit} />
      <Agenda items={data.interviews} />
      <OtherInterviews items={data.otherInterviews} />
      <OfferSections today={data} />
      <StartingSoon items={data.startingSoon} />
      <ManagerSections today={data} />
      <HrSections today={data} />
    </div>
  );
}

/**
 * The line under the title. "Nothing is waiting" is not said above a listed interview, and the job
 * list is offered only to whoever reads pipelines: an interviewer's work comes from HR's bookings.
 */
function TodayLead({ today }: { today: Today }) {
  const { t } = useI18n();
  const { user } = useSession();
  if (today.needsYou) return <p className="muted">{t('today.lead')}</p>;
  if (today.interviews.length) return <p className="muted">{t('today.upcomingOnly')}</p>;
  if (!user.can.readPipelines) return <p className="muted">{t('today.noneBooked')}</p>;
  return (
    <>
      <p className="muted">{t('today.allClear')}</p>
      <p>
        <Link href="/jobs" className="button">
          {t('today.openJobs')}
        </Link>
      </p>
    </>
  );
}

export function Section({
  title,
  count,
  empty,
  more,
  children,
}: {
  title: string;
  count: number;
  /** Said when the count is 0; a section shown only when something waits has none. */
  empty?: string;
  /** Where the whole list is, when the section shows only its first few. */
  more?: { href: string; label: string } | undefined;
  children: ReactNode;
}) {
  return (
    <section className="today__section" aria-label={title}>
      <h2>
        {title} {count > 0 && <span className="badge">{count}</span>}
      </h2>
      {count === 0 ? <p className="muted">{empty}</p> : <ul className="today__list">{children}</ul>}
      {more && (
        <p>
          <Link href={more.href} className="button button--small">
            {more.label}
          </Link>
        </p>
      )}
    </section>
  );
}

/** A list of Today: titled `today.<name>`, it says `today.<name>.empty` when nothing waits. */
type TodayList = {
  [Key in keyof typeof todayMessagesId]: Key extends `today.${infer Name}.empty` ? Name : never;
}[keyof typeof todayMessagesId];

export function ListSection({
  name,
  ...section
}: { name: TodayList } & Omit<Parameters<typeof Section>[0], 'title' | 'empty'>) {
  const { t } = useI18n();
  return <Section title={t(`today.${name}`)} empty={t(`today.${name}.empty`)} {...section} />;
}

const waitingLists = { to_book: 'interviewsToBook', too_long: 'waitingTooLong' } as const;

/** Candidates waiting, the first few of `total`, with a link to the whole list when it is longer. */
function WaitingSection({
  list,
  items,
  total,
}: {
  list: keyof typeof waitingLists;
  items: WaitingApplication[];
  total: number;
}) {
  const { t } = useI18n();
  const more =
    total > items.length
      ? { href: `/today/waiting?list=${list}`, label: t('today.showAll', { count: total }) }
      : undefined;
  return (
    <ListSection name={waitingLists[list]} count={total} more={more}>
      {items.map((item) => (
        <WaitingItem key={item.applicationId} item={item} list={list} />
      ))}
    </ListSection>
  );
}

export function Item({
  href,
  title,
  details,
}: {
  href: string;
  title: ReactNode;
  details: ReactNode;
}) {
  return (
    <li className="today__item">
      <Link href={href} className="today__link">
        {title}
      </Link>
      <span className="muted">{details}</span>
    </li>
  );
}

const kitHref = (item: { applicationId: string; stage: string }) =>
  `/applications/${item.applicationId}/interviews/${item.stage}`;

function Agenda({ items }: { items: Today['interviews'] }) {
  return (
    <ListSection name="interviews" count={items.length}>
      {items.map((item) => (
        <AgendaLine key={item.interviewId} item={item} />
      ))}
    </ListSection>
  );
}

/**
 * A hiring manager's jobs' interviews she is not on (HR's, mostly): context, not work, so folded
 * under her own and left out of the badge (retrial24 M7).
 */
function OtherInterviews({ items }: { items: Today['otherInterviews'] }) {
  const { t } = useI18n();
  if (!items?.length) return null;
  return (
    <section className="today__section" aria-label={t('today.otherInterviews')}>
      <details>
        <summary>
          <h2 className="today__summary-title">
            {t('today.otherInterviews')} <span className="badge">{items.length}</span>
          </h2>
        </summary>
        <p className="muted">{t('today.otherInterviews.about')}</p>
        <ul className="today__list">
          {items.map((item) => (
            <AgendaLine key={item.interviewId} item={item} />
          ))}
        </ul>
      </details>
    </section>
  );
}

function AgendaLine({ item }: { item: Today['interviews'][number] }) {
  const { t } = useI18n();
  const when = useInterviewTime();
  return (
    <Item
      href={kitHref(item)}
      title={
        <>
          {/* Only what is near is marked: a "later" pill on most items would be noise. */}
          {item.when !== 'later' && (
            <>
              <span className={`pill pill--when-${item.when}`}>
                {t(`today.when.${item.when}`)}
              </span>{' '}
            </>
          )}
          {item.candidateName}
        </>
      }
      details={
        <>
          {when(item.startsAt, item.timeZone)} · {t(`interview.${item.stage}`)} · {item.jobTitle}
          {!item.onPanel && ` · ${t('today.notOnPanel')}`}
          {item.rescheduleRequested && ` · ${t('today.interviews.rescheduleAsked')}`}
        </>
      }
    />
  );
}

/**
 * First on the page: a candidate waits for an answer, and a request listed under a long
 * "waiting too long" list was missed (retrial21).
 */
function RescheduleRequests({ items }: { items: Today['rescheduleRequests'] }) {
  const { t, date } = useI18n();
  const when = useInterviewTime();
  if (!items) return null;
  return (
    <ListSection name="rescheduleRequests" count={items.length}>
      {items.map((item) => (
        <Item
          key={item.interviewId}
          href={`/candidates/${item.candidateId}`}
          title={item.candidateName}
          details={[
            `${t(`interview.${item.stage}`)} · ${item.jobTitle}`,
            item.proposedTimes.length
              ? t('today.rescheduleRequests.proposed', {
                  times: item.proposedTimes.map((at) => when(at, item.timeZone)).join('; '),
                })
              : date(item.requestedAt),
            ...(item.canReschedule ? [] : [t('today.rescheduleRequests.hrHandles')]),
          ].join(' · ')}
        />
      ))}
    </ListSection>
  );
}

function ScorecardsToSubmit({ items }: { items: Today['scorecardsToSubmit'] }) {
  const { t } = useI18n();
  const when = useInterviewTime();
  return (
    <ListSection name="scorecardsToSubmit" count={items.length}>
      {items.map((item) => (
        <Item
          key={`${item.interviewId}-${item.interviewerId}`}
          // The kit's online scorecard (the kit links the printable form too).
          href={`${kitHref(item)}#scorecard`}
          title={
            <>
              {item.overdue && <span className="pill pill--overdue">{t('today.overdue')}</span>}{' '}
              {item.candidateName}
            </>
          }
          details={`${t('today.fillScorecard')} · ${when(item.startsAt, item.timeZone)} · ${item.jobTitle}`}
        />
      ))}
    </ListSection>
  );
}

type OfferItem = NonNullable<Today['offersToApprove']>[number];

/**
 * Offers that wait on someone: the approver's approvals, HR's counters, sends and expiries. A
 * section shows only when something waits: most days there is no offer to act on.
 */
function OfferSections({ today }: { today: Today }) {
  const { t, date } = useI18n();
  const sections = [
    ['today.offersToApprove', today.offersToApprove],
    ['today.offerCounters', today.offerCounters],
    ['today.offersToSend', today.offersToSend],
    ['today.offersExpiring', today.offersExpiring],
  ] as const;
  // The offer's own page: the named approver may not open the candidate's.
  const row = (item: OfferItem) => (
    <Item
      key={item.offerId}
      href={`/offers/${item.offerId}`}
      title={item.candidateName}
      details={`${item.jobTitle} · ${t('today.offerExpires', { date: date(item.expiresOn) })}`}
    />
  );
  return (
    <>
      {sections.map(([title, items]) =>
        items?.length ? (
          <Section key={title} title={t(title)} count={items.length}>
            {items.map(row)}
          </Section>
        ) : null,
      )}
    </>
  );
}

/** HR (and the job's hiring manager): candidates who accepted their offer, until their first day. */
function StartingSoon({ items }: { items: Today['startingSoon'] }) {
  const { t, date } = useI18n();
  if (!items?.length) return null;
  return (
    <Section title={t('today.startingSoon')} count={items.length}>
      {items.map((item) => (
        <Item
          key={item.applicationId}
          href={`/candidates/${item.candidateId}`}
          title={item.candidateName}
          details={`${item.jobTitle} · ${t('today.startingSoon.item', { date: date(item.startDate) })}`}
        />
      ))}
    </Section>
  );
}

/**
 * A held interview reads as held, not as booked, while the manager's decision waits; scored while
 * its booked time still runs, it reads as scored until the slot ends (as on the candidate page).
 */
function interviewState(item: { booked: boolean; held: boolean; scored: boolean }) {
  if (item.scored) return 'today.scored' as const;
  if (item.held) return 'today.held' as const;
  return item.booked ? ('today.booked' as const) : ('today.notBooked' as const);
}

/**
 * A decision waiting for the manager says what it waits for: once the whole panel has scored,
 * only their decision (the booked time may still run: the scores are in, the interview is held).
 */
function decisionState(item: ManagerItem) {
  return item.panelScored ? ('today.panelScored' as const) : interviewState(item);
}

type ManagerItem = NonNullable<Today['passedToYou']>[number];

/**
 * Where the manager acts on a candidate HR passed them: none booked, the booking form (the job's
 * hiring manager may book the user interview; the candidate page opens it); booked ahead, the
 * kit to prepare; held or over, the candidate page (scorecards, the decision).
 */
function managerItemHref(item: ManagerItem): string {
  if (item.held) return `/candidates/${item.candidateId}`;
  if (item.booked) return `/applications/${item.applicationId}/interviews/user`;
  return `/candidates/${item.candidateId}?book=${item.applicationId}`;
}

function ManagerSections({ today }: { today: Today }) {
  const { t, date } = useI18n();
  const row = (item: ManagerItem, href: string, decision = false) => (
    <Item
      key={item.applicationId}
      href={href}
      title={item.candidateName}
      details={`${item.jobTitle} · ${t(decision ? decisionState(item) : interviewState(item))} · ${t(
        'today.since',
        {
          date: date(item.stageEnteredAt),
        },
      )}`}
    />
  );
  return (
    <>
      {today.decisionsWaiting && (
        <ListSection name="decisionsWaiting" count={today.decisionsWaiting.length}>
          {/* The decision is recorded on the candidate page. */}
          {today.decisionsWaiting.map((item) => row(item, `/candidates/${item.candidateId}`, true))}
        </ListSection>
      )}
      {today.passedToYou && (
        <ListSection name="passedToYou" count={today.passedToYou.length}>
          {today.passedToYou.map((item) => row(item, managerItemHref(item)))}
        </ListSection>
      )}
    </>
  );
}

function HrSections({ today }: { today: Today }) {
  const i18n = useI18n();
  const { t, date } = i18n;
  return (
    <>
      {today.hrDecisions && <HrDecisions items={today.hrDecisions} />}
      {today.userVerdicts && <UserVerdicts items={today.userVerdicts} />}
      {today.newApplications && (
        <ListSection name="newApplications" count={today.newApplicationsTotal ?? 0}>
          {today.newApplications.map((job) => (
            <Item
              key={job.jobId}
              href={`/jobs/${job.jobId}/screening?stage=applied`}
              title={job.jobTitle}
              details={t('today.newApplications.count', {
                count: job.count,
                date: date(job.firstArrivedAt),
              })}
            />
          ))}
        </ListSection>
      )}
      {today.interviewsToBook && (
        <WaitingSection
          list="to_book"
          items={today.interviewsToBook}
          total={today.interviewsToBookTotal ?? 0}
        />
      )}
      {today.waitingTooLong && (
        <WaitingSection
          list="too_long"
          items={today.waitingTooLong}
          total={today.waitingTooLongTotal ?? 0}
        />
      )}
      {today.scorecardsOverdue && <OverdueScorecards items={today.scorecardsOverdue} t={t} />}
      {today.duplicates && (
        <ListSection name="duplicates" count={today.duplicates.length}>
          {today.duplicates.map((item) => (
            <Item
              key={`${item.candidateId}-${item.otherId}`}
              href={`/candidates/${item.candidateId}`}
              title={item.candidateName}
              details={t('today.duplicateOf', {
                record: describeRecord(i18n, {
                  applications: item.candidateApplications,
                  createdAt: item.candidateCreatedAt,
                }),
                name: item.otherName,
                other: describeRecord(i18n, {
                  applications: item.otherApplications,
                  createdAt: item.otherCreatedAt,
                }),
              })}
            />
          ))}
        </ListSection>
      )}
      {today.dataRequests && (
        <ListSection name="dataRequests" count={today.dataRequests.length}>
          {today.dataRequests.map((item) => (
            <Item
              key={item.id}
              href="/data-requests"
              title={`${t(`privacy.kind.${item.kind}`)} · ${item.candidateName ?? t(item.candidateAnonymised ? 'privacy.anonymisedCandidate' : 'privacy.erasedCandidate')}`}
              details={t('today.due', { date: date(item.dueAt) })}
            />
          ))}
        </ListSection>
      )}
      {today.failedEmails !== null && (
        <ListSection name="failedEmails" count={today.failedEmails}>
          <Item
            href="/outbox"
            title={t('today.openOutbox')}
            details={t('today.failedEmails.count', { count: today.failedEmails })}
          />
        </ListSection>
      )}
    </>
  );
}

export type WaitingApplication = NonNullable<Today['waitingTooLong']>[number];

/** A candidate waiting: past the stage's target, or for an interview to be booked. */
export function WaitingItem({
  item,
  list,
}: {
  item: WaitingApplication;
  list: 'too_long' | 'to_book';
}) {
  const { t } = useI18n();
  const waited =
    list === 'too_long'
      ? t('today.waitedDays', { days: item.workingDays, target: item.targetDays })
      : t('today.waitedSince', { days: item.workingDays });
  return (
    <Item
      href={`/candidates/${item.candidateId}`}
      title={item.candidateName}
      details={`${t(`stage.${item.stage}`)} · ${item.jobTitle} · ${waited}`}
    />
  );
}

function OverdueScorecards({ items, t }: { items: Today['scorecardsToSubmit']; t: Translate }) {
  return (
    <ListSection name="scorecardsOverdue" count={items.length}>
      {items.map((item) => (
        <Item
          key={`${item.interviewId}-${item.interviewerId}`}
          href={`/candidates/${item.candidateId}`}
          title={item.candidateName}
          details={`${t(`interview.${item.stage}`)} · ${item.jobTitle} · ${t('today.by', {
            name: item.interviewerName,
          })}`}
        />
      ))}
    </ListSection>
  );
}
