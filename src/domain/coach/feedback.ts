import type { AnswerAnalysis, AnswerInput, Evidence } from './answer-analysis';
import { insideAny, notYetSpans } from './not-yet';
import {
  asksForExample,
  missesQuestion,
  namedTermsLeftOut,
  storyFromElsewhere,
} from './question-fit';
import { casualRegister, chatWords } from './register';
import { FILLER_HEAVY_PER_100 } from './rule-labels';
import { tokenize } from './tokens';

/** What the coach can say; the web turns each code into a sentence in the candidate's language. */
export const feedbackCodes = [
  'star_complete',
  'has_numbers',
  'job_terms_used',
  'no_red_flags',
  'good_length',
  'calm_delivery',
  'claim_backed',
  'add_situation',
  'add_action',
  'add_result',
  'add_numbers',
  'use_job_terms',
  'show_nearby_experience',
  'give_own_example',
  'back_claims',
  'no_badmouthing',
  'own_the_weakness',
  'cut_fillers',
  'answer_the_question',
  'example_from_work',
  'name_the_asked_terms',
  'formal_register',
  'chat_register',
  'mind_tone',
  'too_short',
  'too_long',
] as const;
export type FeedbackCode = (typeof feedbackCodes)[number];

export const summaryCodes = [
  'strong',
  'direct',
  'direct_refine',
  'red_flag',
  'off_question',
  'needs_example',
  'needs_structure',
  'almost',
] as const;
export type SummaryCode = (typeof summaryCodes)[number];

export interface FeedbackPoint {
  code: FeedbackCode;
  evidence: Evidence[];
  /** Values the sentence names, e.g. the job terms missed or the filler rate. */
  params: Record<string, string | number>;
}

export interface AnswerFeedback {
  summary: SummaryCode;
  strengths: FeedbackPoint[];
  /** The three most important things to improve, most important first. */
  improvements: FeedbackPoint[];
}

type JobTerms = AnswerAnalysis['metrics']['jobTerms'];

/**
 * The job terms named only where the candidate says they have not used them yet ("I have not
 * used Tableau yet"): mentioned, not used, so not praised as used.
 */
function splitNotYet(
  jobTerms: JobTerms,
  spans: readonly Evidence[],
): { terms: JobTerms; notYet: JobTerms['used'] } {
  if (spans.length === 0) return { terms: jobTerms, notYet: [] };
  const only = (t: JobTerms['used'][number]) => t.evidence.every((e) => insideAny(spans, e));
  return {
    terms: { ...jobTerms, used: jobTerms.used.filter((t) => !only(t)) },
    notYet: jobTerms.used.filter(only),
  };
}

/** A backing sentence quoted in the feedback: its first words, enough to find it. */
function shortened(sentence: string): string {
  const words = sentence.split(/\s+/);
  return words.length <= 14 ? sentence : `${words.slice(0, 12).join(' ')} …`;
}

/** The distinct words found (fillers, chat words), quoted, most frequent first: "eh", "gitu". */
function quoteFillers(found: readonly Evidence[]): string {
  const counts = new Map<string, number>();
  for (const e of found) {
    const word = e.text.toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([word]) => `"${word}"`)
    .join(', ');
}

/** Shorter than this, an answer cannot carry a story; longer, it loses the listener (~2.5 min). */
const minStoryWords = 40;
/** A question that wants no story (a reason, a figure) is answered well in two sentences. */
const minDirectWords = 15;
const maxWords = 330;

const point = (
  code: FeedbackCode,
  evidence: Evidence[] = [],
  params: FeedbackPoint['params'] = {},
): FeedbackPoint => ({
  code,
  evidence,
  params,
});

/**
 * Turns an analysis into advice, aware of the stage: HR listens for motivation, attitude and
 * honesty; the user listens for concrete evidence, STAR, numbers and the job's own terms.
 * No score: each point says why, with the words that triggered it.
 */
export function buildFeedback(analysis: AnswerAnalysis, input: AnswerInput): AnswerFeedback {
  const { labels, metrics } = analysis;
  const star = labels.situation.value && labels.action.value && labels.result.value;
  const redFlag = labels.negativeFormer.value || labels.defensive.value;
  const doc = tokenize(input.answer);
  const { terms, notYet } = splitNotYet(metrics.jobTerms, notYetSpans(doc));
  // Story, steps and numbers are advice only where the question asks for an example.
  const wantsStory = asksForExample(input.question);
  const minWords = wantsStory ? minStoryWords : minDirectWords;

  const strengths: FeedbackPoint[] = [];
  if (star) {
    strengths.push(
      point(
        'star_complete',
        [...labels.situation.evidence, ...labels.action.evidence, ...labels.result.evidence].slice(
          0,
          3,
        ),
      ),
    );
  }
  if (labels.quantified.value) strengths.push(point('has_numbers', labels.quantified.evidence));
  if (terms.used.length) {
    strengths.push(
      point(
        'job_terms_used',
        terms.used.flatMap((t) => t.evidence.slice(0, 1)),
        { terms: terms.used.map((t) => t.term).join(', ') },
      ),
    );
  }
  if (!redFlag && !labels.genericClaim.value && metrics.words >= minWords)
    strengths.push(point('no_red_flags'));
  if (metrics.words >= minWords && metrics.words <= maxWords) {
    strengths.push(
      point('good_length', [], { words: metrics.words, seconds: metrics.speakingSeconds }),
    );
  }
  const sarcasm = analysis.tone.sarcasm;
  // Few fillers but an ironic edge does not sound calm.
  if (metrics.words >= minWords && metrics.fillersPer100Words < 1 && sarcasm.length === 0)
    strengths.push(point('calm_delivery'));
  const backed = analysis.claims.find((c) => c.backedBy);
  if (backed?.backedBy) {
    strengths.push(
      point('claim_backed', [backed.claim, backed.backedBy], {
        claim: backed.claim.text,
        sentence: shortened(backed.backedBy.text),
      }),
    );
  }
  const unbacked = analysis.claims.filter((c) => !c.backedBy).map((c) => c.claim);
  const unshown = unbacked.length > 0 ? unbacked : labels.genericClaim.evidence;
  const claimParams = { claims: unshown.map((c) => `"${c.text}"`).join(', ') };

  // Candidate improvements with a priority per stage (HR, user): lower comes first. What the
  // interviewer notices at once leads at both stages: red flags, not answering the question,
  // heavy fillers, "gue/lo". Then HR asks for proof of claims, the user for a real, measured
  // example; missing numbers and job terms come after the delivery.
  const candidates: [number, FeedbackPoint][] = [];
  const add = (hrRank: number, userRank: number, feedback: FeedbackPoint) =>
    candidates.push([input.stage === 'hr' ? hrRank : userRank, feedback]);
  if (labels.negativeFormer.value)
    add(0, 0, point('no_badmouthing', labels.negativeFormer.evidence));
  if (labels.defensive.value) add(1, 1, point('own_the_weakness', labels.defensive.evidence));
  const missed = missesQuestion(analysis, input);
  // A good story about other work is told which of the question's terms it never names.
  const leftOut = namedTermsLeftOut(analysis, input);
  const nameTerms = () =>
    point('name_the_asked_terms', [], { terms: leftOut.map((t) => `“${t}”`).join(', ') });
  if (missed) {
    add(
      2,
      2,
      storyFromElsewhere(analysis, input)
        ? point('example_from_work')
        : leftOut.length > 0
          ? nameTerms()
          : point('answer_the_question', missed, { question: input.question }),
    );
  } else if (leftOut.length > 0) {
    // The story asked for, without the term: it answers; naming the term makes it fit better.
    add(7, 5, nameTerms());
  }
  if (labels.fillerHeavy.value) {
    // Just past the threshold, fillers matter less than "gue/lo", which comes first then.
    const rank = metrics.fillersPer100Words >= 2 * FILLER_HEAVY_PER_100 ? 3 : 5;
    add(
      rank,
      rank,
      point('cut_fillers', labels.fillerHeavy.evidence, {
        rate: Math.round(metrics.fillersPer100Words * 10) / 10,
        fillers: quoteFillers(labels.fillerHeavy.evidence),
      }),
    );
  }
  // Irony is heard at once, like a red flag, at both stages.
  if (sarcasm.length > 0) add(2, 2, point('mind_tone', sarcasm.slice(0, 3)));
  const casual = casualRegister(doc);
  if (casual.length > 0) {
    add(4, 4, point('formal_register', casual.slice(0, 3), { words: quoteFillers(casual) }));
  }
  const chat = chatWords(doc);
  if (chat.length > 0) {
    add(4, 4, point('chat_register', chat.slice(0, 3), { words: quoteFillers(chat) }));
  }
  if (labels.theoretical.value) add(6, 5, point('give_own_example', labels.theoretical.evidence));
  else if (unbacked.length > 0) {
    // Every claim unbacked is the red flag; one left unshown beside a backed one is a detail.
    const rank = labels.genericClaim.value ? [5, 9] : [12, 12];
    add(rank[0] ?? 12, rank[1] ?? 12, point('back_claims', unbacked, claimParams));
  } else if (labels.genericClaim.value) {
    add(5, 9, point('back_claims', unshown, claimParams));
  }
  if (!labels.theoretical.value && wantsStory) {
    if (!labels.situation.value) add(8, 7, point('add_situation'));
    if (!labels.action.value) add(7, 6, point('add_action'));
    else if (!labels.result.value) add(9, 7, point('add_result', labels.action.evidence.slice(-1)));
  }
  if (wantsStory && !labels.quantified.value && (labels.result.value || input.stage === 'user')) {
    add(11, 8, point('add_numbers', labels.result.evidence));
  }
  // "I have not used X yet, but ...": honest; the nearest experience is what to show.
  if (notYet.length > 0) {
    add(
      7,
      5,
      point(
        'show_nearby_experience',
        notYet.flatMap((t) => t.evidence.slice(0, 1)),
        {
          terms: notYet.map((t) => t.term).join(', '),
        },
      ),
    );
  }
  if (terms.missed.length && input.stage === 'user')
    add(12, 9, point('use_job_terms', [], { terms: terms.missed.slice(0, 4).join(', ') }));
  // A complete story in few words is concise, not short.
  if (metrics.words < minWords && !star)
    add(10, 10, point('too_short', [], { words: metrics.words }));
  if (metrics.words > maxWords)
    add(10, 10, point('too_long', [], { words: metrics.words, seconds: metrics.speakingSeconds }));

  const improvements = candidates
    .sort((a, b) => a[0] - b[0])
    .slice(0, 3)
    .map(([, feedback]) => feedback);
  // A complete story that answers another question is not strong: what was asked comes first.
  const summary: SummaryCode = redFlag
    ? 'red_flag'
    : missed
      ? 'off_question'
      : labels.theoretical.value || labels.genericClaim.value
        ? 'needs_example'
        : !wantsStory && !star
          ? improvements.length === 0
            ? 'direct'
            : 'direct_refine'
          : star && improvements.length <= 1
            ? 'strong'
            : star || labels.action.value
              ? 'almost'
              : 'needs_structure';
  return { summary, strengths, improvements };
}
