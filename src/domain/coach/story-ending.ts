/**
 * How an answer ends, for the learned model's result label: a story that closes on the mood of
 * the period ("It was a really stressful month", "Bulan itu berat banget") or on a plan, a goal
 * or a hope ("My goal was to rebuild...", "I want to...", "semoga...") has told no outcome in
 * that sentence, however much it narrated before. The model weighs these against the cues of an
 * outcome; they decide nothing alone.
 * Near misses: a mood that is an outcome ("it was a relief when the audit passed"), a plan after
 * a result ("Sales rose 20%. Next I want to...": the result is in another sentence, and
 * this cue only says how the last one reads).
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, type SentenceView, span } from './context';
import { lex } from './lexicon';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** What a period felt like, not what it changed. */
const moods = wordSet(
  'stressful',
  'busy',
  'intense',
  'crazy',
  'hard',
  'tough',
  'tiring',
  'exhausting',
  'difficult',
  'challenging',
  'hectic',
  'chaotic',
  'long',
  'rough',
  'fun',
  'berat',
  'sibuk',
  'melelahkan',
  'capek',
  'stres',
  'hectic',
  'gila',
  'seru',
  'sulit',
  'susah',
  'repot',
);
/** Periods and experiences a mood is said of. */
const periods = wordSet(
  'month',
  'week',
  'period',
  'time',
  'year',
  'day',
  'days',
  'weeks',
  'months',
  'quarter',
  'season',
  'experience',
  'everyone',
  'everybody',
  'bulan',
  'minggu',
  'masa',
  'periode',
  'waktu',
  'tahun',
  'hari',
  'pengalaman',
);
/** Subjects of a closing mood: "it was", "that was", "itu", "rasanya". */
const moodSubjects = wordSet('it', 'that', 'this', 'itu', 'rasanya', 'pokoknya');
/** An outcome said with the mood: "a relief when the audit passed", "worth it". */
const outcomeHints = wordSet(
  'but',
  'tapi',
  'namun',
  'because',
  'when',
  'after',
  'since',
  'worth',
  'relief',
  'proud',
  'karena',
  'setelah',
  'sejak',
  'bangga',
  'lega',
);
/** A plan, a goal or a hope: what was meant or is wanted, not what happened. */
const planHeads = wordSet(
  'goal',
  'aim',
  'plan',
  'hope',
  'hopefully',
  'want',
  'wanted',
  'would',
  "'d",
  'tujuan',
  'tujuannya',
  'target',
  'targetnya',
  'rencana',
  'rencananya',
  'semoga',
  'harapannya',
  'ingin',
  'pengen',
  'mau',
);
const selves = wordSet('i', 'my', 'we', 'our', 'saya', 'aku', 'gue', 'kami');

/** "It was a really stressful month", "Bulan itu berat banget": a mood, with no outcome hint. */
function endsOnMood(s: SentenceView): boolean {
  const c = s.content;
  if (c.length > 14 || c.some((t) => outcomeHints.has(t.low) || lex.resultWords.has(t.key))) {
    return false;
  }
  const head = c.findIndex((t) => moodSubjects.has(t.low) || periods.has(t.key));
  if (head < 0 || head > 3) return false;
  const mood = c.some((t) => moods.has(t.key));
  return mood && (c.some((t) => periods.has(t.key)) || moodSubjects.has(c[head]?.low ?? ''));
}

/** "My goal was to ...", "I want to ...", "semoga ...": the sentence opens on a plan or hope. */
function endsOnPlan(s: SentenceView): Token | undefined {
  const c = s.content;
  for (let j = 0; j < Math.min(4, c.length); j++) {
    const t = c[j] as Token;
    if (!planHeads.has(t.low)) continue;
    const own = j === 0 || c.slice(0, j).some((w) => selves.has(w.low));
    // "I'd like to", "want to", "goal was to": the plan, not "I would say".
    const planned = (t.low !== 'would' && t.low !== "'d") || c[j + 1]?.low === 'like';
    if (own && planned) return t;
  }
  return undefined;
}

/** The cues of this module, by feature name (without the "f:" prefix). */
export function storyEndingCues(ctx: Ctx, hits: Map<string, Evidence[]>): void {
  if (ctx.sentences.length < 2) return;
  let last: SentenceView | undefined;
  for (let i = ctx.sentences.length - 1; i >= 0 && !last; i--) {
    const s = ctx.sentences[i] as SentenceView;
    if (!s.question && s.content.length > 0) last = s;
  }
  if (!last) return;
  const first = last.content[0] as Token;
  const end = last.content[last.content.length - 1] as Token;
  if (endsOnMood(last)) hits.set('endsOnMood', [span(ctx.doc, first, end)]);
  const plan = endsOnPlan(last);
  if (plan) hits.set('endsOnPlan', [span(ctx.doc, plan)]);
}
