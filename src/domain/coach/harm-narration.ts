/**
 * Badmouthing told without an evaluative word, for the learned model's negativeFormer label: the
 * answer only narrates what someone at work did, and the narration is the judgement.
 * - harm done by them: a boss, partner, colleague or the company as the subject of an act that
 *   harms the candidate or the work ("the partner signs our work and presents it as his own",
 *   "dia melempar kerjaan ke saya", "they never paid overtime", "he decides alone");
 * - a surprise or irony about them: "then is surprised by clashes he created himself", "which
 *   was lucky, since there wasn't any", "heran sendiri";
 * - a deferral: "it's been 'noted' for two years", "sudah dicatat, sampai sekarang belum";
 * - praise in scare quotes: "'visioner' banget", "the 'family' culture";
 * - "I did X while he just Y": the candidate's work against theirs;
 * - a dismissal said of everyone: "he said that about anyone who asked for a raise".
 * Near misses: the same acts done by the candidate ("I took the credit for the team" is theirs to
 * say), a benefit or praise in the sentence ("she presented my work and named me"), a customer
 * or client as the subject (outsiders.ts), and acts that harm nobody ("my manager cancelled the
 * trip because of the flood").
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, span } from './context';
import { stems } from './morphology';
import { isOutsider } from './outsiders';
import { type IsOther, partyAt, partyBefore } from './party-scan';
import { compliments, praise } from './stance';
import type { Token } from './tokens';
import { keyFact, keyIn, lowIn, wordList, wordSet } from './word-set';

/** The candidate or their own group as a subject. */
const selves = wordSet('i', 'we', 'saya', 'aku', 'gue', 'gua', 'gw', 'kami');
/** Words that say the work or the harm is the candidate's: "my report", "kerjaan saya". */
const mine = wordSet('my', 'mine', 'our', 'me', 'us', 'saya', 'aku', 'kami', 'gue', 'gw');
/** Partners and owners the employer lexicon may not hold. */
const moreParties = wordSet('partner', 'partners', 'founder', 'founders', 'owner', 'bosku');
const negations = wordSet(
  'never',
  'not',
  'no',
  'tidak',
  'nggak',
  'ngga',
  'gak',
  'ga',
  'enggak',
  'tak',
  'belum',
  'tidak pernah',
);

/** Acts that harm on their own, by stem: taking credit, dumping work, blaming, ignoring. */
const harmStems = new Set([
  'claim',
  'klaim',
  'credit',
  'dump',
  'blame',
  'ignore',
  'overrule',
  'overrode',
  'undermine',
  'scrap',
  'lempar',
  'limpah',
  'abai',
  'cuek',
  'coret',
  'rombak',
  'sabotase',
  'bajak',
  'embat',
  'catut',
  'signature',
]);
/** "under his name", "atas namanya", "his own": someone else's name on the work. */
const theirs = wordSet('his', 'her', 'their');
const theirsId = wordSet('namanya', 'miliknya', 'idenya', 'karyanya');
/** Acts that harm when they fall on the candidate's work ("cancelled my leave", "ubah desain saya"). */
const harmOnMine = new Set([
  'take',
  'took',
  'taken',
  'cancel',
  'rewrite',
  'rewrote',
  'sign',
  'present',
  'cut',
  'delete',
  'change',
  'skip',
  'ambil',
  'batal',
  'ubah',
  'ganti',
  'potong',
  'hapus',
  'tanda',
  'presentasi',
  'tunda',
]);
/** What was owed and withheld: "never paid", "tidak dihitung", "never counted". */
const owed = new Set(['pay', 'paid', 'count', 'bayar', 'hitung']);
/** Deciding alone: "decides alone", "memutuskan sendiri", "by voice note at midnight". */
const alone = wordSet('alone', 'sendiri', 'sepihak', 'unilaterally', 'himself', 'herself');
const decide = new Set(['decide', 'decided', 'decides', 'memutuskan', 'mutusin', 'menentukan']);
/** "menyalahkan", "disalahin", "nyalahin": blaming, not a mistake ("salah"). */
const blaming = /(?:salah|nyalah)(?:kan|in)$/;

/** Per distinct word, which of the act lists one of its stems is in (a bit each). Bounded. */
const HARM = 1;
const ON_MINE = 2;
const OWED = 4;
const MADE = 8;
const actsOf = keyFact((key) => {
  let bits = 0;
  for (const s of [key, ...stems(key)]) {
    if (harmStems.has(s)) bits |= HARM;
    if (harmOnMine.has(s)) bits |= ON_MINE;
    if (owed.has(s)) bits |= OWED;
    if (made.has(s)) bits |= MADE;
  }
  return bits;
});
const isHarm = (t: Token) => (actsOf(t) & HARM) !== 0 || blaming.test(t.key);
/** Credit given in the same sentence: the act is told fairly ("presented my work and named me"). */
const credited = wordSet(
  [...praise],
  'appreciated',
  'thanked',
  'thanks',
  'credited',
  'named',
  'fair',
  'fairly',
  'menyebut',
  'mengapresiasi',
  'berterima',
);
const hasFair = (c: readonly Token[]) => c.some((t) => keyIn(t, creditedL));

/** The party an act at j is done by: someone at work before it, not the candidate, not a client. */
function doerOf(c: readonly Token[], j: number, at: IsOther): Token | undefined {
  return partyBefore(c, j, at, { selves, window: 8 });
}

function harmDone(ctx: Ctx, c: readonly Token[], at: IsOther, out: Evidence[]): void {
  if (hasFair(c)) return;
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    const prev = c[j - 1];
    const negated =
      (prev !== undefined && lowIn(prev, negationsL)) ||
      (prev?.low === 'pernah' && c[j - 2] !== undefined && lowIn(c[j - 2] as Token, negationsL));
    let hit = false;
    if (isHarm(t) && !negated) hit = true;
    else if ((actsOf(t) & ON_MINE) !== 0 && !negated) {
      hit = c.slice(j + 1, j + 5).some((w) => mine.has(w.low) || /(?:ku|'s)$/.test(w.low));
      if (!hit && c[j + 1]?.low !== undefined) {
        // "presents it as his own", "diakui sebagai miliknya"
        hit = c
          .slice(j + 1, j + 6)
          .some((w, k, r) => w.low === 'own' || (w.low === 'miliknya' && k < r.length));
      }
    } else if (negated && (actsOf(t) & OWED) !== 0) hit = true;
    else if (decide.has(t.key) && c.slice(j + 1, j + 4).some((w) => alone.has(w.low))) hit = true;
    else if (theirs.has(t.low) && c[j + 1]?.low === 'name') hit = true;
    // "atas namanya", "sebagai idenya": someone else's name on the work.
    else if (theirsId.has(t.low) && ['atas', 'sebagai'].includes(prev?.low ?? '')) hit = true;
    if (!hit) continue;
    // A passive with its agent after it: "tidak pernah dibayar oleh perusahaan", "ignored by them".
    const agentAt = c.findIndex(
      (w, k) =>
        k > j &&
        k <= j + 3 &&
        (w.low === 'oleh' || w.low === 'by' || w.low === 'sama') &&
        at(c[k + 1] ?? w),
    );
    const doer = agentAt >= 0 ? (c[agentAt + 1] as Token) : doerOf(c, j, at);
    if (!doer) continue;
    const from = negated ? (prev?.low === 'pernah' ? (c[j - 2] as Token) : (prev as Token)) : t;
    out.push(span(ctx.doc, doer), span(ctx.doc, from, t));
    return;
  }
}

const surprised = wordSet(
  'surprised',
  'shocked',
  'confused',
  'puzzled',
  'wonders',
  'wondered',
  'kaget',
  'heran',
  'bingung',
  'terkejut',
);
const made = new Set(['create', 'created', 'cause', 'caused', 'made', 'bikin', 'buat', 'cipta']);
const causeWords = wordSet('since', 'because', 'as', 'given', 'karena', 'soalnya', 'wong', 'toh');
const luck = wordSet(
  'lucky',
  'luckily',
  'handy',
  'convenient',
  'conveniently',
  'untung',
  'untungnya',
  'syukurlah',
  'kebetulan',
);

/** "is surprised by clashes he created himself", "which was lucky, since there wasn't any". */
function ironicSurprise(ctx: Ctx, c: readonly Token[], at: IsOther, out: Evidence[]): void {
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    if (keyIn(t, surprisedL) && doerOf(c, j, at)) {
      out.push(span(ctx.doc, t));
      return;
    }
    if ((actsOf(t) & MADE) !== 0 && alone.has(c[j + 1]?.low ?? '') && doerOf(c, j + 1, at)) {
      out.push(span(ctx.doc, t, c[j + 1] as Token));
      return;
    }
    if (keyIn(t, luckL)) {
      const cause = c.findIndex((w, k) => k > j && k <= j + 4 && causeWords.has(w.low));
      if (cause < 0) continue;
      const no = c.findIndex((w, k) => k > cause && k <= cause + 5 && negations.has(w.low));
      if (no >= 0) {
        out.push(span(ctx.doc, t, c[no] as Token));
        return;
      }
    }
  }
}

const deferrals = wordSet(
  'noted',
  'acknowledged',
  'dicatat',
  'ditampung',
  'dipertimbangkan',
  'considered',
  'reviewed',
);
const stillWords = wordSet(
  'years',
  'months',
  'year',
  'still',
  'since',
  'tahun',
  'bulan',
  'masih',
  'sampai',
  'hingga',
  'belum',
  'never',
);

/** "it's been 'noted' for two years", "sudah dicatat, sampai sekarang belum". */
function deferral(ctx: Ctx, c: readonly Token[], next: readonly Token[], out: Evidence[]): void {
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    if (!lowIn(t, deferralsL)) continue;
    const before = c[j - 1]?.low ?? '';
    if (selves.has(before)) continue;
    const later = [...c.slice(j + 1, j + 8), ...next.slice(0, 6)];
    if (later.some((w) => stillWords.has(w.low))) {
      out.push(span(ctx.doc, t));
      return;
    }
  }
}

/** Praise words a workplace is sold by, put in quotes by a candidate who doubts them. */
const soldBy = wordSet(
  [...compliments],
  'family',
  'kekeluargaan',
  'keluarga',
  'flexible',
  'fleksibel',
  'dynamic',
  'dinamis',
  'open',
  'supportive',
  'fun',
  'agile',
  'empowering',
  'empowerment',
  'kolaboratif',
  'collaborative',
  'transparent',
  'transparan',
  'mentoring',
  'opportunity',
  'opportunities',
  'kesempatan',
  'apresiasi',
  'feedback',
  'strategic',
  'strategis',
  'loyal',
  'loyalitas',
  'exposure',
  'challenging',
);
const quoted = /(["“‘'])([^"“”‘’'\n]{2,30})(["”’'])/g;

/** "'visioner' banget", "the 'family' culture": a praise word in quotes. */
function scareQuotedPraise(ctx: Ctx, out: Evidence[]): void {
  const text = ctx.doc.text;
  for (const m of text.matchAll(quoted)) {
    const inner = m[2] as string;
    const words = inner.toLowerCase().split(/[\s-]+/);
    if (words.length > 3 || !words.some((w) => soldBy.has(w))) continue;
    // An apostrophe inside a word ("don't ... isn't") is no quote.
    const at = m.index ?? 0;
    if (m[1] === "'" && /\w/.test(text[at - 1] ?? '')) continue;
    if (m[3] === "'" && /\w/.test(text[at + m[0].length] ?? '')) continue;
    out.push({ text: m[0], start: at, end: at + m[0].length });
    if (out.length >= 2) return;
  }
}

/** Words that gloss a quote to undercut it: "which in practice means", "dalam arti", "padahal". */
const glossWords = wordSet(
  'practice',
  'means',
  'meaning',
  'sense',
  'reality',
  'translation',
  'arti',
  'artinya',
  'maksudnya',
  'padahal',
  'nyatanya',
  'kenyataannya',
  'praktiknya',
  'prakteknya',
  'row',
  'berturut-turut',
  'whatever',
);
const anyQuote = /(?<![\p{L}])['‘"“]([^'‘’"“”\n]{2,50})['’"”](?![\p{L}])/gu;

/**
 * A quote of theirs glossed to undercut it, in the same sentence or the next: "what the website
 * calls a 'visionary', which in practice means ...", "'kekeluargaan', dalam arti ...", "the raise
 * was 'next quarter' for eleven quarters in a row". A quote glossed plainly about the candidate's
 * own words ("I called it 'the checklist', meaning ...") needs someone at work in the sentence.
 */
function quoteUndercut(ctx: Ctx, at: IsOther, out: Evidence[]): void {
  const text = ctx.doc.text;
  if (!/['‘"“]/.test(text)) return;
  for (const m of text.matchAll(anyQuote)) {
    if ((m[1] as string).trim().split(/\s+/).length > 6) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const s = ctx.sentences.find((v) => {
      const last = v.content[v.content.length - 1];
      return last !== undefined && last.end >= start;
    });
    if (!s) continue;
    const next = ctx.sentences[s.index + 1]?.content ?? [];
    const prev = ctx.sentences[s.index - 1]?.content ?? [];
    const later = [...s.content.filter((t) => t.start >= end), ...next.slice(0, 8)];
    const gloss = later.find((t) => glossWords.has(t.low));
    if (!gloss) continue;
    const who = [...prev, ...s.content].some((t) => at(t) && !selves.has(t.low));
    if (!who) continue;
    out.push({ text: m[0], start, end }, span(ctx.doc, gloss));
    return;
  }
}

const contrasts = wordSet(
  'while',
  'whereas',
  'meanwhile',
  'sementara',
  'sedangkan',
  'padahal',
  'but',
  'tapi',
  'tetapi',
  'namun',
);
const merely = wordSet('just', 'only', 'merely', 'cuma', 'cuman', 'hanya', 'tinggal', 'simply');

/** "I built the whole model, while he just signed it": the candidate's work against theirs. */
function contrastWithThem(ctx: Ctx, c: readonly Token[], at: IsOther, out: Evidence[]): void {
  const me = c.findIndex((t) => selves.has(t.low));
  if (me < 0) return;
  for (let j = me + 2; j < c.length; j++) {
    if (!lowIn(c[j] as Token, contrastsL)) continue;
    const p = c.findIndex((w, k) => k > j && k <= j + 3 && at(w));
    if (p < 0) continue;
    const m = c.findIndex(
      (w, k) => k > p && k <= p + 3 && (merely.has(w.low) || negations.has(w.low)),
    );
    if (m >= 0 && !hasFair(c)) {
      out.push(span(ctx.doc, c[p] as Token, c[m] as Token));
      return;
    }
  }
}

const everyone = wordSet('anyone', 'everyone', 'whoever', 'anybody', 'everybody', 'siapapun');
const saidWords = wordSet('said', 'says', 'told', 'tells', 'bilang', 'ngomong', 'bilangnya');

/** "he said that about anyone who asked for a raise", "dia bilang gitu ke siapa pun". */
function dismissesAnyone(ctx: Ctx, c: readonly Token[], at: IsOther, out: Evidence[]): void {
  for (let j = 0; j < c.length; j++) {
    if (!lowIn(c[j] as Token, saidWordsL) || !doerOf(c, j, at)) continue;
    const k = c.findIndex(
      (w, i) =>
        i > j &&
        i <= j + 5 &&
        (everyone.has(w.low) || (w.low === 'siapa' && c[i + 1]?.low === 'pun')),
    );
    if (k >= 0) {
      out.push(span(ctx.doc, c[j] as Token, c[k] as Token));
      return;
    }
  }
}

export const harmCueNames = [
  'harmByOthers',
  'ironicSurprise',
  'notedDeferral',
  'scareQuotedPraise',
  'contrastWithThem',
  'dismissesAnyone',
  'quoteUndercut',
] as const;

/** The cues of this module, by feature name (without the "f:" prefix). */
export function harmCues(ctx: Ctx, knownOther: IsOther, hits: Map<string, Evidence[]>): void {
  const en = ctx.input.language === 'en';
  const found: Record<string, Evidence[]> = {};
  const add = (name: string) => (found[name] ??= []);
  const known: IsOther = (t) => (knownOther(t) || moreParties.has(t.key)) && !isOutsider(t);
  ctx.sentences.forEach((s, i) => {
    const c = s.content;
    if (c.length < 2) return;
    // Someone at work in the sentence, found once: most sentences name nobody, and then only
    // the irony of luck and the deferral can be there.
    const party = partyAt(c, known, en);
    let who: Set<Token> | undefined;
    for (let k = 0; k < c.length; k++) {
      const t = c[k] as Token;
      if (party(t, k) && !isOutsider(t)) (who ??= new Set()).add(t);
    }
    const at: IsOther = (t) => who !== undefined && who.has(t);
    ironicSurprise(ctx, c, at, add('ironicSurprise'));
    deferral(ctx, c, ctx.sentences[i + 1]?.content ?? [], add('notedDeferral'));
    if (!who) return;
    harmDone(ctx, c, at, add('harmByOthers'));
    contrastWithThem(ctx, c, at, add('contrastWithThem'));
    dismissesAnyone(ctx, c, at, add('dismissesAnyone'));
  });
  scareQuotedPraise(ctx, add('scareQuotedPraise'));
  quoteUndercut(ctx, known, add('quoteUndercut'));
  for (const name of harmCueNames) {
    const evidence = found[name] ?? [];
    if (evidence.length > 0) hits.set(name, evidence.slice(0, 4));
  }
}

/** The word lists asked a token at a time, as bits of its masks (word-set.ts). */
const creditedL = wordList(credited);
const negationsL = wordList(negations);
const surprisedL = wordList(surprised);
const luckL = wordList(luck);
const deferralsL = wordList(deferrals);
const contrastsL = wordList(contrasts);
const saidWordsL = wordList(saidWords);
