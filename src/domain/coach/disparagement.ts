/**
 * Disparaging someone at work without a harsh word, by sentence shape, for the learned model:
 * - belittling: someone else as subject, then "cuma/doang/bisanya/taunya" or "all he did was"
 *   ("beliau cuma bisa kasih perintah", "kerjanya cuma foto-foto");
 * - hearsay or "so-called" put on them: "katanya sih profesional", "the so-called strategy";
 * - a disclaimer and then the criticism: "mohon maaf", "dengan segala hormat", "saya tidak
 *   bermaksud menjelekkan", "no offence", "with respect", followed by a sentence or clause whose
 *   subject is someone else (not "Mohon maaf, saya belum pernah pakai SAP, tapi saya ...");
 * - what not to do, learnt from them: "bagaimana seharusnya tidak memimpin", "how not to manage".
 * Near misses: a fair account ("atasan saya tegas tapi adil", "perusahaan sedang
 * restrukturisasi") has none of these shapes.
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, PerAnswer, type SentenceView, span } from './context';
import { stems } from './morphology';
import { phraseAt, type Token } from './tokens';
import { wordSet } from './word-set';

const belittlers = wordSet('cuma', 'cuman', 'doang', 'bisanya', 'taunya', 'kerjanya', 'sok');
const hearsay = wordSet('katanya', 'konon', 'so-called', 'supposedly', 'allegedly');
const contrast = wordSet('tapi', 'tetapi', 'namun', 'but', 'however', 'though', 'hanya', 'cuma');
/** Disclaimers before a criticism: a head word and the words that may follow it. */
const disclaimers: readonly (readonly string[])[] = [
  ['mohon', 'maaf'],
  ['maaf', 'sebelumnya'],
  ['dengan', 'segala', 'hormat'],
  ['with', 'respect'],
  ['with', 'all', 'due', 'respect'],
  ['no', 'offence'],
  ['no', 'offense'],
  ['tidak', 'bermaksud'],
  ['nggak', 'bermaksud'],
  ['tidak', 'ingin', 'menjelek-jelekkan'],
  ['tidak', 'mau', 'menjelek-jelekkan'],
  ['tidak', 'ingin', 'menjelekkan'],
  ['not', 'to', 'badmouth'],
  ['not', 'to', 'speak', 'ill'],
  ['respect', 'him'],
  ['respect', 'her'],
  ['respect', 'them'],
  ['menghormati', 'beliau'],
];
/** The first words of the disclaimers: most tokens start none. */
const disclaimerStarts = new Set(disclaimers.map((d) => d[0] as string));
const selfSubjects = wordSet('saya', 'aku', 'gue', 'i', 'we', 'kami');
const leadStems = wordSet('pimpin', 'kelola', 'lead', 'manage', 'treat', 'perlaku', 'run');
const howWords = wordSet('bagaimana', 'gimana', 'cara', 'caranya', 'how', 'what', 'apa');
const notWords = wordSet('tidak', 'nggak', 'gak', 'jangan', 'not');

/** Someone else as a subject at the head of a clause: "Atasan saya ...", "beliau", "bosnya". */
function otherLeads(c: readonly Token[], from: number, isOther: (t: Token) => boolean): boolean {
  for (let j = from; j < Math.min(c.length, from + 3); j++) {
    const t = c[j] as Token;
    if (t.low === 'saya' && j > from && isOther(c[j - 1] as Token)) return true;
    if (selfSubjects.has(t.low)) return false;
    if (isOther(t)) return true;
  }
  return false;
}

function belittles(ctx: Ctx, s: SentenceView, isOther: (t: Token) => boolean, out: Evidence[]) {
  const c = s.content;
  let who = -1;
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    if (selfSubjects.has(t.low) && !(j > 0 && isOther(c[j - 1] as Token))) who = -1;
    else if (isOther(t)) who = j;
    // Near the one judged, in the same clause, not negated ("bukan cuma"), not before a
    // number ("sopirnya cuma 22 orang" counts, it does not belittle).
    const near = who >= 0 && who < j && j - who <= 4 && s.clause[who] === s.clause[j];
    const plain = c[j - 1]?.low !== 'bukan' && c[j + 1]?.kind !== 'num';
    if (near && plain && belittlers.has(t.low)) {
      out.push(span(ctx.doc, c[who] as Token, t));
      return;
    }
    if (hearsay.has(t.low) && c.some(isOther)) {
      out.push(span(ctx.doc, t, c[j + 1] ?? t));
      return;
    }
  }
}

function disclaimsThenCriticises(ctx: Ctx, isOther: (t: Token) => boolean, out: Evidence[]): void {
  const sentences = ctx.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const c = (sentences[i] as SentenceView).content;
    for (let j = 0; j < c.length; j++) {
      if (!disclaimerStarts.has((c[j] as Token).low)) continue;
      const words = disclaimers.find((d) => phraseAt(c, j, d));
      if (!words) continue;
      const end = j + words.length;
      // The criticism: a later clause in this sentence after "tapi/namun", or the next sentence.
      const but = c.findIndex((t, k) => k >= end && contrast.has(t.low));
      // "Hanya memang beliau, mohon maaf, kurang memahami ...": said of someone in the sentence.
      const here =
        (but >= 0 && otherLeads(c, but + 1, isOther)) ||
        c.some((t, k) => (k < j || k >= end) && isOther(t));
      const next = sentences[i + 1];
      const after = next !== undefined && otherLeads(next.content, 0, isOther);
      if (here || after) out.push(span(ctx.doc, c[j] as Token, c[end - 1] as Token));
      return;
    }
  }
}

function whatNotToDo(ctx: Ctx, s: SentenceView, out: Evidence[]): void {
  const c = s.content;
  for (let j = 1; j < c.length; j++) {
    const t = c[j] as Token;
    if (!notWords.has(t.low)) continue;
    if (!c.slice(Math.max(0, j - 4), j).some((w) => howWords.has(w.low))) continue;
    const verb = c.slice(j + 1, j + 3).find((w) => stems(w.key).some((x) => leadStems.has(x)));
    if (verb) {
      out.push(span(ctx.doc, t, verb));
      return;
    }
  }
}

export type CueHits = Map<string, Evidence[]>;

/** Found once per answer: the rules (red-flags.ts) and the model's features both read them. */
const found = new PerAnswer<Record<string, Evidence[]>>();

function disparagementOf(ctx: Ctx, isOther: (t: Token) => boolean): Record<string, Evidence[]> {
  let out = found.get(ctx);
  if (out) return out;
  out = { belittlesOthers: [], disclaimerThenOthers: [], whatNotToDo: [] };
  for (const s of ctx.sentences) {
    // Both shapes hinge on one of a few words: a sentence with none of them is skipped.
    let belittling = false;
    let negated = false;
    for (const t of s.content) {
      belittling ||= belittlers.has(t.low) || hearsay.has(t.low);
      negated ||= notWords.has(t.low);
    }
    if (belittling) belittles(ctx, s, isOther, out.belittlesOthers as Evidence[]);
    if (negated) whatNotToDo(ctx, s, out.whatNotToDo as Evidence[]);
  }
  disclaimsThenCriticises(ctx, isOther, out.disclaimerThenOthers as Evidence[]);
  found.set(ctx, out);
  return out;
}

/**
 * The words that disparage on their own (belittling, what not to do): the badmouthing rule's
 * too. A disclaimer alone is only a hint, for the model.
 */
export function disparagingWords(ctx: Ctx, isOther: (t: Token) => boolean): Evidence[] {
  const all = disparagementOf(ctx, isOther);
  return [...(all.belittlesOthers ?? []), ...(all.whatNotToDo ?? [])];
}

/** The cues of this module, by feature name (without the "f:" prefix). */
export function disparagementCues(ctx: Ctx, isOther: (t: Token) => boolean, hits: CueHits): void {
  for (const [name, evidence] of Object.entries(disparagementOf(ctx, isOther))) {
    if (evidence.length > 0) hits.set(name, evidence.slice(0, 4));
  }
}
