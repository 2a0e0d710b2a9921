/**
 * Red flags: genericClaim, negativeFormer, defensive, theoretical.
 *
 * - defensive: denial of weaknesses or fault ("tidak merasa punya kelemahan", "bukan salah
 *   aku", "it wasn't my error"), pushback on the question ("pertanyaan seperti ini kurang
 *   relevan", "I don't see why", "I'd rather talk about"), irritation ("udahlah"), and questions
 *   thrown back ("Kenapa harus ...?", "Masa aku terus ...?", or any short question that
 *   addresses the interviewer), one's own part denied ("wasn't my call", "bukan di saya"),
 *   helplessness ("nothing I could have done", "mau gimana lagi").
 * - negativeFormer: in one sentence, an employer, boss, colleague or company and an insult or
 *   complaint about them. Milder complaints ("nggak jelas", "never listened") count when the
 *   answer narrates no step of its own, or deflects; blame words ("wrong", "salah") only when
 *   the answer also denies its own fault.
 * - genericClaim: positive traits claimed about oneself (pronoun, then the trait, with no other
 *   subject or preposition between) none of which a sentence of the candidate's own story shows
 *   by its content (claim-backing.ts): a story about something else backs nothing.
 * - theoretical: most sentences say what one would/should do (modals, "the best way", "need
 *   to"), at least one of them strongly, and no story of one's own.
 */
import type { Evidence, LabelFinding } from './answer-analysis';
import { type Ctx, type SentenceView, isStrongModal, span, tidy } from './context';
import { episodeAfter } from './episode';
import { lex } from './lexicon';
import { type PhraseSet, findPhrases } from './phrases';
import { procedureSpans } from './procedure';
import { isOtherParty, isThirdParty } from './features';
import { disparagingWords } from './disparagement';
import { understatedCriticism } from './understated-criticism';
import { deflectingExcuses } from './excuses';
import { justifications } from './justification';
import { defensiveShapes } from './defensive-stance';
import { findBadmouthing, excusedCriticism } from './badmouthing';
import { type ClaimBacking, backClaims } from './claim-backing';
import {
  asksInterviewerBack,
  claimsFaultless,
  deniesOwnPart,
  pleadsHelpless,
  pushesBackOnQuestion,
} from './deflection';
import type { NumberMention } from './quantified';
import { findSelfDescriptions, personNouns } from './self-description';
import { findTraitFrames } from './trait-frames';
import type { Token } from './tokens';
import { keyFact } from './word-set';
import { findSpecifics, tellsSpecificStory } from './specificity';
import { harshJudgement, veiledJudgement } from './stance';
import type { StarFindings } from './star';

function phraseSpans(ctx: Ctx, set: PhraseSet, s: SentenceView): Evidence[] {
  const out: Evidence[] = [];
  for (const m of findPhrases(set, s.content)) {
    const a = s.content[m.first];
    const b = s.content[m.last - 1];
    if (a && b) out.push(span(ctx.doc, a, b));
  }
  return out;
}

export interface DefensiveFindings {
  evidence: Evidence[];
  sentences: Set<number>;
}

export function findDefensive(ctx: Ctx): DefensiveFindings {
  const evidence: Evidence[] = [];
  const sentences = new Set<number>();
  for (const s of ctx.sentences) {
    const found = phraseSpans(ctx, lex.defensive, s);
    if (s.question) found.push(...phraseSpans(ctx, lex.defensiveQuestions, s));
    found.push(
      ...asksInterviewerBack(ctx, s),
      ...deniesOwnPart(ctx, s),
      ...pushesBackOnQuestion(ctx, s),
      ...claimsFaultless(ctx, s),
      ...pleadsHelpless(ctx, s),
    );
    // The first clause's length (clause numbers only grow): counted, not filtered into a copy.
    let clauseLength = 0;
    while (clauseLength < s.clause.length && s.clause[clauseLength] === s.clause[0]) clauseLength++;
    if (clauseLength <= 4) {
      const opener = findPhrases(lex.defensiveOpeners, s.content)[0];
      const a = s.content[0];
      const b = opener ? s.content[opener.last - 1] : undefined;
      if (opener && opener.first === 0 && a && b) found.push(span(ctx.doc, a, b));
    }
    if (found.length > 0) {
      sentences.add(s.index);
      evidence.push(...found);
    }
  }
  // Shapes of excuse (excuses.ts: "bukan cerminan kerja saya", "nggak perlu dibahas",
  // "Kekurangan rasanya nggak ada"): they set the label, and leave the story's sentences alone.
  evidence.push(...deflectingExcuses(ctx, isOtherParty), ...justifications(ctx));
  // English stance (defensive-stance.ts): the question challenged, irritation, a fault made
  // everyone's, stacked excuses.
  evidence.push(...defensiveShapes(ctx));
  return { evidence, sentences };
}

/** Employer words, also with a clitic ("bosnya", "atasanku"); known per distinct word. */
const isEmployerWord = keyFact((key) => {
  const bare = key.replace(/(?:nya|ku|mu)$/, '');
  return lex.employer.has(key) || (bare.length >= 2 && lex.employer.has(bare));
});

function employerTokens(ctx: Ctx, s: SentenceView): Evidence[] {
  const out: Evidence[] = [];
  for (const t of s.content) if (isEmployerWord(t)) out.push(span(ctx.doc, t));
  return out;
}

function findNegativeFormer(ctx: Ctx, narratesSteps: boolean, deflects: boolean): Evidence[] {
  const out: Evidence[] = [];
  for (const s of ctx.sentences) {
    const targets = employerTokens(ctx, s);
    if (targets.length === 0) continue;
    const complaints = phraseSpans(ctx, lex.employerNegative, s);
    if (!narratesSteps || deflects) complaints.push(...phraseSpans(ctx, lex.employerSoft, s));
    if (deflects) {
      for (const t of s.content) if (lex.blameWeak.has(t.key)) complaints.push(span(ctx.doc, t));
    }
    const meant = complaints.filter((e) => !excusedCriticism(ctx, s, e));
    if (meant.length > 0) out.push(...targets, ...meant);
    else if (complaints.length === 0) out.push(...veiledOrHarsh(ctx, s));
  }
  out.push(...findBadmouthing(ctx), ...disparagingWords(ctx, isOtherParty));
  out.push(...understatedCriticism(ctx, isOtherParty));
  return out;
}

/** A word or a few in quotes: "genius", 'diatur'. */
const quotePattern = /["“]([^"“”]{1,30})["”]|(?<!\p{L})['‘]([^'‘’]{1,30})['’](?!\p{L})/gu;

/**
 * Judgement of a third party that needs no complaint verb: a harsh word ("malas", "toxic"),
 * a veiled one ("let's just say", "katakanlah", "a real genius"), or a word put in scare
 * quotes, in a sentence about someone else.
 */
function veiledOrHarsh(ctx: Ctx, s: SentenceView): Evidence[] {
  const others = s.content.filter(isThirdParty);
  if (others.length === 0) return [];
  const found = phraseSpans(ctx, veiledJudgement, s);
  for (const t of s.content) {
    if (!harshJudgement.has(t.key)) continue;
    const e = span(ctx.doc, t);
    if (!excusedCriticism(ctx, s, e)) found.push(e);
  }
  const text = ctx.doc.text.slice(s.sentence.start, s.sentence.end);
  // Most sentences quote nothing: a plain scan is far cheaper than the pattern.
  const quoting = /["“'‘]/.test(text);
  for (const m of quoting ? text.matchAll(quotePattern) : []) {
    const start = s.sentence.start + (m.index ?? 0);
    found.push({ text: m[0], start, end: start + m[0].length });
  }
  if (found.length === 0) return [];
  return [...others.slice(0, 2).map((t) => span(ctx.doc, t)), ...found];
}

const traitStops = new Set([
  'di',
  'ke',
  'dari',
  'dengan',
  'sama',
  'pada',
  'kepada',
  'at',
  'in',
  'with',
  'for',
  'to',
  'from',
  'on',
  'about',
  'than',
]);
// "sy" and "im" (I'm) are how chat spells the candidate.
const selfHeads = new Set([
  'saya',
  'sy',
  'aku',
  'gue',
  'gua',
  'gw',
  'ane',
  'i',
  'im',
  'we',
  'kami',
]);

/** Words that make the words after them a noun phrase of their own: "the patient", "her calm". */
const enDeterminers = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'him',
  'them',
  'their',
  'its',
  'our',
  'your',
  'everyone',
  'everybody',
]);
/** Right before the trait word, these make it a noun ("a patient", "each patient"). */
const enNounBefore = new Set(['a', 'an', 'each', 'every', 'per', 'one', 'another']);
const describing = new Set(['call', 'describe', 'say', 'consider']);
/** Words after a noun, not after an adjective: "a patient with", "each patient who". */
const nounFollowers = new Set([
  'with',
  'who',
  'whose',
  'that',
  'was',
  'is',
  'had',
  'has',
  'on',
  'in',
  'at',
  'to',
  'for',
  'from',
  'of',
]);
/** Modals between the candidate and the trait: a plan or a promise ("I'd stay calm"). */
const enModals = new Set(['would', "'d", 'will', "'ll", 'should', 'could', 'might', 'can', 'must']);

/**
 * Whether an English trait word found after the candidate (c[head]) is said of the candidate
 * as a trait: not of someone or something named between ("I kept the cabin calm", "I needed
 * her calm"), not a noun ("I sat with a patient"), not a plan ("I'd stay calm"), not a hedge
 * ("if I'm being honest"), not a condition on terms ("I'm flexible if the scope is narrower").
 */
function enClaimsSelf(c: readonly Token[], head: number, first: number, last: number): boolean {
  for (let k = head + 1; k < first; k++) {
    const w = c[k]?.low ?? '';
    // "I'd call myself resilient" describes; "I'd stay calm" plans.
    if (enModals.has(w) && !describing.has(c[k + 1]?.low ?? '')) return false;
    // "I'm the one who stays calm", "the go-to person": the candidate still.
    const then = c[k + 1]?.low ?? '';
    if (
      enDeterminers.has(w) &&
      then !== 'one' &&
      !personNouns.has(then) &&
      c[k + 2]?.low !== 'person'
    )
      return false;
  }
  const before = c[first - 1]?.low ?? '';
  const next = c[last]?.low;
  const noun = last - first === 1 && !personNouns.has(c[first]?.low ?? '');
  if (noun && enNounBefore.has(before) && next !== undefined && nounFollowers.has(next))
    return false;
  if (before === 'being') return false;
  return next !== 'if';
}

/** Positive traits the candidate claims about themselves ("saya orangnya teliti", "I am a team player"). */
export function findTraitClaims(ctx: Ctx): Evidence[] {
  const out: Evidence[] = findSelfDescriptions(ctx);
  for (const s of ctx.sentences) {
    const c = s.content;
    for (const m of findPhrases(lex.traits, c)) {
      let claimed = false;
      let head = -1;
      for (let h = m.first - 1; h >= 0 && m.first - h <= 12; h--) {
        const w = c[h];
        if (!w) break;
        if (selfHeads.has(w.low)) {
          claimed = true;
          head = h;
          break;
        }
        if (lex.otherSubjects.has(w.low) || traitStops.has(w.low)) break;
      }
      if (!claimed) continue;
      if (ctx.input.language === 'en' && !enClaimsSelf(c, head, m.first, m.last)) continue;
      // English puts a copula before a predicate adjective: "I organised a rota" and "we
      // committed to a date" are verbs, "I'm organised" is the claim.
      // Chat "im" holds its copula: "im hardworking" is the claim.
      const justBefore = c[m.first - 1]?.low ?? '';
      if (ctx.input.language === 'en' && justBefore !== 'im' && selfHeads.has(justBefore)) continue;
      const before = [c[m.first - 1]?.low, c[m.first - 2]?.low];
      if (before.some((w) => w !== undefined && lex.negation.has(w))) continue;
      if (before[0] === 'be' && before[1] === 'to') continue; // "to be honest"
      const after = c[m.last];
      if (after && lex.traitNotAfter.has(after.low)) continue; // "jujur aja"
      const a = c[m.first];
      const b = c[m.last - 1];
      if (a && b) out.push(span(ctx.doc, a, b));
    }
  }
  // Claims by the sentence's shape (trait-frames.ts), where no claim above covers them already.
  for (const e of findTraitFrames(ctx)) {
    if (!out.some((o) => o.start < e.end && e.start < o.end)) out.push(e);
  }
  return out;
}

/** Verbs of wishing and feeling: "I'd learn a lot here" is a hope, not a method. */
const wishVerbs = new Set([
  'fit',
  'love',
  'like',
  'enjoy',
  'learn',
  'grow',
  'thrive',
  'feel',
  'belong',
  'be',
  'berkembang',
  'belajar',
  'senang',
  'suka',
  'betah',
  'cocok',
]);

function isWish(s: SentenceView, j: number): boolean {
  const next = s.content[j + 1];
  const after = s.content[j + 2];
  if (next && wishVerbs.has(next.low)) return next.low !== 'be' || after?.low === 'happy';
  return next?.low === 'probably' || next?.low === 'really'
    ? wishVerbs.has(after?.low ?? '')
    : false;
}

/** Whether most statements say what one would or should do, one of them strongly. */
function theoryHolds(ctx: Ctx): boolean {
  let score = 0;
  let strongSentences = 0;
  let modalSentences = 0;
  let statements = 0;
  for (const s of ctx.sentences) {
    if (s.question) continue;
    statements++;
    let strong = false;
    let weak = false;
    for (let j = 0; j < s.content.length; j++) {
      const t = s.content[j];
      if (!t) continue;
      if (isStrongModal(s, j) && !isWish(s, j)) {
        strong = true;
      } else if (lex.modalWeak.has(t.low) && !lex.negation.has(s.content[j - 1]?.low ?? '')) {
        weak = true;
      }
    }
    if (findPhrases(lex.modalPhrases, s.content).length > 0) strong = true;
    if (strong) {
      strongSentences++;
      modalSentences++;
      score += 1;
    } else if (weak) {
      modalSentences++;
      score += 0.5;
    }
  }
  return (
    strongSentences >= 1 &&
    score >= Math.min(1.5, statements) &&
    statements > 0 &&
    modalSentences / statements >= 0.4
  );
}

/**
 * The words that make an answer theoretical, wherever they are: what one would or should do
 * ("I would", "seharusnya", "need to"), habits instead of an occasion ("biasanya", "usually"),
 * and putting oneself in a situation ("kalau saya jadi", "if I were"). This is the evidence the
 * "theory only" tip shows, whoever set the label: the model's strongest features may be
 * conjunctions ("and", "kalau"), which explain nothing to the candidate.
 */
export function theoryMarkers(ctx: Ctx): Evidence[] {
  const out: Evidence[] = [];
  for (const s of ctx.sentences) {
    if (s.question) continue;
    for (let j = 0; j < s.content.length; j++) {
      const t = s.content[j];
      if (!t) continue;
      const prev = s.content[j - 1];
      if (isStrongModal(s, j) && !isWish(s, j)) {
        // "I would" reads as the habit of mind it is; a bare "would" less so.
        const subject = prev && lex.firstPerson.has(prev.low) ? prev : t;
        out.push(span(ctx.doc, subject, t));
      } else if (lex.habitual.has(t.low) && !lex.negation.has(prev?.low ?? '')) {
        out.push(span(ctx.doc, t));
      }
    }
    out.push(...phraseSpans(ctx, lex.modalPhrases, s), ...phraseSpans(ctx, lex.hypothetical, s));
  }
  // A procedure in the present ("you listen", "Post Reels daily") is theory without a modal.
  out.push(...procedureSpans(ctx));
  return tidy(out);
}

export interface RedFlagFindings {
  /** Positive traits claimed about oneself, with or without a story. */
  traits: Evidence[];
  /** Each claim with the sentence of the candidate's own story that shows it, or none. */
  claims: ClaimBacking[];
  genericClaim: LabelFinding;
  negativeFormer: LabelFinding;
  defensive: LabelFinding;
  theoretical: LabelFinding;
  /** The words that make the answer theoretical, whether or not the label is set. */
  theoryMarkers: Evidence[];
}

const finding = (value: boolean, evidence: Evidence[]): LabelFinding => ({
  value,
  evidence: value ? tidy(evidence) : [],
});

export function detectRedFlags(
  ctx: Ctx,
  star: StarFindings,
  defensive: DefensiveFindings,
  numbers: readonly NumberMention[] = [],
): RedFlagFindings {
  const story = star.situation.value;
  const deflects = defensive.evidence.length > 0;
  const negative = findNegativeFormer(ctx, star.action.value, deflects);
  const traits = findTraitClaims(ctx);
  const theory = theoryHolds(ctx);
  const markers = theoryMarkers(ctx);
  const claims = backClaims(
    ctx,
    traits,
    star.action.evidence,
    story ? star.situation.evidence : [],
  );
  const unbacked = claims.filter((c) => !c.backedBy).map((c) => c.claim);
  const specific = tellsSpecificStory(findSpecifics(ctx, traits, star.action.evidence, numbers));
  // Generic: traits claimed and no specific story anywhere in the answer (README), whatever the
  // story is about; a story whose content shows every claim backs them even when it carries no
  // number, time or name the specificity check knows. Claim-backing still tells the feedback which
  // sentence shows which claim.
  // A claim followed by a concrete episode of one's own (episode.ts) is shown by an example,
  // even one whose content the trait families do not match; the feedback still names it.
  const generic =
    traits.length > 0 && !specific && unbacked.some((c) => episodeAfter(ctx, c) === undefined);
  return {
    traits,
    claims,
    // A claim the story shows is backed; the answer is generic only when no claim is.
    genericClaim: finding(generic, unbacked.length > 0 ? unbacked : traits),
    negativeFormer: finding(negative.length > 0, negative),
    defensive: finding(deflects, defensive.evidence),
    // The rule decides on modals alone; the tip shows every marker (habits, hypotheticals too).
    theoretical: finding(theory && !story && !star.action.value, markers),
    theoryMarkers: markers,
  };
}
