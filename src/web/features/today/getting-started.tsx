import { useState } from 'react';
import type { ApiData } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useSession } from '../../session';

type Checklist = NonNullable<ApiData<'get', '/api/today'>['gettingStarted']>;
type Step = Checklist['steps'][number]['step'];

/** Per user and browser: hiding the list is a reader's choice, not a company setting. */
const dismissedKey = (userId: string) => `seleksi.gettingStarted.dismissed.${userId}`;

function stepHref(step: Step, checklist: Checklist): string {
  switch (step) {
    case 'brand':
      return '/settings/brand';
    case 'users':
      return '/settings/users';
    case 'job':
      return checklist.unplannedJobId ? `/jobs/${checklist.unplannedJobId}/plan` : '/jobs/new';
    case 'candidates':
      return '/candidates/import';
  }
}

/**
 * A new install's first steps on an admin's (or HR's) Today, instead of a page of "nothing
 * waiting" (retrial24 L8). Each step ticks itself from what exists; the server stops sending the
 * list once every step is done, and the reader may hide it sooner.
 */
export function GettingStarted({ checklist }: { checklist: Checklist | null }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [dismissed, setDismissed] = useState(
    () => localStorage.getItem(dismissedKey(user.id)) === '1',
  );
  if (!checklist || dismissed) return null;
  const done = checklist.steps.filter((step) => step.done).length;
  const dismiss = () => {
    localStorage.setItem(dismissedKey(user.id), '1');
    setDismissed(true);
  };
  return (
    <section className="today__section getting-started" aria-label={t('today.gettingStarted')}>
      <h2>
        {t('today.gettingStarted')}{' '}
        <span className="badge">
          {t('today.gettingStarted.progress', { done, total: checklist.steps.length })}
        </span>
      </h2>
      <ol className="getting-started__steps">
        {checklist.steps.map(({ step, done: stepDone }) => (
          <li key={step} className={stepDone ? 'getting-started__step--done' : undefined}>
            <span aria-hidden="true">{stepDone ? '✓' : '○'}</span>{' '}
            {stepDone ? (
              <>
                {t(`today.gettingStarted.${step}`)}
                <span className="muted"> · {t('today.gettingStarted.done')}</span>
              </>
            ) : (
              <>
                <Link href={stepHref(step, checklist)}>{t(`today.gettingStarted.${step}`)}</Link>
                <span className="muted"> · {t(`today.gettingStarted.${step}.why`)}</span>
              </>
            )}
          </li>
        ))}
      </ol>
      <button type="button" className="button button--small button--quiet" onClick={dismiss}>
        {t('today.gettingStarted.dismiss')}
      </button>
    </section>
  );
}
