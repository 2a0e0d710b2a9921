import { describe, expect, it } from 'vitest';
import { portalSteps } from '../../src/domain/portal/candidate-portal';

const shown = (steps: ReturnType<typeof portalSteps>) =>
  steps.map(({ step, state }) => `${step}:${state}`).join(' ');

describe('portalSteps', () => {
  it('shows the tests step only for a job that holds tests', () => {
    expect(shown(portalSteps('tests', true))).toBe(
      'received:done hr:done tests:current user:ahead offer:ahead',
    );
    expect(shown(portalSteps('user_interview', false))).toBe(
      'received:done hr:done user:current offer:ahead',
    );
  });

  it('keeps the step the candidate stands on even when the job no longer holds tests', () => {
    expect(shown(portalSteps('tests', false))).toBe(
      'received:done hr:done tests:current user:ahead offer:ahead',
    );
  });

  it('marks every step done once hired, and shows none once the process ended otherwise', () => {
    expect(portalSteps('hired', false).every((step) => step.state === 'done')).toBe(true);
    expect(portalSteps('rejected', true)).toEqual([]);
    expect(portalSteps('withdrawn', true)).toEqual([]);
    expect(shown(portalSteps('cv_screening', true)).startsWith('received:current')).toBe(true);
  });
});
