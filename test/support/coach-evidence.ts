import { expect } from 'vitest';
import {
  type AnswerAnalysis,
  type LabelFinding,
  answerLabels,
} from '../../src/domain/coach/answer-analysis';

/**
 * What the coach shows as the reason for a label: a flagged label has the words that triggered
 * it, an unflagged one has none, and each word stands at its exact offsets in the answer.
 */
export function expectFindingEvidence(answer: string, finding: LabelFinding, label: string): void {
  if (finding.value) expect(finding.evidence.length, label).toBeGreaterThan(0);
  else expect(finding.evidence, label).toEqual([]);
  for (const e of finding.evidence) expect(answer.slice(e.start, e.end), label).toBe(e.text);
}

/** Every label of the analysis keeps to `expectFindingEvidence`. */
export function expectEvidence(answer: string, analysis: Pick<AnswerAnalysis, 'labels'>): void {
  for (const label of answerLabels) expectFindingEvidence(answer, analysis.labels[label], label);
}
