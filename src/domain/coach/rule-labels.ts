/**
 * The hand-written rules of the practice coach: ten labels with evidence, from lexicons, light
 * morphology, sentence roles, tense and person cues. The learned model (linear-model.ts) reads
 * these verdicts as features next to n-grams and linguistic cues.
 */
import type { AnswerLabel, Evidence, LabelFinding } from './answer-analysis';
import type { ClaimBacking } from './claim-backing';
import { type Ctx, span, tidy } from './context';
import { lex } from './lexicon';
import { type NumberMention, findNumbers } from './quantified';
import { deniedDue } from './badmouthing';
import { speaksOfOthers } from './features';
import { detectRedFlags, findDefensive } from './red-flags';
import { namesNoOwnEmployer } from './judged-party';
import { detectStar } from './star';
import { isWord } from './tokens';
import { lowFact } from './word-set';

/** fillerHeavy from this many fillers per 100 words (README). */
export const FILLER_HEAVY_PER_100 = 3;
/** ... and at least this many fillers. */
const MIN_HEAVY_FILLERS = 2;

export interface RuleAnalysis {
  labels: Record<AnswerLabel, LabelFinding>;
  numbers: NumberMention[];
  /** Positive traits claimed about oneself, with or without a story. */
  traits: Evidence[];
  /** Each trait claim with the sentence of the candidate's own story that shows it, or none. */
  claims: ClaimBacking[];
  /** A sentence follows the one of the first action: room for an outcome. */
  storyGoesOn: boolean;
  /** The candidate's goal or duty stated anywhere, story or not (what task needs). */
  taskCues: Evidence[];
  /** Words that make the answer theoretical (modals, habits, hypotheticals), set or not. */
  theoryMarkers: Evidence[];
  /** Negations that deny a party what it owes or is ("no support", "never listened"). */
  deniedDues: Evidence[];
  /** Every sentence tells a step of a career (studied, worked at, joined): a biography. */
  careerHistoryOnly: boolean;
  /** Only clients or companies in general are named, no employer of the candidate's own. */
  namesNoOwnEmployer: boolean;
  words: number;
}

/** The steps of a career told as a biography, in either language. */
const careerStep =
  /\b(studied|graduated|graduating|worked (at|as|in|for)|joined|moved to|kuliah|lulus|bekerja (di|sebagai)|kerja di|masuk ke|pindah ke)\b/;

/**
 * A word a career step's pattern can start on (checked alone, with the same word edges): a
 * sentence with none of them is no step, and its words need not be joined and searched.
 */
const mayStartStep = lowFact((low) =>
  /\b(?:studied|graduated|graduating|worked|joined|moved|kuliah|lulus|bekerja|kerja|masuk|pindah)\b/.test(
    low,
  ),
);

function careerHistoryOnly(ctx: Ctx): boolean {
  return (
    ctx.sentences.length > 0 &&
    ctx.sentences.every(
      (s) => s.content.some(mayStartStep) && careerStep.test(s.content.map((t) => t.low).join(' ')),
    )
  );
}

/** Within this many words after a negation, the word it denies ("no real support"). */
const negationReach = 3;

function deniedDues(ctx: Ctx): Evidence[] {
  const out: Evidence[] = [];
  for (const s of ctx.sentences) {
    const c = s.content;
    if (!speaksOfOthers(ctx, s)) continue;
    c.forEach((t, j) => {
      if (!lex.negation.has(t.low)) return;
      const denied = c.slice(j + 1, j + 1 + negationReach).find(deniedDue);
      if (denied) out.push(span(ctx.doc, t, denied));
    });
  }
  return out;
}

function storyGoesOn(ctx: Ctx, actions: readonly Evidence[]): boolean {
  const first = actions[0];
  if (!first) return ctx.sentences.length > 1;
  return ctx.sentences.some((s) => s.sentence.start >= first.end);
}

function label(value: boolean, evidence: Evidence[]): LabelFinding {
  return { value, evidence: value ? tidy(evidence) : [] };
}

export function ruleLabels(ctx: Ctx): RuleAnalysis {
  const words = ctx.doc.tokens.filter(isWord).length;
  const defensive = findDefensive(ctx);
  const star = detectStar(ctx, defensive.sentences);
  const numbers = findNumbers(ctx);
  const flags = detectRedFlags(ctx, star, defensive, numbers);
  const measures: Evidence[] = numbers.filter((n) => n.measure).map((n) => n.evidence);
  const noOwnEmployer = namesNoOwnEmployer(ctx);
  // A hard client or "some companies" judged is not a former employer run down.
  const negativeFormer = noOwnEmployer ? label(false, []) : flags.negativeFormer;
  // One filler in a short answer passes the rate but is not "many" (none such is labelled heavy).
  const fillerHeavy =
    ctx.fillers.length >= MIN_HEAVY_FILLERS &&
    (ctx.fillers.length / words) * 100 >= FILLER_HEAVY_PER_100;
  return {
    labels: {
      situation: star.situation,
      task: star.task,
      action: star.action,
      result: star.result,
      quantified: label(measures.length > 0, measures),
      genericClaim: flags.genericClaim,
      negativeFormer,
      defensive: flags.defensive,
      theoretical: flags.theoretical,
      fillerHeavy: label(fillerHeavy, ctx.fillers),
    },
    numbers,
    traits: flags.traits,
    claims: flags.claims,
    storyGoesOn: storyGoesOn(ctx, star.action.evidence),
    taskCues: star.taskCues,
    theoryMarkers: flags.theoryMarkers,
    deniedDues: deniedDues(ctx),
    careerHistoryOnly: careerHistoryOnly(ctx),
    namesNoOwnEmployer: noOwnEmployer,
    words,
  };
}

/**
 * Cues of someone else being judged: criticism, evaluation, negation or veiled judgement in a
 * sentence about a third party, a habit pinned on them or an understatement about them
 * (structure-cues.ts), belittling, a disclaimer before criticism or what not to do
 * (disparagement.ts), scare quotes, sarcasm markers.
 */
const judgementCues = [
  'f:criticisesOthers',
  'f:evaluatesOthers',
  'f:veiledJudgementOthers',
  'f:scareQuoteOthers',
  'f:pauseAboutOthers',
  'f:othersNegated',
  'f:ironicPraiseOthers',
  'f:habitOthers',
  'f:understatementOthers',
  'f:understatedCriticism',
  'f:belittlesOthers',
  'f:disclaimerThenOthers',
  'f:whatNotToDo',
  'f:externalCause',
  'f:mockingSkill',
  'f:grudgingCondition',
  'f:blameOnOthers',
  'f:harmByOthers',
  'f:ironicSurprise',
  'f:notedDeferral',
  'f:scareQuotedPraise',
  'f:contrastWithThem',
  'f:dismissesAnyone',
  'f:quoteUndercut',
  'f:sarcasm',
  'f:scareQuote',
];

/**
 * The words where the answer judges someone: what a badmouthing flag points at when the model set
 * it, rather than the n-grams that weighed most ("my", "manager", "was").
 */
export function judgementEvidence(
  features: { get(name: string): { evidence: Evidence[] } | undefined },
  deniedDues: readonly Evidence[] = [],
): Evidence[] {
  // A negation alone ("no") shows nothing; what it denies does ("no support").
  const cues = judgementCues.filter((cue) => cue !== 'f:othersNegated');
  return [...cues.flatMap((cue) => features.get(cue)?.evidence ?? []), ...deniedDues];
}

/** Judgement cues that name nobody, so they do not let the model set negativeFormer alone. */
const ungatedCues = new Set(['f:othersNegated', 'f:sarcasm', 'f:scareQuote']);

/**
 * What a label needs in the answer before the learned model may set it: a number that is not a
 * date, age, year, time, identifier or idiom for quantified; for result, an
 * outcome word or a sentence after the first step; for negativeFormer, a cue of someone being
 * judged (without it the model flagged any answer that named a former boss, "my manager taught
 * me a lot"). The model weighs the evidence; it cannot invent what is not there.
 */
export function modelMayClaim(
  label: AnswerLabel,
  rules: RuleAnalysis,
  cues: { has(name: string): boolean },
): boolean {
  if (label === 'result') {
    return rules.labels.result.value || cues.has('f:resultCue') || rules.storyGoesOn;
  }
  if (label === 'negativeFormer') {
    // A bare negation near a party ("my company has no analytics role") judges nobody: it
    // counts only when it denies the party something it owes or is ("no support", "no good").
    // A sarcasm marker or a quote alone ("yeah", "lol") says nothing of whom: only its
    // variants about someone else open the gate (a chatty "yeah so basically ..." was flagged).
    const judged = judgementCues.some((c) => !ungatedCues.has(c) && cues.has(c));
    if (rules.namesNoOwnEmployer) return false;
    return rules.labels.negativeFormer.value || judged || rules.deniedDues.length > 0;
  }
  if (label === 'task') {
    // A story with no stated goal or duty has no task, however story-like it is: without this
    // the model learnt "a story has a task" and over-fired on new writers.
    // A duty in a list of duties, with no story around it, is a job description, not a task.
    const story = rules.labels.situation.value || rules.labels.action.value;
    return rules.labels.task.value || (rules.taskCues.length > 0 && story);
  }
  if (label === 'genericClaim') {
    // The model may drop a claim the rules found backed or not, never add one: it flagged
    // negated traits ("I'm not a natural leader") and claims a story backs.
    return rules.labels.genericClaim.value;
  }
  if (label === 'action') {
    // A biography of jobs held tells no step taken in a situation: the model learnt "I studied,
    // I worked, I joined" as actions from stories that begin that way.
    return rules.labels.action.value || !rules.careerHistoryOnly;
  }
  if (label === 'quantified') {
    return rules.numbers.some((n) => n.measure || n.reason === undefined || n.reason === 'other');
  }
  return true;
}
