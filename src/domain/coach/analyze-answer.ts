/**
 * The practice coach's answer analysis: ten labels with evidence and a few metrics. The rules
 * (rule-labels.ts) run first; for the labels where it generalises better on held-out answers,
 * a small logistic-regression model (coach-weights.ts, trained by scripts/train-coach.ts) reads
 * the rules' verdicts with n-grams and linguistic cues and decides. Pure: no I/O, runs the same
 * in Node and in the browser.
 */
import type { AnswerAnalysis, AnswerInput, Evidence } from './answer-analysis';
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

/** Letters, digits and a word's inner apostrophe ("didn't", "Jum'at"). */
const wordChar = /[\p{L}\p{N}'’]/u;

/** wordChar.test, with ASCII told by its code: the pattern runs for every evidence edge. */
function isWordChar(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (Number.isNaN(c)) return false;
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39;
  }
  return wordChar.test(text[at] as string);
}

/**
 * A span widened to whole words: the tokenizer splits "didn't" into "did" + "n't", and a mark on
 * "n't understand" shows the candidate half a word.
 */
function wholeWords(text: string, e: Evidence): Evidence {
  let { start, end } = e;
  if (isWordChar(text, start)) while (start > 0 && isWordChar(text, start - 1)) start--;
  if (isWordChar(text, end - 1)) while (end < text.length && isWordChar(text, end)) end++;
  return start === e.start && end === e.end ? e : { text: text.slice(start, end), start, end };
}

function onWordBoundaries(text: string, a: AnswerAnalysis): AnswerAnalysis {
  const labels = Object.fromEntries(
    Object.entries(a.labels).map(([k, f]) => [
      k,
      { ...f, evidence: f.evidence.map((e) => wholeWords(text, e)) },
    ]),
  ) as AnswerAnalysis['labels'];
  return {
    labels,
    claims: a.claims.map((c) => ({
      claim: wholeWords(text, c.claim),
      backedBy: c.backedBy && wholeWords(text, c.backedBy),
    })),
    tone: { sarcasm: a.tone.sarcasm.map((e) => wholeWords(text, e)) },
    metrics: {
      ...a.metrics,
      numbers: a.metrics.numbers.map((e) => wholeWords(text, e)),
      jobTerms: {
        ...a.metrics.jobTerms,
        used: a.metrics.jobTerms.used.map((u) => ({
          ...u,
          evidence: u.evidence.map((e) => wholeWords(text, e)),
        })),
      },
    },
  };
}

export function analyzeAnswer(input: AnswerInput): AnswerAnalysis {
  return onWordBoundaries(input.answer, analyzeTokens(input));
}

function analyzeTokens(input: AnswerInput): AnswerAnalysis {
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
      jobTerms: jobTermsFor(input, termCoverage(ctx.doc, input.jobTerms, input.language)),
    },
  };
}

/**
 * The HR interview is about character and motivation, not the job's tools: a term used there
 * is still worth praising, but one not used is no gap (the feedback asks for terms at the user
 * interview only).
 */
function jobTermsFor(
  input: AnswerInput,
  coverage: AnswerAnalysis['metrics']['jobTerms'],
): AnswerAnalysis['metrics']['jobTerms'] {
  return input.stage === 'hr' ? { ...coverage, missed: [] } : coverage;
}
