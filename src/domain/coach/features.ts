/**
 * Features of one answer for the learned model: word unigrams and bigrams, word affixes (char
 * n-grams at the edges of a word: "me-", "-kan", "-ed"), linguistic cues (subject person, aspect,
 * passives, impersonal subjects, stance towards third parties, sarcasm, refusals, register, the
 * kind of question) and the verdicts of the rules. Each feature keeps the spans that produced it,
 * so that a label can always show the words that triggered it.
 */
import { type AnswerLabel, type Evidence, answerLabels } from './answer-analysis';
import {
  type Ctx,
  PerAnswer,
  type SentenceView,
  isEnPast,
  isIdAction,
  isStrongModal,
  span,
} from './context';
import { asksInterviewerBack, deniesOwnPart } from './deflection';
import { lex } from './lexicon';
import type { RuleAnalysis } from './rule-labels';
import {
  casualPronouns,
  compliments,
  criticism,
  evaluative,
  impersonal,
  intensifiers,
  pastAspect,
  praise,
  questionKinds,
  refusal,
  sarcasmMarkers,
  thirdParties,
  veiledJudgement,
} from './stance';
import { numberPlaces } from './number-context';
import { findPhrases } from './phrases';
import { disparagementCues } from './disparagement';
import { understatedCriticism } from './understated-criticism';
import { justifications } from './justification';
import { defensiveStance } from './defensive-stance';
import { asksWhyLeaving } from './leaving-question';
import { storyEndingCues } from './story-ending';
import { excuseCues } from './excuses';
import { fairWords } from './faint-praise';
import { generalMethodCues } from './general-method';
import { hypotheticalPlanCues } from './hypothetical-plan';
import { minimisingCues } from './minimising';
import { mockeryCues } from './mockery';
import { harmCues } from './harm-narration';
import { jabCueNames, jabCues, jabFamilies } from './jabs';
import { ownDefenceCueNames, ownDefenceCues } from './own-defence';
import { shiftedFaultCueNames, shiftedFaultCues } from './shifted-fault';
import { blameCueNames, blameCues } from './blame-shapes';
import { defensiveSignal } from './defensive-signal';
import { isOther, structureCues } from './structure-cues';
import { GramSeen, KeptGrams, gramGeneration, gramId, gramName } from './gram-ids';
import type { Token } from './tokens';
import { keyFact } from './word-set';

export interface FeatureHit {
  value: number;
  evidence: Evidence[];
}
export type Features = Map<string, FeatureHit>;

const notDiPassive = new Set([
  'dia',
  'diri',
  'diskusi',
  'digital',
  'direktur',
  'dinas',
  'dimana',
  'disiplin',
  'diam',
  'dingin',
  'dinamis',
  'divisi',
  'diagram',
  'diploma',
  'dirut',
  'dinner',
  'direct',
  'directly',
  'discount',
  'diskon',
  'disk',
  'display',
  'distributor',
  'distribusi',
  'dibanding',
  'dikit',
]);
const notKuForm = new Set([
  'kuat',
  'kurang',
  'kuliah',
  'kualitas',
  'kurir',
  'kunci',
  'kuota',
  'kuning',
  'kumpul',
  'kursus',
  'kuartal',
  'kuantitas',
  'kuasa',
  'kurikulum',
  'kuis',
  'kutip',
  'kunjungan',
]);

/**
 * A word's facts that depend on the word alone, computed once per distinct word: the same few
 * thousand words come back in every answer. Bounded, so a long-running server stays small.
 */
function perWord<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= 50_000) known.clear();
      value = compute(key);
      known.set(key, value);
    }
    return value;
  };
}

/** A person or organisation other than the candidate ("manajer saya", "the company", "mereka"). */
export const isThirdParty: (t: Token) => boolean = keyFact((key) => {
  const bare = key.replace(/(?:nya|ku|mu)$/, '');
  return (
    thirdParties.has(key) || lex.employer.has(key) || (bare.length >= 3 && lex.employer.has(bare))
  );
});

/**
 * Per sentence of an answer, whether it speaks of a third party: asked by the n-grams, the
 * linguistic cues and the rules, found once per answer.
 */
const othersBySentence = new PerAnswer<boolean[]>();
export function speaksOfOthers(ctx: Ctx, s: SentenceView): boolean {
  let known = othersBySentence.get(ctx);
  if (!known) {
    known = ctx.sentences.map((v) => v.content.some(isThirdParty));
    othersBySentence.set(ctx, known);
  }
  return known[s.index] === true;
}

/** Someone else, also with "-nya" ("bosnya"): whom belittling and disclaimers are about. */
export const isOtherParty = (t: Token): boolean =>
  t.low === t.key ? isOtherWord(t) : isOther(t, isThirdParty);
/** isOther of a word whose low and key forms are the same, known once per distinct word. */
const isOtherWord = keyFact((key) => isOther({ key, low: key } as Token, isThirdParty));

/** The n-gram feature ids of a word (gram-ids.ts), and of its bigrams. */
interface WordGrams {
  word: number;
  aboutOthers: number;
  /** -1 for a word too short for affixes. */
  prefix: number;
  suffix: number;
  bigrams: Map<string, number>;
}

/** Built once per distinct word; forgotten with the ids when they start again. */
const gramsOfWord = new Map<string, WordGrams>();
let gramsGeneration = -1;
function wordGrams(key: string): WordGrams {
  if (gramsGeneration !== gramGeneration()) {
    gramsOfWord.clear();
    gramsGeneration = gramGeneration();
  }
  let grams = gramsOfWord.get(key);
  if (grams === undefined) {
    if (gramsOfWord.size >= 50_000) gramsOfWord.clear();
    grams = {
      word: gramId(`w:${key}`),
      aboutOthers: gramId(`o:${key}`),
      prefix: key.length >= 5 ? gramId(`p:${key.slice(0, 3)}-`) : -1,
      suffix: key.length >= 5 ? gramId(`s:-${key.slice(-3)}`) : -1,
      bigrams: new Map<string, number>(),
    };
    gramsOfWord.set(key, grams);
  }
  return grams;
}

/** The bigram feature id of two words, built once per distinct pair. */
function bigramId(ids: Map<string, number>, key: string, next: string): number {
  let id = ids.get(next);
  if (id === undefined) {
    if (ids.size >= 5_000) ids.clear();
    id = gramId(`b:${key} ${next}`);
    ids.set(next, id);
  }
  return id;
}

/**
 * An n-gram's hit: its span is cut from the answer only when asked for, since only the few
 * features that push a label most are ever shown.
 */
class GramHit implements FeatureHit {
  private spans: Evidence[] | undefined;
  // A fraction from the start (not the integer 0): the field stays a double, never re-laid out.
  value = 0.5;
  constructor(
    private readonly ctx: Ctx,
    private readonly from: Token,
    private readonly to: Token,
  ) {}
  get evidence(): Evidence[] {
    return (this.spans ??= [span(this.ctx.doc, this.from, this.to)]);
  }
}

/** Length of the n-gram block of every answer. */
const ngramWeight = 10;

/** Which n-gram features to keep: all when training, only those the model weighs when analysing. */
export type KeepFeature = (name: string) => boolean;

/**
 * The n-grams of one answer as they are marked. Presence only: the first occurrence is the
 * evidence. A hit goes in at once (n-grams are the first features), its value once the number
 * of distinct n-grams is known. (A class, not closures: nothing to allocate per answer.)
 */
class GramMarks {
  // Every distinct n-gram counts for the scale; only kept ones get their evidence.
  readonly seen = new GramSeen();
  readonly grams: GramHit[] = [];
  private readonly kept: KeptGrams | undefined;
  constructor(
    private readonly ctx: Ctx,
    private readonly f: Features,
    keep: KeepFeature | undefined,
  ) {
    this.kept = keep && new KeptGrams(keep);
  }
  mark(id: number, from: Token, to: Token = from): void {
    if (!this.seen.first(id)) return;
    if (this.kept && !this.kept.has(id)) return;
    const hit = new GramHit(this.ctx, from, to);
    this.grams.push(hit);
    this.f.set(gramName(id), hit);
  }
}

/** A count written out in words is a number as much as digits are ("dua puluh", "a dozen"). */
function gramKey(x: Token, numberStarts: Set<number> | undefined): string {
  return x.kind === 'num' || numberStarts?.has(x.start) === true ? '#' : x.key;
}

function ngrams(ctx: Ctx, f: Features, keep?: KeepFeature, numberStarts?: Set<number>): void {
  const marks = new GramMarks(ctx, f, keep);
  for (const s of ctx.sentences) {
    const c = s.content;
    const aboutOthers = speaksOfOthers(ctx, s);
    for (let j = 0; j < c.length; j++) {
      const t = c[j] as Token;
      const key = gramKey(t, numberStarts);
      const names = wordGrams(key);
      marks.mark(names.word, t);
      // Words said in a sentence about someone else: stance towards third parties.
      if (aboutOthers && !isThirdParty(t)) marks.mark(names.aboutOthers, t);
      const next = c[j + 1];
      if (next) {
        const nk = gramKey(next, numberStarts);
        marks.mark(bigramId(names.bigrams, key, nk), t, next);
      }
      if (t.kind === 'word' && names.prefix >= 0 && key !== '#') {
        marks.mark(names.prefix, t);
        marks.mark(names.suffix, t);
      }
    }
  }
  // Presence, scaled so that every answer's n-gram block has length 1.
  const { seen, grams } = marks;
  const scale = seen.count > 0 ? ngramWeight / Math.sqrt(seen.count) : 0;
  for (const hit of grams) hit.value = scale;
}

/** The word lists a word belongs to, as bits: one lookup per token instead of one per list. */
const Cue = {
  firstPerson: 1,
  impersonal: 2,
  pastAspect: 4,
  conditional: 8,
  casual: 16,
  sarcasm: 32,
  refusal: 64,
  evaluative: 128,
  employer: 256,
  result: 512,
  criticism: 1024,
  praise: 2048,
  negation: 4096,
} as const;
const cuesOf = keyFact((k) => {
  const lists: [ReadonlySet<string>, number][] = [
    [lex.firstPerson, Cue.firstPerson],
    [impersonal, Cue.impersonal],
    [pastAspect, Cue.pastAspect],
    [lex.conditional, Cue.conditional],
    [casualPronouns, Cue.casual],
    [sarcasmMarkers, Cue.sarcasm],
    [refusal, Cue.refusal],
    [evaluative, Cue.evaluative],
    [lex.employer, Cue.employer],
    [lex.resultWords, Cue.result],
    [criticism, Cue.criticism],
    [praise, Cue.praise],
    [lex.negation, Cue.negation],
  ];
  return lists.reduce((bits, [list, bit]) => (list.has(k) ? bits | bit : bits), 0);
});

interface Tally {
  n: number;
  evidence: Evidence[];
}
/**
 * The cues' hits by name, in the order first hit. A Map, not an object: an object given its
 * names in a different order in every answer takes a new shape each time, and every read of it
 * is then a slow, megamorphic one.
 */
type Counts = Map<string, Tally>;

/** The tally of a cue, made at its first hit. */
function tally(c: Counts, name: string): Tally {
  let hit = c.get(name);
  if (hit === undefined) c.set(name, (hit = { n: 0, evidence: [] }));
  return hit;
}

/** One more hit of a cue; its span is built only for the first few (most tokens hit nothing). */
function count(ctx: Ctx, c: Counts, name: string, from?: Token, to?: Token): void {
  const hit = tally(c, name);
  hit.n++;
  if (from && hit.evidence.length < 4) hit.evidence.push(span(ctx.doc, from, to));
}

function linguistic(ctx: Ctx, c: Counts): void {
  const en = ctx.input.language === 'en';
  for (const s of ctx.sentences) {
    const w = s.content;
    const third = speaksOfOthers(ctx, s);
    const own = third ? clausesAboutSelf(s) : noClauses;
    // The previous word's cues: each word's are looked up once, not again as the next's "prev".
    let prevCue = 0;
    for (let j = 0; j < w.length; j++) {
      const t = w[j] as Token;
      const e = t;
      const k = t.key;
      const prev = w[j - 1];
      const lead = j < 3;
      const cue = cuesOf(t);
      if (cue & Cue.firstPerson && lead) count(ctx, c, 'subjectFirst', e);
      if (cue & Cue.impersonal && lead) count(ctx, c, 'subjectImpersonal', e);
      if (cue & Cue.pastAspect) count(ctx, c, 'aspectPast', e);
      if (en ? isEnPast(t) : false) count(ctx, c, 'pastVerb', e);
      const afterMe = prev !== undefined && (prevCue & Cue.firstPerson) !== 0;
      prevCue = cue;
      if (!en && afterMe && isIdAction(t)) count(ctx, c, 'iDid', e);
      if (en && afterMe && isEnPast(t)) count(ctx, c, 'iDid', e);
      if (!en && k.startsWith('di') && k.length >= 5 && !notDiPassive.has(k))
        count(ctx, c, 'diPassive', e);
      if (!en && k.startsWith('ku') && k.length >= 6 && !notKuForm.has(k))
        count(ctx, c, 'kuForm', e);
      if (!en && afterMe && j >= 2 && !isIdAction(t)) count(ctx, c, 'objectFirst', prev, t);
      if (isStrongModal(s, j)) count(ctx, c, 'modal', e);
      if (cue === 0) continue;
      if (cue & Cue.conditional) count(ctx, c, 'conditional', e);
      if (cue & Cue.casual) count(ctx, c, 'registerCasual', e);
      if (cue & Cue.sarcasm) count(ctx, c, 'sarcasm', e);
      if (cue & Cue.refusal) count(ctx, c, 'refusal', e);
      // Another clause names the office; this one is about me ("awalnya gue bingung banget"):
      // its words judge nobody else.
      const aboutOthers = third && !own.has(s.clause[j] ?? -1);
      if (aboutOthers && cue & Cue.evaluative) count(ctx, c, 'evaluatesOthers', e);
      if (cue & Cue.employer) count(ctx, c, 'employer', e);
      if (cue & Cue.result && j > 0) count(ctx, c, 'resultCue', e);
      if (aboutOthers && cue & Cue.criticism && !intensifiesBenefit(w, j))
        count(ctx, c, 'criticisesOthers', e);
      if (third && cue & Cue.praise) count(ctx, c, 'praisesOthers', e);
      if (aboutOthers && cue & Cue.negation) count(ctx, c, 'othersNegated', e);
    }
    for (const m of findPhrases(veiledJudgement, w)) {
      count(ctx, c, third ? 'veiledJudgementOthers' : 'veiledJudgement', w[m.first], w[m.last - 1]);
    }
    for (const e of asksInterviewerBack(ctx, s)) bump(c, 'asksInterviewer', e);
    for (const e of deniesOwnPart(ctx, s)) bump(c, 'deniesOwnPart', e);
    if (third) {
      // A compliment turned up, about someone else: "very consistent", "kreatif banget".
      for (let j = 1; j < w.length; j++) {
        const a = w[j - 1] as Token;
        const b = w[j] as Token;
        if (intensifiers.has(a.key) && compliments.has(b.key))
          count(ctx, c, 'ironicPraiseOthers', a, b);
        else if (compliments.has(a.key) && intensifiers.has(b.key))
          count(ctx, c, 'ironicPraiseOthers', a, b);
      }
    }
    const head = w[0];
    if (head && isThirdParty(head)) count(ctx, c, 'otherSubject', head);
    if (s.question) count(ctx, c, 'asksBack', w[0] ?? (ctx.doc.tokens[0] as Token));
  }
  // Sarcasm quotes: one to four words in quotes ("genius", “visi”, 'diatur').
  const quotes = /["“”]([^"“”]{1,40})["“”]|(?<![\p{L}])['‘]([^'‘’]{1,40})['’](?![\p{L}])/gu;
  const text = ctx.doc.text;
  // Most answers hold no quote and no pause: a plain scan is far cheaper than the patterns.
  const quoting = /["“”‘]|'(?!\p{L})|(?<!\p{L})'/u.test(text);
  for (let m = quoting ? quotes.exec(text) : null; m !== null; m = quotes.exec(text)) {
    if ((m[1] ?? m[2] ?? '').trim().split(/\s+/).length <= 4) {
      const e = { text: m[0], start: m.index, end: m.index + m[0].length };
      const quote = tally(c, 'scareQuote');
      quote.n++;
      quote.evidence.push(e);
      if (aboutOthersAt(ctx, m.index)) {
        const others = tally(c, 'scareQuoteOthers');
        others.n++;
        others.evidence.push(e);
      }
    }
  }
  // A pause in mid-sentence before a lower-case word: "the management was... creative".
  const pauses = /\p{L}+(?:\.{3}|…)\s*\p{Ll}+/gu;
  const pausing = text.includes('...') || text.includes('…');
  for (let m = pausing ? pauses.exec(text) : null; m !== null; m = pauses.exec(text)) {
    const e = { text: m[0], start: m.index, end: m.index + m[0].length };
    const name = aboutOthersAt(ctx, m.index) ? 'pauseAboutOthers' : 'pause';
    const hit = tally(c, name);
    hit.n++;
    hit.evidence.push(e);
  }
}

const noClauses: ReadonlySet<number> = new Set();

/**
 * The clauses of a sentence whose only person is the speaker ("awalnya gue bingung banget" beside
 * "waktu itu kantor ganti sistem"): a judging word there is about the speaker, not the office.
 */
function clausesAboutSelf(s: SentenceView): ReadonlySet<number> {
  const self = new Set<number>();
  const others = new Set<number>();
  s.content.forEach((t, j) => {
    const clause = s.clause[j] ?? -1;
    if (isThirdParty(t)) others.add(clause);
    else if (cuesOf(t) & Cue.firstPerson) self.add(clause);
  });
  for (const clause of others) self.delete(clause);
  return self;
}

/**
 * An intensifier of a benefit or of respect, "which really helped me grow", "membantu banget":
 * praise, not the criticism "really" or "banget" otherwise cue about someone else ("really
 * slowed everyone down", "lama banget").
 */
function intensifiesBenefit(w: readonly Token[], j: number): boolean {
  if (!intensifiers.has((w[j] as Token).key)) return false;
  const near = [w[j + 1], w[j - 1]];
  return near.some((x) => x !== undefined && (fairWords.has(x.key) || fairWords.has(x.low)));
}

function bump(c: Counts, name: string, e: Evidence): void {
  const hit = tally(c, name);
  hit.n++;
  if (hit.evidence.length < 4) hit.evidence.push(e);
}

/** Words that ask "why": in a question about leaving they ask no strengths. */
const whyWords = new Set(['why', 'kenapa', 'mengapa']);

/**
 * The kinds of a question; the same few questions come back for many answers. A question about
 * leaving is known by its shape (leaving-question.ts: "Why are you looking for a new role?"),
 * and its "why" then asks for no strengths.
 */
const kindsOf = perWord((question) => {
  const words = new Set(question.toLowerCase().split(/[^\p{L}\p{N}-]+/u));
  const leaving = asksWhyLeaving(question);
  return Object.entries(questionKinds)
    .filter(([kind, list]) => {
      if (kind === 'leaving' && leaving) return true;
      const asked = leaving && kind === 'strengths' ? list.filter((w) => !whyWords.has(w)) : list;
      return asked.some((w) => words.has(w));
    })
    .map(([kind]) => `q:${kind}`);
});

/** Whether the sentence around a character offset speaks of a third party. */
function aboutOthersAt(ctx: Ctx, offset: number): boolean {
  const s = ctx.sentences.find((v) => v.sentence.start <= offset && offset < v.sentence.end);
  return s !== undefined && speaksOfOthers(ctx, s);
}

function questionFeatures(ctx: Ctx, f: Features): void {
  for (const name of kindsOf(ctx.input.question)) f.set(name, { value: 1, evidence: [] });
}

const isNumberWord = (low: string): boolean =>
  low.split('-').every((p) => p !== '' && (lex.numberUnits.has(p) || lex.numberWords.has(p)));

/** The index of the first token that starts at or after an offset (tokens are in order). */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the words of the numbers the rules found start: "tiga" and "puluh" of "tiga puluh". */
function numberWordStarts(ctx: Ctx, rules: RuleAnalysis): Set<number> | undefined {
  if (rules.numbers.length === 0) return undefined;
  let starts: Set<number> | undefined;
  const tokens = ctx.doc.tokens;
  for (const { evidence } of rules.numbers) {
    // Only digits in it (the usual case): nothing to mark.
    if (!/\p{L}/u.test(evidence.text)) continue;
    let afterNumber = false;
    let i = firstTokenAt(tokens, evidence.start);
    for (; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.end > evidence.end) break;
      // Only the number words: "juta" after "5", "persen", "Rp" stay words, as with digits.
      const word = t.kind === 'word' && isNumberWord(t.low);
      if (word && !(afterNumber && lex.numberScale.has(t.low))) (starts ??= new Set()).add(t.start);
      afterNumber = t.kind === 'num' || word;
    }
  }
  return starts;
}

/** The English defensive shapes (defensive-stance.ts); two excuses or more are stacked. */
function stanceCues(ctx: Ctx, shapes: Map<string, Evidence[]>): void {
  const stance = defensiveStance(ctx);
  for (const [name, evidence] of Object.entries(stance)) {
    if (evidence.length > 0) shapes.set(name, evidence.slice(0, 4));
  }
  if (stance.excuses.length >= 2) shapes.set('excusesStacked', stance.excuses.slice(0, 4));
}

const planCueNames = ['hypotheticalPlan', 'planNoInstance', 'planWithInstance', 'pastHabit'];
const minimisingCueNames = ['faultNormalised', 'faultSpreadId', 'questionJudged', 'dutyDenied'];
/** Whether a cue family is needed: always when training (no keep), else if one is weighed. */
const weighsAny = (keep: KeepFeature | undefined, names: readonly string[]) =>
  keep === undefined || names.some((n) => keep(cueName(n)));

/**
 * A cue's feature name, built once: a name put together afresh for every answer is hashed
 * afresh at every look-up (the features' map, the model's weights), a kept one only once.
 */
const cueName = perWord((name) => `f:${name}`);
const langName = { id: 'f:lang-id', en: 'f:lang-en' } as const;
const stageName = { hr: 'f:stage-hr', user: 'f:stage-user' } as const;
const ruleName = Object.fromEntries(answerLabels.map((l) => [l, `r:${l}`])) as Record<
  AnswerLabel,
  string
>;

/**
 * How many kinds of jab at someone at work the answer holds (jabs.ts), as one cue: each kind is
 * rare, and together they are one signal the model can weigh against a good story around them.
 */
function jabsAtOthers(counts: Counts, f: Features): void {
  let kinds = 0;
  const evidence: Evidence[] = [];
  for (const name of jabFamilies) {
    const hit = counts.get(name);
    if (!hit || hit.n === 0) continue;
    kinds++;
    const first = hit.evidence[0];
    if (first && evidence.length < 4) evidence.push(first);
  }
  if (kinds > 0)
    f.set(cueName('jabsAtOthers'), { value: Math.min(1.5, 0.5 + 0.5 * kinds), evidence });
}

/** All features of an answer, given its context and the rules' verdicts. */
export function answerFeatures(ctx: Ctx, rules: RuleAnalysis, keep?: KeepFeature): Features {
  const f: Features = new Map();
  ngrams(ctx, f, keep, numberWordStarts(ctx, rules));
  const counts: Counts = new Map();
  linguistic(ctx, counts);
  const shapes = structureCues(ctx, isThirdParty);
  generalMethodCues(ctx, shapes);
  // Cues the shipped model gives no weight are not looked for when analysing (keep is set).
  if (weighsAny(keep, planCueNames)) hypotheticalPlanCues(ctx, shapes);
  // The defensive signal reads the minimising, own-defence and shifted-fault families.
  const signal = weighsAny(keep, ['defensiveSignal']);
  if (signal || weighsAny(keep, minimisingCueNames)) minimisingCues(ctx, shapes);
  excuseCues(ctx, isOtherParty, shapes);
  disparagementCues(ctx, isOtherParty, shapes);
  mockeryCues(ctx, isOtherParty, shapes);
  if (weighsAny(keep, jabCueNames) || weighsAny(keep, ['jabsAtOthers']))
    jabCues(ctx, isOtherParty, shapes);
  harmCues(ctx, isOtherParty, shapes);
  if (signal || weighsAny(keep, ownDefenceCueNames)) ownDefenceCues(ctx, shapes);
  if (signal || weighsAny(keep, shiftedFaultCueNames)) shiftedFaultCues(ctx, shapes);
  if (weighsAny(keep, blameCueNames)) blameCues(ctx, isOtherParty, shapes);
  const understated = understatedCriticism(ctx, isOtherParty);
  if (understated.length > 0) shapes.set('understatedCriticism', understated.slice(0, 4));
  storyEndingCues(ctx, shapes);
  const justified = justifications(ctx);
  if (justified.length > 0) shapes.set('justifies', justified.slice(0, 4));
  stanceCues(ctx, shapes);
  for (const [name, evidence] of shapes) {
    counts.set(name, { n: evidence.length, evidence });
  }
  const sentences = Math.max(1, ctx.sentences.length);
  for (const [name, { n, evidence }] of counts) {
    // Saturating: one hit is a strong signal, more add a little.
    f.set(cueName(name), { value: Math.min(1, n / sentences + 0.5), evidence });
  }
  jabsAtOthers(counts, f);
  const defensive = signal ? defensiveSignal(counts) : undefined;
  if (defensive) f.set(cueName('defensiveSignal'), defensive);
  questionFeatures(ctx, f);
  const words = Math.max(1, rules.words);
  f.set('f:fillerRate', {
    value: Math.min(1.5, ((ctx.fillers.length / words) * 100) / 4),
    evidence: ctx.fillers.slice(0, 4),
  });
  f.set('f:length', { value: Math.min(1.5, words / 150), evidence: [] });
  f.set('f:numbers', {
    value: Math.min(1, rules.numbers.length / 3),
    evidence: rules.numbers.map((n) => n.evidence).slice(0, 4),
  });
  const sizes = rules.numbers.filter((n) => n.reason === 'size').map((n) => n.evidence);
  if (sizes.length > 0) f.set('f:numberOrganisationSize', { value: 1, evidence: sizes });
  for (const { place, evidence, late } of numberPlaces(ctx, rules.numbers)) {
    for (const name of late ? [place, 'numberLate'] : [place]) {
      const hit = f.get(cueName(name));
      if (hit) hit.evidence.push(evidence);
      else f.set(cueName(name), { value: 1, evidence: [evidence] });
    }
  }
  if (rules.taskCues.length > 0) {
    const evidence = rules.taskCues.slice(0, 4);
    f.set('f:taskCue', { value: 1, evidence });
    // A duty named in a story is a task; the same words in a list of duties are a job
    // description ("I was responsible for opening the store, the cash, the roster").
    const story = rules.labels.situation.value || rules.labels.action.value;
    f.set(story ? 'f:taskCueInStory' : 'f:taskCueAlone', { value: 1, evidence });
  }
  if (rules.traits.length > 0) {
    f.set('f:traitClaim', { value: 1, evidence: rules.traits.slice(0, 4) });
  }
  f.set(langName[ctx.input.language], { value: 1, evidence: [] });
  f.set(stageName[ctx.input.stage], { value: 1, evidence: [] });
  for (const label of answerLabels as readonly AnswerLabel[]) {
    const finding = rules.labels[label];
    if (finding.value) f.set(ruleName[label], { value: 1, evidence: finding.evidence });
  }
  return f;
}
