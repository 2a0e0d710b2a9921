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
import { type Ctx, type SentenceView, isEnPast, isIdAction, span } from './context';
import { lex } from './lexicon';
import type { Token } from './tokens';
import { keyIn, lowIn, wordList, wordSet } from './word-set';

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
  if (c.length > 14 || c.some((t) => lowIn(t, outcomeHintsL) || keyIn(t, resultWordsL))) {
    return false;
  }
  const head = c.findIndex((t) => lowIn(t, moodSubjectsL) || keyIn(t, periodsL));
  if (head < 0 || head > 3) return false;
  const mood = c.some((t) => keyIn(t, moodsL));
  return mood && (c.some((t) => keyIn(t, periodsL)) || moodSubjects.has(c[head]?.low ?? ''));
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

/** Words that mark a change that lasts, said in the present: "now", "since then", "sekarang". */
const changeMarkers = wordSet('now', 'today', 'anymore', 'longer', 'sekarang', 'kini', 'lagi');
/** Trailing words of an answer cut off mid-thought: "And, um, so we...", "terus ...". */
const trailing = wordSet('and', 'so', 'then', 'but', 'we', 'i', 'dan', 'terus', 'jadi', 'lalu');

/** The answer breaks off: it ends on "..." or on a conjunction, with no full stop. */
function endsUnfinished(ctx: Ctx, last: SentenceView): boolean {
  const text = ctx.doc.text.trimEnd();
  const lastWord = last.content[last.content.length - 1];
  const cut = text.endsWith('...') || text.endsWith('…');
  return cut && (lastWord === undefined || trailing.has(lastWord.low) || last.content.length < 4);
}

/** A past step of the candidate's own: "I rebooked", "saya menelepon". */
/** The candidate as the subject of a step ("my goal was" is no step). */
const subjects = wordSet('i', 'we', 'saya', 'aku', 'gue', 'kami');
/** Auxiliaries and copulas: "I was", "we had", "I did" state, they tell no step. */
const auxiliaries = wordSet('was', 'were', 'had', 'did', 'got', 'could', 'would');

function ownStep(ctx: Ctx, c: readonly Token[]): Token | undefined {
  const en = ctx.input.language === 'en';
  for (let j = 0; j + 1 < c.length && j < 3; j++) {
    if (!subjects.has((c[j] as Token).low)) continue;
    const step = (t: Token) => !auxiliaries.has(t.low) && (en ? isEnPast(t) : isIdAction(t));
    const verb = c.slice(j + 1, j + 4).find(step);
    if (verb) return verb;
  }
  return undefined;
}

/**
 * The last sentence is one more step of the candidate's ("I rebooked the parts, arranged the
 * papers and called both clients daily"): the story stops at the actions, with no outcome word
 * and no change said.
 */
function endsOnOwnStep(ctx: Ctx, last: SentenceView): Token | undefined {
  const outcome = (t: Token) => keyIn(t, resultWordsL) || lowIn(t, changeMarkersL);
  // An outcome told anywhere in the answer: the story has one, wherever it ends.
  if (ctx.sentences.some((s) => s.content.some(outcome))) return undefined;
  return ownStep(ctx, last.content);
}

/**
 * English: the last sentence describes the setting in the present, with nobody acting and
 * nothing past ("The plant has been operating since 1994", "The warehouse runs three shifts").
 */
function endsOnSetting(ctx: Ctx, last: SentenceView): boolean {
  if (ctx.input.language !== 'en') return false;
  const c = last.content;
  if (c.length < 3 || c.some((t) => lowIn(t, selvesL) || t.low === 'you')) return false;
  if (c.some((t) => keyIn(t, resultWordsL) || lowIn(t, changeMarkersL))) return false;
  // Present or perfect: "is", "has been", "runs"; never a past verb ("it became", "sales rose").
  return !c.some(isEnPast) && c.some((t) => lowIn(t, presentVerbsL));
}
const presentVerbs = wordSet('is', 'are', 'has', 'have', 'runs', 'employs', 'ships', 'makes');

/** Markers of a purpose or goal: what follows was meant, not what happened. */
const purposeMarkers = wordSet('agar', 'supaya', 'biar', 'demi');
/** "so that", "in order to": a purpose in two words ("so" or "to" alone are too many things). */
const purposePairs: readonly (readonly [string, string])[] = [
  ['so', 'that'],
  ['in', 'order'],
  ['so', 'the'],
  ['so', 'they'],
  ['so', 'we'],
  ['sehingga', 'bisa'],
];
const opensPurpose = (c: readonly Token[], j: number): boolean =>
  purposeMarkers.has((c[j] as Token).low) ||
  purposePairs.some(([a, b]) => c[j]?.low === a && c[j + 1]?.low === b && modalAfter(c, j + 2));
/** A purpose clause carries a modal: "so the families could rebuild", "so that we can". */
const purposeModals = wordSet('could', 'can', 'would', 'will', 'might', 'bisa', 'dapat');
const modalAfter = (c: readonly Token[], j: number): boolean =>
  c.slice(j, j + 4).some((t) => purposeModals.has(t.low));
const goalNouns = wordSet('goal', 'aim', 'target', 'job', 'task', 'tujuan', 'tugas', 'tujuannya');

/**
 * Every outcome word of the answer sits in a purpose or a goal ("my job was to raise money so
 * the families could rebuild", "agar stok tidak habis"): outcomes meant, none told as happened.
 * The evidence is the purpose markers.
 */
function outcomeOnlyMeant(ctx: Ctx): Evidence[] {
  const meant: Evidence[] = [];
  let happened = false;
  for (const s of ctx.sentences) {
    const c = s.content;
    let marker: Token | undefined;
    for (let j = 0; j < c.length; j++) {
      const t = c[j] as Token;
      const goal =
        goalNouns.has(t.low) && ['was', 'is', 'adalah', 'yaitu'].includes(c[j + 1]?.low ?? '');
      if (opensPurpose(c, j) || goal || planHeads.has(t.low)) marker ??= t;
      if (!lex.resultWords.has(t.key) || j === 0) continue;
      if (marker) meant.push(span(ctx.doc, marker, t));
      else happened = true;
    }
  }
  return happened ? [] : meant;
}

/** The cues of this module, by feature name (without the "f:" prefix). */
export function storyEndingCues(ctx: Ctx, hits: Map<string, Evidence[]>): void {
  const meant = outcomeOnlyMeant(ctx);
  if (meant.length > 0) hits.set('outcomeOnlyMeant', meant.slice(0, 4));
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
  if (endsUnfinished(ctx, last)) hits.set('endsUnfinished', [span(ctx.doc, first, end)]);
  const step = endsOnOwnStep(ctx, last);
  if (step) hits.set('endsOnOwnStep', [span(ctx.doc, step)]);
  if (endsOnSetting(ctx, last)) hits.set('endsOnSetting', [span(ctx.doc, first, end)]);
}

/** The word lists above asked a token at a time, as bits of its masks (word-set.ts). */
const outcomeHintsL = wordList(outcomeHints);
const moodSubjectsL = wordList(moodSubjects);
const periodsL = wordList(periods);
const moodsL = wordList(moods);
const changeMarkersL = wordList(changeMarkers);
const selvesL = wordList(selves);
const presentVerbsL = wordList(presentVerbs);
const resultWordsL = wordList(lex.resultWords);
