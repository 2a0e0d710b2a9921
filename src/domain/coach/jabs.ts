/**
 * Jabs at someone at work slipped into an otherwise fair answer, by sentence shape, for the
 * learned model's negativeFormer label (a good story with one jab in it is still badmouthing):
 * - blame by a counterfactual: "if they had done their part we would have made it", "seandainya
 *   tim gudang mau dengar";
 * - an ironic aside after a clause about them: ", naturally.", ", of course.", "bless him",
 *   ", seperti biasa.";
 * - an ironic manner word on their doing: "somehow always", "conveniently forgot", "anehnya";
 * - praise hedged or undercut: "who I'm sure was brilliant", "a genius, because no one could
 *   follow it", "hebat, katanya";
 * - praise after a pause: "was... lovely";
 * - credit or advantage taken: "she took the credit", "took full advantage of us", "mengklaim
 *   hasil kerja";
 * - attention elsewhere: "more interested in X than in Y", "lebih sibuk X daripada Y".
 * Near misses: the same shapes about the candidate ("somehow I managed", "I took the credit"),
 * with a benefit or respect in them ("if my lead had not backed me", "she gave me the credit"),
 * about customers or patients (outsiders.ts), and sincere praise ("brilliant because she always
 * explained why").
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, type SentenceView, span } from './context';
import { fairWords } from './faint-praise';
import { harmCueNames } from './harm-narration';
import { negationWords } from './negation';
import { isOutsider } from './outsiders';
import { type IsOther, partiesOf, partyBefore as sharedPartyBefore } from './party-scan';
import { compliments } from './stance';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** The candidate or their own group as a subject. */
const selfSubjects = wordSet('i', 'we', 'saya', 'aku', 'gue', 'gua', 'gw', 'kami', 'kita');
const negations = wordSet(negationWords, 'nobody', 'nothing', 'tak', 'gak', 'ga');
/** Someone at work: a party the lexicons know, not a customer or a patient. */
const colleague = (isOther: IsOther) => (t: Token) => isOther(t) && !isOutsider(t);

/** The first party at or after `from` (up to `to`), unless the candidate is named first. */
function partyAfter(c: readonly Token[], from: number, to: number, at: IsOther): number {
  for (let k = from; k < Math.min(c.length, to); k++) {
    const t = c[k] as Token;
    if (selfSubjects.has(t.low)) return -1;
    if (at(t)) return k;
  }
  return -1;
}

/** Whether a party comes before `j` in the sentence, with no "I" as a subject in between. */
const partyBefore = (c: readonly Token[], j: number, at: IsOther, window = 10): boolean =>
  sharedPartyBefore(c, j, at, { selves: selfSubjects, window }) !== undefined;

const hasFair = (c: readonly Token[]) =>
  c.some((t) => fairWords.has(t.key) || fairWords.has(t.low));

/** "if", "seandainya": a counterfactual; "kalau" only with "saja/aja" ("kalau saja mereka"). */
const ifWords = wordSet('if', 'seandainya', 'andai', 'andaikan', 'andaikata');
const idIf = wordSet('kalau', 'kalo', 'coba');
const idOnly = wordSet('saja', 'aja', 'dari', 'kalau', 'kalo');
/** The past-perfect or past auxiliaries of an English counterfactual: "had", "'d", "did". */
const counterfactualAux = wordSet('had', "'d", 'did', 'would', 'were', 'bothered', 'just');

function counterfactualBlame(ctx: Ctx, c: readonly Token[], at: IsOther, out: Evidence[]): void {
  const en = ctx.input.language === 'en';
  for (let j = 0; j + 2 < c.length; j++) {
    const t = c[j] as Token;
    let from = j + 1;
    if (!ifWords.has(t.low)) {
      if (en || !idIf.has(t.low) || !idOnly.has(c[j + 1]?.low ?? '')) continue;
      from = j + 2;
    }
    const p = partyAfter(c, from, from + 3, at);
    if (p < 0) continue;
    const aux = en
      ? c.findIndex((w, k) => k > p && k <= p + 3 && counterfactualAux.has(w.low))
      : p + 1;
    if (aux < 0) continue;
    // "If my lead had not backed me ...": credit given, not blame.
    if (hasFair(c)) continue;
    out.push(span(ctx.doc, t, c[Math.min(c.length - 1, aux + 1)] as Token));
    return;
  }
}

/** Asides of one or two words that turn a report into a jab when they close it. */
const asideOne = wordSet('naturally', 'obviously', 'typically', 'predictably', 'classic');
const asideTwo = new Set([
  'of course',
  'as usual',
  'as always',
  'go figure',
  'seperti biasa',
  'kayak biasa',
  'kaya biasa',
  'tentu saja',
  'ya iyalah',
  'seperti biasanya',
]);
/** Condescending blessings: "bless him", "God love her". */
const blessed = wordSet('him', 'her', 'them', 'his', 'their');

function ironicAside(ctx: Ctx, s: SentenceView, at: IsOther, out: Evidence[]): void {
  const c = s.content;
  const n = c.length;
  for (let j = 1; j < n; j++) {
    const t = c[j] as Token;
    if (t.low === 'bless' && blessed.has(c[j + 1]?.low ?? '') && partyBefore(c, j, at)) {
      out.push(span(ctx.doc, t, c[j + 1] as Token));
      return;
    }
  }
  if (n < 4) return;
  // The aside closes the sentence, as a clause of its own: "..., naturally."
  const last = c[n - 1] as Token;
  const two = `${c[n - 2]?.low} ${last.low}`;
  const width = asideTwo.has(two) ? 2 : asideOne.has(last.low) ? 1 : 0;
  if (width === 0) return;
  const first = n - width;
  if (s.clause[first] === s.clause[first - 1]) return;
  // The clause before it is about someone else, with no "I" in it.
  let k = first - 1;
  const clause = s.clause[k];
  while (k > 0 && s.clause[k - 1] === clause) k--;
  const before = c.slice(k, first);
  const selfSubject = (w: Token, i: number) =>
    selfSubjects.has(w.low) && !(i > 0 && at(before[i - 1] as Token));
  if (!before.some(at) || before.some(selfSubject)) return;
  out.push(span(ctx.doc, c[first] as Token, last));
}

/** Manner words that say a habit is too convenient to be chance: "somehow always". */
const ironicManner = wordSet(
  'somehow',
  'conveniently',
  'magically',
  'mysteriously',
  'miraculously',
  'anehnya',
  'ajaibnya',
  'herannya',
  'hebatnya',
);

function ironicMannerOnThem(ctx: Ctx, c: readonly Token[], at: IsOther, out: Evidence[]): void {
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    if (!ironicManner.has(t.low)) continue;
    // Their doing: the party is the subject before it, or right after it ("anehnya, dia ...").
    if (partyBefore(c, j, at, 6) || partyAfter(c, j + 1, j + 3, at) >= 0) {
      out.push(span(ctx.doc, t, c[j + 1] ?? t));
      return;
    }
  }
}

/** Praise that a hedge or a reason can turn: general evaluative words, any register. */
const praised = wordSet(
  [...compliments],
  'genius',
  'brilliant',
  'nice',
  'lovely',
  'wonderful',
  'excellent',
  'amazing',
  'fantastic',
  'great',
  'legend',
  'saint',
  'gifted',
  'smart',
  'clever',
  'jenius',
  'baik',
  'mantap',
  'keren',
  'luar',
);
/** Hearsay or mock certainty: "I'm sure", "I'm told", "apparently", "katanya". */
const hearsay = wordSet(
  'apparently',
  'supposedly',
  'reportedly',
  'allegedly',
  'katanya',
  'konon',
  'kabarnya',
  'denger-denger',
  'dengar-dengar',
);
const selfHedges = wordSet('sure', 'told', 'guess', 'hear', 'heard');
/** A reason that deflates: "because", "since", "karena". */
const because = wordSet('because', 'since', 'cause', 'karena', 'soalnya', 'habisnya');

function hedgedPraise(ctx: Ctx, c: readonly Token[], at: IsOther, out: Evidence[]): void {
  if (!c.some(at)) return;
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    if (!praised.has(t.key)) continue;
    if (hasFair(c.slice(j + 1))) return;
    // A hedge within four words either side: "who I'm sure was a genius", "hebat, katanya".
    for (let k = Math.max(0, j - 5); k < Math.min(c.length, j + 5); k++) {
      const h = c[k] as Token;
      const selfHedge =
        selfHedges.has(h.low) && (c[k - 1]?.low === 'am' || c[k - 1]?.low === 'i') && k < j;
      if (hearsay.has(h.key) || selfHedge) {
        out.push(span(ctx.doc, k < j ? h : t, k < j ? t : h));
        return;
      }
    }
    // A reason that takes it back: "a genius, because nobody could read his code".
    const b = c.slice(j + 1, j + 5).findIndex((w) => because.has(w.low));
    if (b < 0) continue;
    const reason = c.slice(j + 2 + b, j + 12 + b);
    const denial = reason.find((w) => negations.has(w.low));
    if (denial) {
      out.push(span(ctx.doc, t, denial));
      return;
    }
  }
}

/** Praise right after a pause, about someone named before it: "was... lovely". */
function pausedPraise(ctx: Ctx, at: IsOther, out: Evidence[]): void {
  const { text, tokens } = ctx.doc;
  if (!text.includes('...') && !text.includes('…')) return;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || !praised.has(t.key)) continue;
    // The last word before this one, and what lies between: a pause ("...", "…").
    let p = i - 1;
    while (p >= 0 && (tokens[p] as Token).kind === 'punct') p--;
    const prev = tokens[p];
    if (!prev) continue;
    const gap = text.slice(prev.end, t.start);
    const twoBack = tokens[p - 1];
    const viaArticle =
      (prev.low === 'a' || prev.low === 'very') &&
      twoBack !== undefined &&
      /\.{3}|…/.test(text.slice(twoBack.end, prev.start));
    if (!/\.{3}|…/.test(gap) && !viaArticle) continue;
    const sentence = ctx.sentences[prev.sent];
    if (!sentence || !sentence.content.some(at)) continue;
    const own = ctx.sentences[t.sent];
    if (own && hasFair(own.content.slice(own.content.indexOf(t) + 1))) continue;
    out.push(span(ctx.doc, prev, t));
    return;
  }
}

const takeVerbs = wordSet(
  'took',
  'takes',
  'taking',
  'take',
  'claimed',
  'claims',
  'stole',
  'steals',
  'grabbed',
  'pocketed',
);
const creditNouns = wordSet('credit', 'advantage');
const idClaim = wordSet(
  'klaim',
  'mengklaim',
  'ngeklaim',
  'ngaku',
  'ngaku-ngaku',
  'mengaku',
  'mengakui',
  'ambil',
  'mengambil',
  'nyolong',
);
const idCredit = wordSet('kredit', 'hasil', 'ide', 'idenya', 'kerjaan', 'pujian', 'credit');

function creditTaken(ctx: Ctx, c: readonly Token[], at: IsOther, out: Evidence[]): void {
  const en = ctx.input.language === 'en';
  for (let j = 1; j < c.length; j++) {
    const t = c[j] as Token;
    if (!(en ? takeVerbs.has(t.low) : idClaim.has(t.key))) continue;
    const nouns = en ? creditNouns : idCredit;
    const object = c.slice(j + 1, j + 4).find((w) => nouns.has(w.key.replace(/nya$/, '')));
    if (!object || !partyBefore(c, j, at, 6)) continue;
    out.push(span(ctx.doc, t, object));
    return;
  }
}

/** "more interested in", "lebih sibuk": where their attention went instead of the work. */
const attention = wordSet(
  'interested',
  'concerned',
  'focused',
  'worried',
  'busy',
  'keen',
  'sibuk',
  'peduli',
  'mentingin',
  'mementingkan',
  'mikirin',
  'memikirkan',
  'fokus',
);
const more = wordSet('more', 'lebih');
const than = wordSet('than', 'daripada', 'ketimbang', 'dibanding', 'dibandingkan');

function attentionElsewhere(ctx: Ctx, c: readonly Token[], at: IsOther, out: Evidence[]): void {
  for (let j = 1; j + 2 < c.length; j++) {
    const t = c[j] as Token;
    const comparative =
      (more.has(t.low) && attention.has(c[j + 1]?.key ?? '')) ||
      (t.low === 'busier' && c[j + 1] !== undefined);
    if (!comparative) continue;
    const rival = c.slice(j + 2, j + 12).find((w) => than.has(w.low));
    if (!rival || !partyBefore(c, j, at, 6)) continue;
    out.push(span(ctx.doc, t, rival));
    return;
  }
}

/** The names of this module's cues (without the "f:" prefix). */
export const jabCueNames = [
  'counterfactualBlame',
  'ironicAside',
  'ironicManner',
  'hedgedPraise',
  'pausedPraise',
  'creditTaken',
  'attentionElsewhere',
] as const;

/** The cues of this module, by feature name (without the "f:" prefix). */
export function jabCues(ctx: Ctx, knownOther: IsOther, hits: Map<string, Evidence[]>): void {
  const en = ctx.input.language === 'en';
  const found: Record<string, Evidence[]> = {};
  const add = (name: string) => (found[name] ??= []);
  for (const s of ctx.sentences) {
    const c = s.content;
    if (c.length < 2) continue;
    const at = colleague(partiesOf(c, knownOther, en));
    counterfactualBlame(ctx, c, at, add('counterfactualBlame'));
    ironicAside(ctx, s, at, add('ironicAside'));
    ironicMannerOnThem(ctx, c, at, add('ironicManner'));
    hedgedPraise(ctx, c, at, add('hedgedPraise'));
    creditTaken(ctx, c, at, add('creditTaken'));
    attentionElsewhere(ctx, c, at, add('attentionElsewhere'));
  }
  pausedPraise(ctx, colleague(knownOther), add('pausedPraise'));
  for (const name of jabCueNames) {
    const evidence = found[name] ?? [];
    if (evidence.length > 0) hits.set(name, evidence.slice(0, 4));
  }
}

/**
 * The shape cues (here and in the other modules) that say the answer takes a jab at someone at
 * work; features.ts counts how many of them fire as one more cue, 'jabsAtOthers': one strong
 * signal the model can weigh against a good story, where each alone is rare.
 */
export const jabFamilies = [
  ...jabCueNames,
  ...harmCueNames,
  'mockingSkill',
  'grudgingCondition',
  'blameOnOthers',
  'understatedCriticism',
  'scareQuoteOthers',
  'pauseAboutOthers',
  'veiledJudgementOthers',
  'ironicPraiseOthers',
  'belittlesOthers',
] as const;
