import { useI18n } from '../../i18n/i18n';
import type { PortalViewOutput } from './portal-page';

/** The process at a glance, with the candidate's place in it, as the server lays it out. */
export function PortalSteps({ steps }: { steps: PortalViewOutput['steps'] }) {
  const { t } = useI18n();
  if (steps.length === 0) return null;
  return (
    <ol className="portal__steps" aria-label={t('portal.steps')}>
      {steps.map(({ step, state }) => (
        <li
          key={step}
          className={state === 'ahead' ? undefined : state}
          aria-current={state === 'current' ? 'step' : undefined}
        >
          {t(`portal.step.${step}`)}
        </li>
      ))}
    </ol>
  );
}
