/**
 * The practice coach's answer analysis: ten labels with evidence and a few metrics, computed
 * by rules (lexicons, light morphology, sentence roles, tense and person cues). Pure: no I/O,
 * runs the same in Node and in the browser.
 */
import type { AnswerAnalysis, AnswerInput, Evidence, LabelFinding } from './answer-analysis';
import { buildContext, tidy } from './context';
import { findNumbers } from './quantified';
import { detectRedFlags, findDefensive } from './red-flags';
import { detectStar } from './star';
import { termCoverage } from './term-coverage';
import { isWord } from './tokens';

/** Calm interview pace, about the same in Indonesian and English. */
export const WORDS_PER_MINUTE = 130;
/** fillerHeavy from this many fillers per 100 words (README). */
export const FILLER_HEAVY_PER_100 = 3;

const round1 = (n: number) => Math.round(n * 10) / 10;

export function analyzeAnswer(input: AnswerInput): AnswerAnalysis {
  const ctx = buildContext(input);
  const words = ctx.doc.tokens.filter(isWord).length;
  const fillersPer100Words = words > 0 ? round1((ctx.fillers.length / words) * 100) : 0;
  const defensive = findDefensive(ctx);
  const star = detectStar(ctx, defensive.sentences);
  const flags = detectRedFlags(ctx, star, defensive);
  const numbers = findNumbers(ctx);
  const measures: Evidence[] = numbers.filter((n) => n.measure).map((n) => n.evidence);
  const fillerHeavy = words > 0 && (ctx.fillers.length / words) * 100 >= FILLER_HEAVY_PER_100;
  const label = (value: boolean, evidence: Evidence[]): LabelFinding => ({
    value,
    evidence: value ? tidy(evidence) : [],
  });
  return {
    labels: {
      situation: star.situation,
      task: star.task,
      action: star.action,
      result: star.result,
      quantified: label(measures.length > 0, measures),
      genericClaim: flags.genericClaim,
      negativeFormer: flags.negativeFormer,
      defensive: flags.defensive,
      theoretical: flags.theoretical,
      fillerHeavy: label(fillerHeavy, ctx.fillers),
    },
    metrics: {
      words,
      sentences: ctx.sentences.length,
      speakingSeconds: Math.round((words / WORDS_PER_MINUTE) * 60),
      fillers: ctx.fillers.length,
      fillersPer100Words,
      numbers: numbers.map((n) => n.evidence),
      jobTerms: termCoverage(ctx.doc, input.jobTerms),
    },
  };
}
