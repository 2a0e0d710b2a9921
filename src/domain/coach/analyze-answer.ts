/**
 * The practice coach's answer analysis: ten labels with evidence and a few metrics. The rules
 * (rule-labels.ts) run first; for the labels where it generalises better on held-out answers,
 * a small logistic-regression model (coach-weights.ts, trained by scripts/train-coach.ts) reads
 * the rules' verdicts with n-grams and linguistic cues and decides. Pure: no I/O, runs the same
 * in Node and in the browser.
 */
import type { AnswerAnalysis, AnswerInput } from './answer-analysis';
import { coachModel } from './coach-weights';
import { buildContext } from './context';
import { decideLabels } from './decide-labels';
import { answerFeatures } from './features';
import { weighedBy } from './linear-model';
import { ruleLabels } from './rule-labels';
import { findSarcasm } from './sarcasm';
import { termCoverage } from './term-coverage';

export { FILLER_HEAVY_PER_100 } from './rule-labels';

/** Calm interview pace, about the same in Indonesian and English. */
export const WORDS_PER_MINUTE = 130;

const keepFeature = weighedBy(coachModel);

const round1 = (n: number) => Math.round(n * 10) / 10;

export function analyzeAnswer(input: AnswerInput): AnswerAnalysis {
  const ctx = buildContext(input);
  const rules = ruleLabels(ctx);
  const labels = decideLabels(rules, answerFeatures(ctx, rules, keepFeature), coachModel);
  const words = rules.words;
  return {
    labels,
    claims: rules.claims.map(({ claim, backedBy }) => ({ claim, backedBy })),
    tone: { sarcasm: findSarcasm(ctx) },
    metrics: {
      words,
      sentences: ctx.sentences.length,
      speakingSeconds: Math.round((words / WORDS_PER_MINUTE) * 60),
      fillers: ctx.fillers.length,
      fillersPer100Words: words > 0 ? round1((ctx.fillers.length / words) * 100) : 0,
      numbers: rules.numbers.map((n) => n.evidence),
      jobTerms: termCoverage(ctx.doc, input.jobTerms),
    },
  };
}
