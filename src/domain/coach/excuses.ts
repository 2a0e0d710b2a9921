/**
 * Defensive answers by sentence shape, for the learned model (deflection.ts has the rules'):
 * - one's own part denied, the candidate at the end of what is denied: "bukan cerminan kerja
 *   saya", "bukan dari sisi saya", "bukan gue", "not on my end" (not "bukan saya saja": credit
 *   shared; not "not for me": a preference; not "bukan salah dia": someone else cleared);
 * - the outcome put outside one's reach: "di luar kendali saya", "beyond my control", "nggak ada
 *   hubungannya sama ...", "nothing to do with me";
 * - the topic waved away: a negation or "why" before a verb of explaining or discussing ("nggak
 *   perlu dijelaskan", "ngapain dibahas", "tidak perlu membuktikan", "no need to explain");
 * - no weakness: a word of failing answered by "nggak ada" ("Kekurangan rasanya nggak ada",
 *   "Kelemahan? Nggak ada."), or nothing needing to change ("tidak ada yang perlu diperbaiki"),
 *   but not a lack admitted ("kelemahan saya belum ada pengalaman memimpin").
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, PerAnswer, type SentenceView, span } from './context';
import { stems } from './morphology';
import type { Token } from './tokens';
import { idNotOrNotYet } from './negation';
import { keyIn, lowIn, wordList, wordSet } from './word-set';

const selves = wordSet('saya', 'aku', 'gue', 'gua', 'gw', 'me', 'myself');
const others = wordSet('dia', 'mereka', 'beliau', 'him', 'her', 'them', 'his', 'their');
/** Words that, next to the candidate, share or give credit or state a taste, not deny a part. */
const notDenial = wordSet(
  'saja',
  'aja',
  'doang',
  'hanya',
  'cuma',
  'cuman',
  'sendiri',
  'sendirian',
  'just',
  'only',
  'alone',
  'about',
  'for',
  'untuk',
  'buat',
  'bagi',
  'like',
  'seperti',
  'kayak',
);
/** Phrases of the outcome being out of one's hands: a head word and what must be near it. */
const reachNouns = wordSet('kendali', 'kontrol', 'control', 'kuasa', 'hands');
const outsideWords = wordSet('luar', 'beyond', 'outside', 'out');
const relationNouns = wordSet('hubungannya', 'kaitannya', 'hubungan', 'kaitan');
/** Verbs of explaining, discussing, asking, proving: what a dismissed topic is not given. */
const talkStems = wordSet(
  'jelas',
  'bahas',
  'tanya',
  'omong',
  'ungkit',
  'umbar',
  'banding',
  'permasalah',
  'cerita',
  'bukti',
  'explain',
  'discuss',
  'justify',
  'prove',
  'dwell',
  'elaborate',
);
/** Asking why at all: "ngapain dibahas", "kenapa masih ditanya", "why should I explain". */
const whyWords = wordSet('ngapain', 'masa', 'kenapa', 'mengapa', 'kok', 'jangan', 'why');
/** A negation waves a topic away only with a need: "nggak perlu", "no need", "not necessary". */
const needWords = wordSet('perlu', 'usah', 'harus', 'penting', 'need', 'necessary');
const failingWords = wordSet(
  'kelemahan',
  'kelemahannya',
  'kekurangan',
  'kekurangannya',
  'kegagalan',
  'gagal',
  'weakness',
  'weaknesses',
  'failure',
  'failures',
);
const noneWords = wordSet(idNotOrNotYet);
/** After "nggak ada": the claim ends here ("nggak ada sih", "nggak ada, Bu"), nothing lacked. */
const claimEnds = wordSet(
  'sih',
  'kok',
  'deh',
  'ya',
  'rasanya',
  'sebenarnya',
  'sama',
  'yang',
  'bu',
  'pak',
  'kak',
  'mas',
  'mbak',
);
const fixStems = wordSet('perbaik', 'khawatir', 'ubah', 'benah');

/** A verb of talking; "jelas" alone is the adjective ("instruksinya tidak jelas"). */
function isTalkVerb(t: Token): boolean {
  if (talkStems.has(t.key)) return t.key !== 'jelas';
  return stems(t.key).some((s) => talkStems.has(s));
}

/** "bukan cerminan kerja saya", "not on my end": a negation, then the candidate within four. */
function ownPartDenied(ctx: Ctx, s: SentenceView, out: Evidence[]): void {
  const c = s.content;
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    if (t.low !== 'bukan' && t.low !== 'not') continue;
    for (let k = j + 1; k <= j + 4 && k < c.length; k++) {
      const w = c[k] as Token;
      // Another clause or another person: "bukan salah dia, jadi saya ..." clears someone else.
      if (notDenial.has(w.low) || others.has(w.low) || s.clause[k] !== s.clause[j]) break;
      const mine = selves.has(w.low) || (t.low === 'not' && w.low === 'my');
      if (!mine) continue;
      const after = c[k + 1]?.low ?? '';
      // "not my X": X must be a part or fault, "my end", "my call"; "bukan saya saja" shares.
      if (notDenial.has(after)) break;
      if (
        t.low === 'not' &&
        w.low === 'my' &&
        ![
          'end',
          'side',
          'call',
          'part',
          'doing',
          'fault',
          'problem',
          'responsibility',
          'job',
        ].includes(after)
      )
        break;
      out.push(span(ctx.doc, t, w.low === 'my' && c[k + 1] ? (c[k + 1] as Token) : w));
      return;
    }
  }
}

/** "di luar kendali saya", "beyond my control", "nggak ada hubungannya", "nothing to do with". */
function outOfReach(ctx: Ctx, s: SentenceView, out: Evidence[]): void {
  const c = s.content;
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    if (reachNouns.has(t.key)) {
      const from = c.slice(Math.max(0, j - 3), j).find((w) => outsideWords.has(w.low));
      if (from) out.push(span(ctx.doc, from, t));
    } else if (
      relationNouns.has(t.key) &&
      c[j - 1]?.low === 'ada' &&
      noneWords.has(c[j - 2]?.low ?? '')
    ) {
      out.push(span(ctx.doc, c[j - 2] as Token, t));
    } else if (t.low === 'nothing' && c[j + 1]?.low === 'to' && c[j + 2]?.low === 'do') {
      out.push(span(ctx.doc, t, c[j + 2] as Token));
    }
  }
}

/** "nggak perlu dijelaskan", "ngapain dibahas", "why should I justify", "no need to explain". */
function topicWavedAway(ctx: Ctx, s: SentenceView, out: Evidence[]): void {
  const c = s.content;
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    const why = whyWords.has(t.low);
    const needless =
      (noneWords.has(t.low) || t.low === 'no' || t.low === 'not') &&
      needWords.has(c[j + 1]?.low ?? '');
    if (!why && !needless) continue;
    for (let k = j + 1; k <= j + 4 && k < c.length; k++) {
      const w = c[k] as Token;
      if (isTalkVerb(w)) {
        out.push(span(ctx.doc, t, w));
        return;
      }
    }
  }
}

/** A word of failing answered by "nggak ada" within four words, across a "Kelemahan?" too. */
/** A failing named ("kelemahan") or "tidak ada yang" said: where a no-weakness shape may be. */
function namesFailingOrNone(s: SentenceView): boolean {
  return s.content.some(
    (t, j, c) =>
      failingWords.has(t.key) ||
      (t.low === 'ada' && c[j + 1]?.low === 'yang' && noneWords.has(c[j - 1]?.low ?? '')),
  );
}

function noWeakness(ctx: Ctx, out: Evidence[]): void {
  // Most answers name no failing and say no "ada" after a negation: nothing to look at.
  if (!ctx.sentences.some(namesFailingOrNone)) return;
  const tokens = ctx.sentences.flatMap((s) => s.content);
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (failingWords.has(t.key)) {
      for (let k = j + 1; k <= j + 5 && k + 1 < tokens.length; k++) {
        const w = tokens[k] as Token;
        const next = tokens[k + 1] as Token;
        if (!noneWords.has(w.low) || next.low !== 'ada') continue;
        const after = tokens[k + 2];
        const ends = !after || after.sent !== next.sent || claimEnds.has(after.low);
        if (ends) out.push(span(ctx.doc, t, next));
        break;
      }
    }
    // "tidak ada yang perlu diperbaiki": nothing about oneself needs to change.
    if (noneWords.has(t.low) && tokens[j + 1]?.low === 'ada' && tokens[j + 2]?.low === 'yang') {
      const fix = tokens.slice(j + 3, j + 6).find((w) => stems(w.key).some((x) => fixStems.has(x)));
      if (fix && fix.sent === t.sent) out.push(span(ctx.doc, t, fix));
    }
  }
}

/** Words that open a cause: "karena", "gara-gara", "due to", "lebih ke" ("it was more ..."). */
const causeWords = wordSet('karena', 'gara-gara', 'gegara', 'akibat', 'soalnya', 'because', 'due');
/** A failure or a lack before the cause: "telat", "turun", "nggak tercapai", "missed". */
const failStems = wordSet(
  'telat',
  'lambat',
  'gagal',
  'lupa',
  'molor',
  'meleset',
  'turun',
  'selisih',
  'kurang',
  'salah',
  'error',
  'rugi',
  'hilang',
  'late',
  'fail',
  'miss',
  'missed',
  'lost',
  'drop',
  'dropped',
  'delay',
  'delayed',
  'slipped',
);
/** People named by their role ("koordinatornya", "the installers", "pihak gudang", "mandor"). */
const roleHeads = wordSet(
  'pihak',
  'bagian',
  'kepala',
  'mandor',
  'vendor',
  'kurir',
  'teknisi',
  'staf',
);
/** Words shaped like a role that name no one. */
const notRoles = wordSet(
  'other',
  'order',
  'after',
  'never',
  'under',
  'water',
  'paper',
  'number',
  'better',
  'power',
  'error',
  'later',
  'rather',
  'whether',
  'either',
  'neither',
  'together',
  'server',
  'computer',
  'monitor',
  'printer',
  'transfer',
  'filter',
  'center',
  'folder',
  'faktor',
  'factor',
  'sektor',
  'sector',
  'motor',
  'generator',
  'major',
  'minor',
  'floor',
  'weather',
  'winter',
  'summer',
  'letter',
  'matter',
);
const roleLike = (t: Token) =>
  roleHeads.has(t.key) ||
  (t.key.length >= 5 &&
    /(?:er|or|ist)s?(?:nya)?$/.test(t.key) &&
    !notRoles.has(t.key.replace(/(?:nya|s)$/, '')));
const negations = wordSet(idNotOrNotYet, 'not', 'never', 'no');

/**
 * A failure put on someone else: a failure or negation, or "itu" pointing back at one, then a
 * cause whose subject is another party within three words ("tapi itu karena tim shift malam",
 * "telat karena koordinatornya", "it slipped because the vendor"). Not when the cause is the
 * candidate ("karena saya salah hitung") or the outcome was good ("naik karena tim promo").
 */
function externalCause(
  ctx: Ctx,
  s: SentenceView,
  isOther: (t: Token) => boolean,
  out: Evidence[],
): void {
  const c = s.content;
  for (let j = 1; j < c.length; j++) {
    const t = c[j] as Token;
    const more = t.low === 'lebih' && c[j + 1]?.low === 'ke';
    if (!causeWords.has(t.low) && !more) continue;
    const pointsBack = c[j - 1]?.low === 'itu';
    const failed =
      pointsBack ||
      c.slice(0, j).some((w) => negations.has(w.low) || stems(w.key).some((x) => failStems.has(x)));
    if (!failed) continue;
    for (let k = j + 1; k <= j + 4 && k < c.length; k++) {
      const w = c[k] as Token;
      if (
        selves.has(w.low) ||
        w.low === 'i' ||
        w.low === 'my' ||
        w.low === 'kami' ||
        w.low === 'we'
      )
        break;
      if (isOther(w) || roleLike(w)) {
        out.push(span(ctx.doc, t, w));
        return;
      }
    }
  }
}

const weaknessWords = wordSet(
  'kelemahan',
  'kekurangan',
  'weakness',
  'weaknesses',
  'kelemahanku',
  'kekuranganku',
);
const tooWords = wordSet('terlalu', 'too', 'overly', 'kelewat');
/** Virtues passed off as faults: "terlalu perfeksionis", "I care too much", "too loyal". */
const virtues = wordSet(
  'perfeksionis',
  'perfectionist',
  'perfectionism',
  'peduli',
  'care',
  'loyal',
  'bertanggung',
  'detail',
  'teliti',
  'rajin',
  'workaholic',
  'jujur',
  'honest',
  'disiplin',
  'dedicated',
  'passionate',
  'hard',
  'much',
  'memikirkan',
  'serius',
);

/** A weakness named (in the answer or the question) and then a virtue said to be "too much". */
function virtueAsWeakness(ctx: Ctx, out: Evidence[]): void {
  const asked = /kelemahan|kekurangan|weakness/i.test(ctx.input.question);
  const named = asked || ctx.sentences.some((s) => s.content.some((t) => weaknessWords.has(t.key)));
  if (!named) return;
  for (const s of ctx.sentences) {
    const c = s.content;
    for (let j = 0; j < c.length; j++) {
      if (!tooWords.has((c[j] as Token).low)) continue;
      const near = [c[j - 1], c[j + 1], c[j + 2]].find((w) => w && virtues.has(w.key));
      if (near) {
        out.push(
          near.start < (c[j] as Token).start
            ? span(ctx.doc, near, c[j] as Token)
            : span(ctx.doc, c[j] as Token, near),
        );
        return;
      }
    }
  }
}

const rarelyWords = wordSet('jarang', 'rarely', 'seldom', 'hardly');
const wrongStems = wordSet(
  'salah',
  'gagal',
  'kritik',
  'keliru',
  'mistake',
  'mistakes',
  'wrong',
  'fail',
  'stres',
);

/** "saya jarang salah", "I rarely make mistakes": a fault claimed to be rare, about oneself. */
function rarelyWrong(ctx: Ctx, s: SentenceView, out: Evidence[]): void {
  const c = s.content;
  for (let j = 0; j < c.length; j++) {
    if (!rarelyWords.has((c[j] as Token).low)) continue;
    if (!c.slice(Math.max(0, j - 3), j).some((w) => selves.has(w.low) || w.low === 'i')) continue;
    const fault = c.slice(j + 1, j + 4).find((w) => stems(w.key).some((x) => wrongStems.has(x)));
    if (fault) {
      out.push(span(ctx.doc, c[j] as Token, fault));
      return;
    }
  }
}

export type CueHits = Map<string, Evidence[]>;

/** The cues of this module, by feature name (without the "f:" prefix). */
/** The words the per-sentence shapes start at (rarelyWrong, externalCause, outOfReach, ...). */
const triggers = new Set([
  'bukan',
  'not',
  'nothing',
  'lebih',
  ...reachNouns,
  ...relationNouns,
  ...whyWords,
  ...noneWords,
  'no',
  ...causeWords,
  ...rarelyWords,
]);

/** Found once per answer: the rules (red-flags.ts) and the model's features both read them. */
const found = new PerAnswer<Record<string, Evidence[]>>();

function excusesOf(ctx: Ctx, isOther: (t: Token) => boolean): Record<string, Evidence[]> {
  let out = found.get(ctx);
  if (out) return out;
  out = {
    ownPartDenied: [],
    outOfReach: [],
    topicWavedAway: [],
    noWeakness: [],
    externalCause: [],
    virtueAsWeakness: [],
    rarelyWrong: [],
  };
  for (const s of ctx.sentences) {
    // Each shape starts at one of a few words: a sentence with none of them holds no excuse.
    if (!s.content.some((t) => lowIn(t, triggersL) || keyIn(t, triggersL))) continue;
    ownPartDenied(ctx, s, out.ownPartDenied as Evidence[]);
    outOfReach(ctx, s, out.outOfReach as Evidence[]);
    topicWavedAway(ctx, s, out.topicWavedAway as Evidence[]);
    externalCause(ctx, s, isOther, out.externalCause as Evidence[]);
    rarelyWrong(ctx, s, out.rarelyWrong as Evidence[]);
  }
  noWeakness(ctx, out.noWeakness as Evidence[]);
  virtueAsWeakness(ctx, out.virtueAsWeakness as Evidence[]);
  found.set(ctx, out);
  return out;
}

/** The shapes that deflect by themselves, whoever else is named: the defensive rule's too. */
const deflecting = [
  'ownPartDenied',
  'outOfReach',
  'topicWavedAway',
  'noWeakness',
  'virtueAsWeakness',
  'rarelyWrong',
];

/** The words of the shapes that make an answer defensive on their own (not a cause alone). */
export function deflectingExcuses(ctx: Ctx, isOther: (t: Token) => boolean): Evidence[] {
  const all = excusesOf(ctx, isOther);
  return deflecting.flatMap((name) => all[name] ?? []);
}

/** The cues of this module, by feature name (without the "f:" prefix). */
export function excuseCues(ctx: Ctx, isOther: (t: Token) => boolean, hits: CueHits): void {
  for (const [name, evidence] of Object.entries(excusesOf(ctx, isOther))) {
    if (evidence.length > 0) hits.set(name, evidence.slice(0, 4));
  }
}

/** The word list above asked a token at a time, as a bit of its masks (word-set.ts). */
const triggersL = wordList(triggers);
