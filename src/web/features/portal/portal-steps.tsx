import type { PortalViewOutput } from '../../../server/routes/portal.schema';
import { useI18n } from '../../i18n/i18n';

const steps = ['received', 'hr', 'user', 'offer'] as const;
const reached: Record<PortalViewOutput['status'], number> = {
  received: 0,
  hr_interview: 1,
  tests: 1,
  user_interview: 2,
  offer: 3,
  hired: 4,
  not_continued: -1,
  withdrawn: -1,
};

/** The two-interview process at a glance, with the candidate's place in it. */
export function PortalSteps({ status }: { status: PortalViewOutput['status'] }) {
  const { t } = useI18n();
  const at = reached[status];
  if (at < 0) return null;
  return (
    <ol className="portal__steps" aria-label={t('portal.steps')}>
      {steps.map((step, index) => (
        <li
          key={step}
          className={index < at ? 'done' : index === at ? 'current' : undefined}
          aria-current={index === at ? 'step' : undefined}
        >
          {t(`portal.step.${step}`)}
        </li>
      ))}
    </ol>
  );
}
