/**
 * The shape of a theoretical answer seen through the subject and tense of each sentence:
 * - a rule with a generic subject: "a good nurse should", "anyone would", "the key is to",
 *   "my approach is to", "seorang admin harus", "kuncinya adalah";
 * - a method told as a habit in the present, with the candidate as subject: "usually I start
 *   by", "I tend to", "I always check", "biasanya saya";
 * - an own past example anywhere in the answer ("I called", "I then rewrote", "last year I",
 *   "saya membuat", "waktu itu saya") turns both into a rule backed by a story.
 * Features for the learned model, with the words as evidence (the theory tip shows them).
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, type SentenceView, isEnPast, isIdAction, span } from './context';
import { lex } from './lexicon';
import { procedureSpans } from './procedure';
import type { Token } from './tokens';
import { lowIn, wordList, wordSet } from './word-set';

/** The candidate as a subject (not the inclusive "kita", which speaks of people in general). */
const selfSubjects = wordSet('i', 'we', 'saya', 'aku', 'gue', 'gua', 'gw', 'kami');
/** Subjects that speak of anyone: "anyone would", "everyone needs", "orang harus". */
const anyoneSubjects = wordSet(
  'you',
  'one',
  'people',
  'anyone',
  'everyone',
  'everybody',
  'nobody',
  'kita',
  'orang',
  'seseorang',
  'kamu',
  'anda',
  'setiap',
  'tiap',
  'seorang',
);
/** Words that open an indefinite subject: "a good teacher", "any analyst". */
const indefinite = wordSet('a', 'an', 'any', 'every', 'each');
/** The modal or need that makes a generic subject's sentence a rule. */
const ruleVerbs = wordSet(
  'should',
  'must',
  'would',
  "'d",
  'need',
  'needs',
  'tend',
  'tends',
  'ought',
  'harus',
  'sebaiknya',
  'seharusnya',
  'perlu',
  'wajib',
  'mesti',
  'musti',
  'hendaknya',
  'cenderung',
);
/** Abstract heads of a rule told as a definition: "the key is", "my approach is", "kuncinya". */
const ruleNouns = wordSet(
  'key',
  'trick',
  'secret',
  'way',
  'approach',
  'method',
  'rule',
  'principle',
  'philosophy',
  'strategy',
  'priority',
  'practice',
  'habit',
  'step',
  'thing',
  'kunci',
  'kuncinya',
  'intinya',
  'caranya',
  'prinsipnya',
  'prinsip',
  'triknya',
  'rahasianya',
  'pendekatan',
  'langkah',
);
/** "is" and its Indonesian kin between a rule noun and the rule. */
const copulas = wordSet('is', "'s", 'are', 'adalah', 'ialah', 'yaitu');
/** Habits of one's own, told in the present: "usually I", "I tend to", "saya biasanya". */
const habitWords = wordSet(
  'usually',
  'normally',
  'typically',
  'generally',
  'always',
  'tend',
  'biasanya',
  'umumnya',
  'selalu',
  'cenderung',
  'lazimnya',
);
/** Words between a subject and its verb that do not change the tense ("I then called"). */
const between = wordSet(
  'then',
  'also',
  'just',
  'quickly',
  'immediately',
  'finally',
  'eventually',
  'actually',
  'personally',
  'first',
  'later',
  'even',
  'still',
  'only',
  'already',
  'never',
  'lalu',
  'kemudian',
  'langsung',
  'juga',
  'akhirnya',
  'sendiri',
  'pun',
  'yang',
  'segera',
  'pertama',
  'terus',
);
/** A time in the past that anchors an example: "last year", "two months ago", "kemarin". */
const pastTimes = wordSet('last', 'ago', 'yesterday', 'kemarin');
/** Units before Indonesian "lalu" when it means "ago": "tahun lalu", not "lalu saya cek". */
const timeUnits = wordSet('tahun', 'bulan', 'minggu', 'hari', 'semester', 'kuartal', 'pekan');
/** Words that make an Indonesian sentence general however its verb looks: "kalau", "biasanya". */
const generalMarkers = wordSet('kalau', 'kalo', 'jika', 'apabila', 'bila', 'setiap', 'tiap');

/** The candidate narrating something they did: "I rewrote", "we then called", "saya membuat". */
export function ownPastIn(s: SentenceView, en: boolean): Token | undefined {
  const c = s.content;
  for (let j = 0; j < c.length; j++) {
    if (!selfSubjects.has((c[j] as Token).low) || c[j - 1]?.low === 'if') continue;
    let k = j + 1;
    while (k < c.length && k <= j + 3 && between.has((c[k] as Token).low)) k++;
    const verb = c[k];
    if (!verb) continue;
    if (en ? isEnPast(verb) || verb.low === 'was' || verb.low === 'were' : idPast(verb))
      return en || !generalIn(c) ? verb : undefined;
  }
  return undefined;
}

/** Indonesian verbs carry no tense: "saya mengecek" is a story or a habit by what surrounds it. */
const generalIn = (c: readonly Token[]) =>
  c.some((t) => lowIn(t, generalMarkersL) || lowIn(t, habitWordsL) || lowIn(t, ruleVerbsL));

const idPastAspect = wordSet('sudah', 'telah', 'pernah', 'udah', 'sempat');
const idPast = (t: Token) => idPastAspect.has(t.key) || isIdAction(t);

/** A past time and the candidate in one sentence: "last year we", "waktu itu saya". */
function anchoredSelf(s: SentenceView): Token | undefined {
  const c = s.content;
  if (!c.some((t) => selfSubjects.has(t.low) || t.low === 'my')) return undefined;
  return c.find((t, j) => {
    const prev = c[j - 1]?.low ?? '';
    if (pastTimes.has(t.low)) return true;
    if (t.low === 'lalu') return timeUnits.has(prev);
    if (t.low === 'itu') return prev === 'waktu' || prev === 'pas' || prev === 'saat';
    return t.low === 'dulu' && j === 0;
  });
}

/** A rule with a generic subject in this sentence: its subject and its modal, or undefined. */
export function genericRule(s: SentenceView): [Token, Token] | undefined {
  const c = s.content;
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    // "a good nurse should", "every analyst needs to": the modal within four words.
    if (anyoneSubjects.has(t.low) || indefinite.has(t.low)) {
      for (let k = j + 1; k <= j + 4 && k < c.length; k++) {
        const w = c[k] as Token;
        if (selfSubjects.has(w.low)) break;
        if (ruleVerbs.has(w.low) && !lex.negation.has(c[k - 1]?.low ?? '')) return [t, w];
        if (
          !indefinite.has(t.low) &&
          !(t.low === 'setiap' || t.low === 'tiap' || t.low === 'seorang')
        )
          break;
      }
    }
    // "the key is to", "my approach is", "kuncinya adalah", "best practice is".
    if (ruleNouns.has(t.key)) {
      const next = c[j + 1];
      if (next && copulas.has(next.low)) return [t, next];
      if (/nya$/.test(t.low) && j <= 1 && next) return [t, t];
    }
    // "Teamwork is all about respect": a definition, with no one of the candidate's in it.
    if (t.low === 'about' && j >= 1 && !c.some((w) => selfSubjects.has(w.low) || w.low === 'my')) {
      const prev = c[j - 1] as Token;
      const is = prev.low === 'all' ? c[j - 2] : prev;
      if (is && copulas.has(is.low)) return [is, t];
    }
  }
  return presentOfAnyone(c);
}

/** Verb-like words ending in -s that are not a present tense of a step. */
const notPresent = wordSet('is', 'was', 'has', 'does', 'this', 'his', 'its', 'always', 'us', 'yes');

/** "A good team member listens", "Every cashier counts": an indefinite subject, present verb. */
function presentOfAnyone(c: readonly Token[]): [Token, Token] | undefined {
  const head = c[0];
  if (!head || (head.low !== 'a' && head.low !== 'an' && head.low !== 'every')) return undefined;
  for (let k = 2; k <= 4 && k < c.length; k++) {
    const w = c[k] as Token;
    if (w.kind === 'word' && w.low.length > 3 && w.low.endsWith('s') && !notPresent.has(w.low))
      return isEnPast(c[k + 1] ?? w) ? undefined : [head, w];
  }
  return undefined;
}

/** A habit of one's own in a sentence with no past form: "Usually I start", "saya selalu cek". */
export function presentHabit(s: SentenceView, en: boolean): [Token, Token] | undefined {
  const c = s.content;
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    if (!habitWords.has(t.low)) continue;
    const near = c.slice(Math.max(0, j - 2), j + 3);
    const self = near.find((w) => selfSubjects.has(w.low));
    // A past form anywhere in the sentence makes it a story ("I always checked").
    if (self)
      return en && c.some(isEnPast) ? undefined : self.start < t.start ? [self, t] : [t, self];
  }
  return undefined;
}

/** After "I": states, opinions and wishes, not steps of a method ("I think", "I am", "I like"). */
const notSteps = wordSet(
  'am',
  "'m",
  'think',
  'believe',
  'feel',
  'want',
  'like',
  'love',
  'enjoy',
  'hope',
  'know',
  'guess',
  'have',
  "'ve",
  'would',
  "'d",
  'will',
  "'ll",
  'can',
  'could',
  'should',
  'must',
  'may',
  'might',
  'do',
  'did',
  'was',
  'were',
  'mean',
  'prefer',
  'see',
  'agree',
);

/**
 * A step of one's own method in the English present: "I list", "then I block", "I do the
 * hardest thing first": the candidate as subject of a plain verb that is no past form, no modal,
 * no state or opinion.
 */
function presentSteps(s: SentenceView): [Token, Token][] {
  const c = s.content;
  const out: [Token, Token][] = [];
  for (let j = 0; j + 1 < c.length; j++) {
    if ((c[j] as Token).low !== 'i' || c[j - 1]?.low === 'if' || c[j - 1]?.low === 'when') continue;
    let k = j + 1;
    while (k < c.length && k <= j + 2 && between.has((c[k] as Token).low)) k++;
    const verb = c[k];
    if (!verb || verb.kind !== 'word' || notSteps.has(verb.low) || isEnPast(verb)) continue;
    if (verb.low.endsWith('ing') || verb.low.endsWith('s') || verb.clitic) continue;
    out.push([c[j] as Token, verb]);
  }
  return out;
}

/** Words that order the steps of a method. */
const sequenceWords = wordSet('first', 'then', 'next', 'afterwards', 'finally');

export type CueHits = Map<string, Evidence[]>;

function add(hits: CueHits, name: string, e: Evidence): void {
  const list = hits.get(name);
  if (!list) hits.set(name, [e]);
  else if (list.length < 4) list.push(e);
}

/**
 * The cues, by feature name: `genericRule` and `presentHabit` wherever found, and
 * `generalNoOwnPast` when the answer holds either and no own past example at all.
 */
export function generalMethodCues(ctx: Ctx, hits: CueHits): void {
  const en = ctx.input.language === 'en';
  let general: Evidence | undefined;
  let ownPast = false;
  for (const s of ctx.sentences) {
    if (s.question) continue;
    const past = ownPastIn(s, en) ?? anchoredSelf(s);
    if (past) {
      ownPast = true;
      continue;
    }
    const rule = genericRule(s);
    if (rule) {
      const e = span(ctx.doc, rule[0], rule[1]);
      add(hits, 'genericRule', e);
      general ??= e;
    }
    const habit = presentHabit(s, en);
    if (habit) {
      const e = span(ctx.doc, habit[0], habit[1]);
      add(hits, 'presentHabit', e);
      general ??= e;
    }
  }
  // A procedure told in the present ("you listen", "I just put one on hold"): a method too.
  general ??= procedureSpans(ctx)[0];
  if (general && !ownPast) add(hits, 'generalNoOwnPast', general);
  // Two or more steps of one's own in the present and no past example: a method, not a story.
  if (en && !ownPast) {
    const stepped = ctx.sentences.filter((s) => presentSteps(s).length > 0);
    const steps = stepped.flatMap(presentSteps);
    // A method has an order ("first", "then") or answers a "how" question; two present verbs
    // alone describe a job or a character ("I lead a team of 12", "I care too much").
    const ordered =
      /^\s*how\b/i.test(ctx.input.question) ||
      stepped.some((s) => s.content.some((t) => sequenceWords.has(t.low)));
    if (steps.length >= 2 && ordered) {
      for (const [i, verb] of steps.slice(0, 4))
        add(hits, 'presentMethodNoOwnPast', span(ctx.doc, i, verb));
    }
  }
}

/** The word lists above asked a token at a time, as bits of its masks (word-set.ts). */
const generalMarkersL = wordList(generalMarkers);
const habitWordsL = wordList(habitWords);
const ruleVerbsL = wordList(ruleVerbs);
