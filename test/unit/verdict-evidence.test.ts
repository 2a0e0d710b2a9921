import { describe, expect, it } from 'vitest';
import { checkVerdictEvidence, type VerdictEvidence } from '../../src/domain/verdict-evidence';

const panel = { panelIds: ['hr-1', 'int-1'], panelNames: { 'hr-1': 'Rina', 'int-1': 'Sari' } };
const codes = (evidence: VerdictEvidence, reason?: string) => {
  const checked = checkVerdictEvidence(evidence, reason, 'stage');
  return checked.ok ? [] : checked.problems.map((p) => p.code);
};

describe('one evidence rule at both gates', () => {
  it("asks a reason at HR's gate while a panel member's scorecard is missing, as at the user's", () => {
    for (const stage of ['hr', 'user'] as const) {
      const evidence = { stage, interviewHeld: true, ...panel, submittedBy: ['int-1'] };
      expect(codes(evidence)).toEqual(['verdict_needs_scorecards']);
      expect(codes(evidence, 'Kandidat harus segera diputuskan.')).toEqual([]);
    }
  });

  it("takes HR's scorecard for the HR interview; the user's verdict waits for its interview", () => {
    const scored = { interviewHeld: false, ...panel, submittedBy: ['hr-1', 'int-1'] };
    expect(codes({ stage: 'hr', ...scored })).toEqual([]);
    expect(codes({ stage: 'user', ...scored })).toEqual(['verdict_needs_interview']);
  });

  it('refuses with no scorecard at all, whatever the reason', () => {
    const none = { stage: 'hr' as const, interviewHeld: true, ...panel, submittedBy: [] };
    expect(codes(none, 'Kandidat harus segera diputuskan.')).toEqual(['no_scorecards']);
  });
});
