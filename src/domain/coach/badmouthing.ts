/**
 * Badmouthing a former (or current) employer, found by sentence structure rather than by a list
 * of complaints: a third party tied to the job (a boss, the company, colleagues, or "they/dia/
 * di sana" once the answer has named a past job) is the subject or the target of an evaluative
 * or blaming predicate:
 *   - an insult ("lazy", "bodoh", "toxic"): counts on its own;
 *   - a complaint ("disorganised", "berantakan", "never listened", "nggak pernah dengerin",
 *     "always yelling", "selalu marah-marah"): counts unless the candidate's own remedy follows
 *     ("the process was slow, so I proposed ...": criticism owned by the speaker);
 *   - blame ("gara-gara mereka", "salah mereka", "their fault", "because of my manager, I ...").
 * And a blame shift: the candidate's own failure put on someone else ("it wasn't my fault, the
 * team ...", "karena tim saya telat kirim data, jadi saya ...", "saya yang disalahkan",
 * "dijadikan kambing hitam", "I got blamed").
 * Near misses left alone: a neutral reason for leaving (growth, relocation, a contract ended, the
 * company closed), praise of the former employer, a customer's problem.
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, type SentenceView, span } from './context';
import { deniesOwnPart } from './deflection';
import { asksWhyLeaving } from './leaving-question';
import { lex } from './lexicon';
import { stems } from './morphology';
import { evaluative, praise } from './stance';
import type { Token } from './tokens';
import { keyFact, keyIn, lowIn, wordList, wordSet } from './word-set';
import { isOutsider } from './outsiders';

/** Words that place an employer in the past: "atasan lama", "my previous boss", "mantan bos". */
const pastMarkers = wordSet(
  'lama',
  'sebelumnya',
  'dulu',
  'terakhir',
  'sebelum',
  'mantan',
  'eks',
  'last',
  'previous',
  'former',
  'old',
  'ex',
  'ex-boss',
  'ex-manager',
  'ex-colleague',
  'ex-colleagues',
);
/** People and bodies an answer may speak of at work (the employer lexicon adds the rest). */
const workParties = wordSet(
  'kantor',
  'perusahaan',
  'tempat',
  'job',
  'workplace',
  'employer',
  'company',
  'firm',
  'atasan',
  'bos',
  'boss',
  'manager',
  'manajer',
  'supervisor',
  'spv',
);
/** Pronouns that can point back to the employer once the answer has named it. */
const referents = wordSet(
  'they',
  'them',
  'he',
  'him',
  'she',
  'her',
  'mereka',
  'dia',
  'beliau',
  'doi',
);
/** Places that point back to the past job: "di sana", "there", "tempat itu". */
const thereWords = wordSet('sana', 'there', 'situ');
/** Words that insult a person or a workplace: they judge on their own, whatever follows. */
const insults = wordSet(
  'incompetent',
  'lazy',
  'clueless',
  'useless',
  'toxic',
  'stupid',
  'dumb',
  'idiot',
  'idiots',
  'pathetic',
  'arrogant',
  'selfish',
  'greedy',
  'rude',
  'dishonest',
  'two-faced',
  'abusive',
  'hostile',
  'petty',
  'worst',
  'horrible',
  'terrible',
  'awful',
  'nightmare',
  'malas',
  'males',
  'pemalas',
  'bodoh',
  'goblok',
  'bego',
  'tolol',
  'payah',
  'egois',
  'licik',
  'curang',
  'jahat',
  'munafik',
  'sombong',
  'serakah',
  'toksik',
  'galak',
  'judes',
  'ketus',
  'rese',
  'nyebelin',
  'menyebalkan',
  'otoriter',
  'seenaknya',
  'semena-mena',
  'semaunya',
  'zalim',
  'kampungan',
  'norak',
);
/** Words of a workplace gone wrong: criticism, which a remedy of one's own makes balanced. */
const complaints = wordSet(
  'disorganized',
  'disorganised',
  'chaotic',
  'unfair',
  'unprofessional',
  'unreliable',
  'careless',
  'sloppy',
  'bossy',
  'controlling',
  'micromanaged',
  'micromanaging',
  'micromanager',
  'micromanage',
  'micromanages',
  'stingy',
  'cheap',
  'mess',
  'disaster',
  'chaos',
  'joke',
  'ridiculous',
  'hopeless',
  'kacau',
  'berantakan',
  'amburadul',
  'ribet',
  'lelet',
  'lemot',
  'pelit',
  'cuek',
  'asal-asalan',
  'ngaco',
  'parah',
  'pilih',
  'plin-plan',
  'lepas',
  'lambat',
  'slow',
  'negative',
);
/**
 * What a workplace or a boss should be: negated ("kurang kompak", "not supportive", "nggak
 * becus") it is a complaint.
 */
const virtues = wordSet(
  'kompak',
  'profesional',
  'kompeten',
  'becus',
  'adil',
  'transparan',
  'suportif',
  'jelas',
  'sehat',
  'manusiawi',
  'terbuka',
  'professional',
  'competent',
  'supportive',
  'fair',
  'transparent',
  'organized',
  'organised',
  'helpful',
  'reliable',
  'responsive',
  'clear',
);
/** Acts of a hostile boss or colleague, whatever their subject's mood: "yelled", "marah-marah". */
const hostileActs = [
  'credit',
  'kesalahan',
  'yell',
  'shout',
  'scream',
  'blame',
  'ignore',
  'interrupt',
  'humiliate',
  'belittle',
  'bully',
  'micromanage',
  'marah',
  'bentak',
  'omel',
  'salah',
  'maki',
  'sindir',
  'abai',
  'cuek',
  'lempar',
];
/**
 * What an employer owes and may fail to give: to listen, care, pay, support, explain. Negated
 * with the party as subject ("they never listened", "bos nggak pernah dengerin") it complains;
 * "didn't have a career path" (what a workplace lacks) is a neutral reason to leave and is not
 * here.
 */
const dutyActs = [
  // Competence: "had no idea", "nggak ngerti apa-apa".
  'idea',
  'clue',
  'know',
  'knew',
  'understand',
  'understood',
  'ngerti',
  'paham',
  'back',
  'backed',
  'defend',
  'protect',
  'trust',
  'involve',
  'consult',
  'arah',
  'arahan',
  'listen',
  'care',
  'pay',
  'paid',
  'support',
  'help',
  'appreciate',
  'value',
  'respect',
  'explain',
  'communicate',
  'tell',
  'told',
  'inform',
  'answer',
  'reply',
  'respond',
  'thank',
  'acknowledge',
  'recognise',
  'recognize',
  'dengar',
  'dengerin',
  'peduli',
  'harga',
  'hargai',
  'dukung',
  'bantu',
  'bayar',
  'gaji',
  'jelas',
  'jelasin',
  'respon',
  'tanggap',
  'balas',
  'bales',
  'kabar',
  'kabarin',
  'apresiasi',
  'hormat',
];
/** Negation (the shared lexicon) and its near kin, "seldom": "jarang dengerin", "rarely helped". */
const negations = new Set([...lex.negation, 'jarang', 'rarely', 'hardly']);
const alwaysWords = wordSet(
  'always',
  'constantly',
  'kept',
  'keeps',
  'selalu',
  'terus',
  'mulu',
  'melulu',
  'sering',
  'suka',
  'hobi',
  'kerap',
);
/** "only cared about numbers", "cuma mikirin target": a duty narrowed to self-interest. */
const onlyWords = wordSet('only', 'just', 'cuma', 'hanya', 'cuman', 'doang');
const selfInterest = wordSet(
  'care',
  'cared',
  'cares',
  'think',
  'thought',
  'mikirin',
  'peduli',
  'memikirkan',
  'mentingin',
  'mementingkan',
);
/** "gara-gara" blames by itself; "because of" does when its object is the party. */
const blameCauses = wordSet('gara-gara', 'garagara', 'gegara');
const causes = wordSet(
  'karena',
  'gara-gara',
  'because',
  'since',
  'due',
  'soalnya',
  'abis',
  'habis',
);
const faultWords = wordSet('salah', 'kesalahan', 'fault', 'blame');
/** Failures the candidate might have to explain: "I missed", "saya telat". */
const failures = [
  'telat',
  'lambat',
  'gagal',
  'lupa',
  'molor',
  'meleset',
  'tunda',
  'mundur',
  'late',
  'fail',
  'miss',
  'forgot',
  'forget',
  'delay',
  'slip',
  'lose',
  'lost',
];
const selves = wordSet('saya', 'aku', 'gue', 'gua', 'gw', 'i', 'me', 'my', 'kami', 'we');
/** The candidate's own remedy: "so I proposed", "jadi saya bikin", "I then set up". */
const thenWords = wordSet('so', 'jadi', 'akhirnya', 'makanya', 'then', 'lalu', 'terus', 'kemudian');
/** Words of respect or gratitude in the same clause turn "never" into praise. */
const praiseWords = wordSet(
  'grateful',
  'thankful',
  'learned',
  'learnt',
  'respect',
  'admire',
  'mentor',
  'bersyukur',
  'belajar',
  'kagum',
  'salut',
  'hormat',
  'berterima',
);

/** Whether a word's stem is one of the given stems ("dengerin" → "dengar", "yelled" → "yell"). */
const stemIn = (list: readonly string[]) => {
  const known = new Map<string, boolean>();
  const wanted = new Set(list);
  return (t: Token): boolean => {
    let hit = known.get(t.key);
    if (hit === undefined) {
      hit = wanted.has(t.key) || stems(t.key).some((s) => wanted.has(s));
      if (known.size >= 20_000) known.clear();
      known.set(t.key, hit);
    }
    return hit;
  };
};
const isDuty = stemIn(dutyActs);
const isHostile = stemIn(hostileActs);
const isFailure = stemIn(failures);

/**
 * Whether a word, negated about a party, judges it: something it owes ("no support", "never
 * listened"), a hostile act ("no credit"), or a quality ("no good", "not fair"). A negation
 * before anything else ("has no analytics role", "no shortcut") judges nobody.
 */
export function deniedDue(t: Token): boolean {
  return (
    isDuty(t) || isHostile(t) || virtues.has(t.key) || praise.has(t.key) || evaluative.has(t.key)
  );
}

/** Per distinct word (word-set.ts keyFact): whether it names the employer. */
const isEmployer = keyFact((key) => {
  const b = key.replace(/(?:nya|ku|mu)$/, '');
  return (
    lex.employer.has(key) ||
    workParties.has(key) ||
    (b.length >= 2 && lex.employer.has(b)) ||
    workParties.has(b)
  );
});

/** The answer names a past job: a past marker within three words of a workplace word. */
function namesPastJob(ctx: Ctx): boolean {
  for (const s of ctx.sentences) {
    const c = s.content;
    for (let j = 0; j < c.length; j++) {
      const t = c[j] as Token;
      if (t.key.startsWith('ex-') || t.key === 'mantan') return true;
      if (!pastMarkers.has(t.key)) continue;
      for (let k = Math.max(0, j - 3); k <= j + 3 && k < c.length; k++) {
        if (k !== j && isEmployer(c[k] as Token)) return true;
      }
    }
  }
  const { question } = ctx.input;
  return /\b(?:left|resign|keluar|berhenti|pindah)/i.test(question) || asksWhyLeaving(question);
}

interface Party {
  at: number;
  token: Token;
}

/** The employer or its people in a sentence; pronouns and "there" once a past job is named. */
function partiesOf(s: SentenceView, pastJob: boolean, outsider: boolean): Party[] {
  const c = s.content;
  const out: Party[] = [];
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    if (isEmployer(t)) out.push({ at: j, token: t });
    else if (pastJob && !outsider && (referents.has(t.low) || thereWords.has(t.low))) {
      out.push({ at: j, token: t });
    }
  }
  return out;
}

/** The candidate's own remedy after the criticism, in this sentence or the next. */
function remedyFollows(ctx: Ctx, s: SentenceView, from: number): boolean {
  const next = ctx.sentences[s.index + 1];
  return remedyIn(s.content, from) || (next !== undefined && remedyIn(next.content, 0));
}

/** "so I proposed", "jadi saya bikin" in c from start on (not "so I missed"). */
function remedyIn(c: readonly Token[], start: number): boolean {
  for (let j = start; j + 1 < c.length; j++) {
    const t = c[j] as Token;
    if (!thenWords.has(t.low)) continue;
    const who = c[j + 1] as Token;
    const what = c[j + 2];
    const failed = what !== undefined && (isFailure(what) || negations.has(what.low));
    if (selves.has(who.low) && who.low !== 'my' && !failed) return true;
  }
  return false;
}

function praised(c: readonly Token[]): boolean {
  return c.some((t) => praiseWords.has(t.key));
}

/**
 * One sentence being judged: what the checks below share. Plain functions over this record
 * rather than closures made for every sentence (closures cost an allocation each, and more when
 * the build keeps their names).
 */
interface Judging {
  ctx: Ctx;
  s: SentenceView;
  c: readonly Token[];
  parties: readonly Party[];
  /** The nearest party to each position j, at j + 1 (the first of equals), found once. */
  nearest: Party[];
  /** Positions of outsiders (customers, patients) in the sentence. */
  outsiderAt: number[];
  praise: boolean | undefined;
}

function party(J: Judging, j: number): Party {
  let hit = J.nearest[j + 1];
  if (!hit) {
    hit = J.parties[0] as Party;
    for (const p of J.parties) if (Math.abs(p.at - j) < Math.abs(hit.at - j)) hit = p;
    J.nearest[j + 1] = hit;
  }
  return hit;
}

function praisedHere(J: Judging): boolean {
  return (J.praise ??= praised(J.c));
}

function near(J: Judging, j: number, reach: number): boolean {
  return Math.abs(party(J, j).at - j) <= reach;
}

function partyAt(J: Judging, k: number): boolean {
  for (const p of J.parties) if (p.at === k) return true;
  return false;
}

/**
 * The party is the subject of the predicate at j: it comes earlier in the clause, with no other
 * subject in between ("my manager kept taking credit ... and never backed the team").
 */
function subjectBefore(J: Judging, j: number): boolean {
  const { s, c } = J;
  for (let k = j - 1; k >= 0 && s.clause[k] === s.clause[j]; k--) {
    if (partyAt(J, k)) return true;
    const w = c[k] as Token;
    const possessive = k > 0 && partyAt(J, k - 1);
    if (selves.has(w.low) && w.low !== 'my' && !possessive) return false;
    if (isOutsider(w)) return false;
  }
  return false;
}

function withParty(J: Judging, out: Evidence[], j: number, to: Token = J.c[j] as Token): void {
  out.push(span(J.ctx.doc, party(J, j).token), span(J.ctx.doc, J.c[j] as Token, to));
}

/**
 * The judged one is the nearest person before the word: "a customer was rude" judges the
 * customer, even in a sentence that also names the job.
 */
function judgesParty(J: Judging, j: number): boolean {
  const p = party(J, j).at;
  for (const o of J.outsiderAt) if (o < j && (p > j || o > p)) return false;
  return true;
}

/** "a sloppy report": an adjective before its own noun judges the thing, not the party. */
function attributive(J: Judging, j: number): boolean {
  const { c } = J;
  return (
    determiners.has(c[j - 1]?.low ?? '') &&
    c[j + 1]?.kind === 'word' &&
    !isEmployer(c[j + 1] as Token)
  );
}

/**
 * Evaluative or blaming predicates about a party in one sentence: the words that judge, with
 * the party, as evidence.
 */
function judgedParty(ctx: Ctx, s: SentenceView, parties: Party[]): Evidence[] {
  const c = s.content;
  const out: Evidence[] = [];
  if (parties.length === 0) return out;
  const outsiderAt: number[] = [];
  for (let j = 0; j < c.length; j++) if (isOutsider(c[j] as Token)) outsiderAt.push(j);
  const J: Judging = { ctx, s, c, parties, nearest: [], outsiderAt, praise: undefined };
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    const prev = c[j - 1];
    const negated = prev !== undefined && lowIn(prev, negationsL);
    const next = c[j + 1];
    const after = c[j + 2];
    // Only an insult or a complaint is evaluated: the party checks are left undone for the rest.
    const judging = keyIn(t, insultsL) || keyIn(t, complaintsL);
    const evaluated =
      judging && !negated && near(J, j, 6) && judgesParty(J, j) && !attributive(J, j);
    if (keyIn(t, insultsL) && evaluated) {
      withParty(J, out, j);
      continue;
    }
    if (keyIn(t, complaintsL) && evaluated && !praisedHere(J) && !remedyFollows(ctx, s, j)) {
      withParty(J, out, j);
      continue;
    }
    // A party never/not doing what it owes, as subject: "they never listened".
    if (lowIn(t, negationsL) && (near(J, j, 4) ? party(J, j).at < j : subjectBefore(J, j))) {
      for (let k = j + 1; k <= j + 3 && k < c.length; k++) {
        const v = c[k] as Token;
        if (selves.has(v.low)) break;
        const fails = isDuty(v) || (k === j + 1 && virtues.has(v.key));
        if (fails && !praisedHere(J) && !remedyFollows(ctx, s, k)) {
          withParty(J, out, j, v);
          break;
        }
      }
    }
    // "always yelling", "selalu marah-marah": a hostile act, habitual.
    if (lowIn(t, onlyWordsL) && subjectBefore(J, j)) {
      const v = c.slice(j + 1, j + 3).find((w) => selfInterest.has(w.low));
      if (v && !praisedHere(J)) withParty(J, out, j, v);
    }
    // "that was on the QA team": blame placed on a party.
    if (t.low === 'on' && ['was', 'is', 'were'].includes(prev?.low ?? '')) {
      const owner = [next, after].find((w) => w && isEmployer(w));
      if (owner) withParty(J, out, j, owner);
    }
    if (lowIn(t, alwaysWordsL) && (near(J, j, 5) || subjectBefore(J, j))) {
      for (let k = j + 1; k <= j + 3 && k < c.length; k++) {
        const v = c[k] as Token;
        if (isHostile(v) && !praisedHere(J)) {
          withParty(J, out, j, v);
          break;
        }
      }
    }
    // Blame: "gara-gara mereka", "salah mereka", "their fault", "because of my manager".
    if (lowIn(t, blameCausesL) && next && near(J, j + 1, 2) && party(J, j + 1).at > j) {
      withParty(J, out, j, next);
    }
    if (keyIn(t, faultWordsL) && next && party(J, j + 1).at === j + 1 && !selves.has(next.low)) {
      withParty(J, out, j, next);
    }
    if (keyIn(t, faultWordsL) && next?.low === 'of' && after && party(J, j + 2).at >= j + 2) {
      if (party(J, j + 2).at <= j + 3) withParty(J, out, j, c[party(J, j + 2).at] as Token);
    }
    if (keyIn(t, faultWordsL) && prev && party(J, j - 1).at === j - 1 && !praisedHere(J)) {
      withParty(J, out, j - 1, t);
    }
    if (t.low === 'because' && next?.low === 'of' && after && near(J, j + 2, 2)) {
      if (c.slice(j + 3).some((v) => negations.has(v.low) || isFailure(v))) {
        withParty(J, out, j, after);
      }
    }
  }
  return out;
}

/**
 * A blame shift: a causal clause whose subject is the party and whose predicate fails ("karena
 * tim saya telat kirim data", "because the vendor didn't deliver"), in a sentence where the
 * candidate also failed ("jadi saya telat lapor", "so I missed the deadline").
 */
function shiftsBlame(ctx: Ctx, s: SentenceView, parties: Party[]): Evidence[] {
  const c = s.content;
  for (let j = 0; j < c.length; j++) {
    if (!causes.has((c[j] as Token).low)) continue;
    const p = parties.find((q) => q.at > j && q.at <= j + 4) ?? roleAfter(c, j);
    if (!p) continue;
    const failAt = c.findIndex(
      (v, k) => k > p.at && k <= p.at + 6 && (negations.has(v.low) || isFailure(v)),
    );
    if (failAt < 0) continue;
    const outcomeFailed = c.slice(0, j).some((v) => isFailure(v) || negations.has(v.low));
    const meFailed =
      outcomeFailed ||
      c.some(
        (v, k) =>
          selves.has(v.low) &&
          v.low !== 'my' &&
          (k < j || k > failAt) &&
          c.slice(k + 1, k + 5).some((w) => isFailure(w) || negations.has(w.low)),
      );
    if (meFailed && !remedyFollows(ctx, s, failAt)) {
      return [span(ctx.doc, c[j] as Token, c[failAt] as Token)];
    }
  }
  return [];
}

/** "pihak gudang", "bagian keuangan": a unit of the workplace named by what it does. */
const pihak = wordSet('pihak', 'bagian', 'anak', 'orang');
/** Determiners before a noun phrase. */
const determiners = wordSet('a', 'an', 'the', 'this', 'that', 'such', 'our', 'their', 'his', 'her');
/** People named by their role: "the designers", "our vendor", "pihak gudang". */
const rolePattern = /(?:ers?|ors?|ists?|ants?|ians?)$/;

/** A role right after a cause word: "because the designers ...", "karena pihak vendor ...". */
function roleAfter(c: readonly Token[], j: number): Party | undefined {
  const d = c[j + 1];
  const noun = c[j + 2];
  if (!d || !noun) return undefined;
  const named = (determiners.has(d.low) || pihak.has(d.low)) && noun.low !== 'i';
  if (!named || selves.has(noun.low)) return undefined;
  return rolePattern.test(noun.low) || pihak.has(d.low) ? { at: j + 2, token: noun } : undefined;
}

/** "saya yang disalahkan", "dijadikan kambing hitam", "I got blamed", "thrown under the bus". */
function blamedPassive(ctx: Ctx, s: SentenceView): Evidence[] {
  const c = s.content;
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    const k = t.key;
    const passiveId =
      // By length first (9 or 10 letters): the pattern is not run for every word.
      ((k.length === 9 || k.length === 10) && /^(?:di|ke)salah(?:kan|in)$/.test(k)) ||
      (k === 'kambing' && c[j + 1]?.key === 'hitam');
    const passiveEn =
      (k === 'blamed' &&
        ['was', 'got', 'get', 'were', 'been', 'being'].includes(c[j - 1]?.low ?? '')) ||
      k === 'scapegoat' ||
      k === 'scapegoated';
    if (!passiveId && !passiveEn) continue;
    const me = c.slice(Math.max(0, j - 4), j + 3).some((v) => selves.has(v.low));
    if (me) return [span(ctx.doc, t, k === 'kambing' ? (c[j + 1] as Token) : t)];
  }
  return [];
}

export function findBadmouthing(ctx: Ctx): Evidence[] {
  const pastJob = namesPastJob(ctx);
  const deniesFault = new Set(
    ctx.sentences.filter((s) => deniesOwnPart(ctx, s).length > 0).map((s) => s.index),
  );
  const out: Evidence[] = [];
  let prevOutsider = false;
  for (const s of ctx.sentences) {
    const outsider = s.content.some(isOutsider);
    const parties = partiesOf(s, pastJob, prevOutsider || outsider);
    prevOutsider = outsider;
    out.push(...blamedPassive(ctx, s), ...shiftsBlame(ctx, s, parties));
    if (parties.length === 0) continue;
    out.push(...judgedParty(ctx, s, parties));
    // "It wasn't my fault. The team ...": the denial and the party in this sentence or the last.
    const first = parties[0] as Party;
    if (deniesFault.has(s.index) || deniesFault.has(s.index - 1))
      out.push(span(ctx.doc, first.token));
  }
  return out;
}

/**
 * Whether a word of criticism found by the complaint lexicons is excused: it judges a customer
 * or patient (the nearest person before it is an outsider), or it is a complaint (not an
 * insult) owned by the speaker, followed by their own remedy, or said in praise.
 */
export function excusedCriticism(ctx: Ctx, s: SentenceView, found: Evidence): boolean {
  const c = s.content;
  const j = c.findIndex((t) => t.start >= found.start && t.end <= found.end);
  const t = c[j];
  if (!t) return false;
  for (let k = j - 1; k >= 0; k--) {
    const w = c[k] as Token;
    if (isOutsider(w)) return true;
    if (isEmployer(w) || referents.has(w.low)) break;
  }
  if (insults.has(t.key)) return false;
  return praised(c) || remedyFollows(ctx, s, j);
}

/** The word lists above asked a token at a time, as bits of its masks (word-set.ts). */
const negationsL = wordList(negations);
const insultsL = wordList(insults);
const complaintsL = wordList(complaints);
const onlyWordsL = wordList(onlyWords);
const alwaysWordsL = wordList(alwaysWords);
const blameCausesL = wordList(blameCauses);
const faultWordsL = wordList(faultWords);
