/**
 * Numbers in the answer (digits, "3.000", "4,2", "$150,000", "30 persen", number words such as
 * "tiga", "dua puluh lima", "two", "dua kali lipat") and whether each measures the scale or
 * outcome of the candidate's work. Not a measure: years and dates ("tahun 2021", "tanggal 12"),
 * ages ("umur 24 tahun"), times of day ("jam sepuluh"), spans in years (tenure, schooling),
 * school grades, identifiers ("PPh 21", "Windows 11"), idioms ("empat mata", "give 110%"),
 * pay asked or earned ("gaji saya 5,2 juta", "my salary expectation"), numbers that name rather
 * than count ("lantai dua", "line 3", "nomor tiga"), "one by one" said by reduplication
 * ("satu-satu"), and numbers about someone else's situation ("he had called four times").
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, type SentenceView, clauseRange, span } from './context';
import { lex } from './lexicon';
import { findPhrases } from './phrases';
import { type Token, startsUpperCase } from './tokens';

export interface NumberMention {
  evidence: Evidence;
  /** True when the number measures scale or outcome of the candidate's work. */
  measure: boolean;
  reason?:
    | 'year'
    | 'date'
    | 'age'
    | 'time'
    | 'years'
    | 'school'
    | 'identifier'
    | 'idiom'
    | 'salary'
    | 'size'
    | 'other';
}

const alnumNumber = /^\d+(?:[.,]\d+)?(?:x|k|rb|jt|m|bn)$/;
const resultish = new Set([
  'signed',
  'won',
  'saved',
  'closed',
  'recovered',
  'generated',
  'brought',
]);

function isNumberWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (lex.numberUnits.has(t.low) || lex.numberWords.has(t.low)) return true;
  if (t.low.includes('-'))
    return t.low.split('-').every((p) => lex.numberUnits.has(p) || lex.numberWords.has(p));
  return false;
}

/** "half the time", "half of the backlog", "cut by half", "in half": a share of something. */
function isFraction(c: readonly Token[], j: number): boolean {
  const t = c[j];
  if (t?.low !== 'half') return false;
  const next = c[j + 1]?.low ?? '';
  const prev = c[j - 1]?.low ?? '';
  return ['the', 'of', 'our', 'my', 'their', 'its'].includes(next) || ['by', 'in'].includes(prev);
}

/** "satu-satu", "dua-dua": one by one, two by two, a manner rather than a count. */
function isReduplicated(t: Token): boolean {
  const [head, tail, ...rest] = t.low.split('-');
  return rest.length === 0 && head !== undefined && tail !== undefined && tail.startsWith(head);
}

/**
 * Pay asked or earned is the offer, not the work: a sentence naming the salary, or, when the
 * question asks about pay, a sentence with no outcome in it.
 */
function aboutPay(ctx: Ctx, s: SentenceView): boolean {
  if (s.content.some((w) => lex.salaryWords.has(w.key))) return true;
  return asksAboutPay(ctx.input.question) && !s.content.some((w) => lex.resultWords.has(w.low));
}

/** Whether a question names pay; the same few questions come back for many answers. Bounded. */
const payQuestions = new Map<string, boolean>();
function asksAboutPay(question: string): boolean {
  let asks = payQuestions.get(question);
  if (asks === undefined) {
    const asked = question.toLowerCase().split(/[^\p{L}]+/u);
    asks = asked.some((w) => lex.salaryWords.has(w));
    if (payQuestions.size >= 1_000) payQuestions.clear();
    payQuestions.set(question, asks);
  }
  return asks;
}

/** A digit first, or the pattern cannot match: most words are told by one character code. */
const startsWithDigit = (low: string): boolean => {
  const c = low.charCodeAt(0);
  return c >= 48 && c <= 57;
};

function isNumberToken(t: Token): boolean {
  return t.kind === 'num' || isNumberWord(t) || (startsWithDigit(t.low) && alnumNumber.test(t.low));
}

/** Whether a token (if any) is in a word list. */
function has(x: Token | undefined, set: ReadonlySet<string>): boolean {
  return x !== undefined && set.has(x.low);
}

function classify(
  s: SentenceView,
  first: number,
  last: number,
  unitAfter: boolean,
): NumberMention['reason'] | undefined {
  const c = s.content;
  const t = c[first];
  if (!t) return 'other';
  const prev = c[first - 1];
  const prev2 = c[first - 2];
  const next = c[last + 1];
  const next2 = c[last + 2];
  const value = t.kind === 'num' ? Number(t.low.replace(/[.,]/g, '')) : NaN;

  if (has(prev, lex.ageWords) || has(prev2, lex.ageWords)) return 'age';
  if (next && next2 && lex.yearWords.has(next.low) && next2.low === 'old') return 'age';
  if (has(prev, lex.dateWords) || has(prev, lex.months) || has(next, lex.months)) return 'date';
  if (t.kind === 'num' && /^\d{1,2}\.\d{1,2}$/.test(t.low) && !unitAfter) return 'date';
  if (has(prev, lex.timeOfDayBefore) || has(next, lex.timeOfDayAfter)) return 'time';
  if (t.kind === 'num' && /^(?:19|20)\d\d$/.test(t.low) && !unitAfter) return 'year';
  if (next && (lex.yearWords.has(next.low) || /-(?:year|tahun)s?$/.test(next.low))) return 'years';
  if (t.low.endsWith('-year') || t.low.endsWith('-years')) return 'years';
  if (has(prev, lex.schoolWords)) return 'school';
  if (has(prev, lex.identifierBefore)) return 'identifier';
  if (has(prev, lex.giveWords) && value >= 100) return 'idiom';
  if (
    prev &&
    first - 1 > 0 &&
    startsUpperCase(prev.text) &&
    !lex.currency.has(prev.low) &&
    !unitAfter &&
    t.kind === 'num'
  ) {
    return 'identifier';
  }
  return undefined;
}

/** How many people or sites an organisation has: the size of the setting, not of the work. */
const headcountNouns = new Set([
  'employees',
  'staff',
  'workers',
  'people',
  'branches',
  'outlets',
  'stores',
  'sites',
  'beds',
  'karyawan',
  'pegawai',
  'pekerja',
  'orang',
  'cabang',
  'outlet',
  'toko',
  'gerai',
  'kamar',
  'bed',
]);
const organisations = new Set([
  'company',
  'firm',
  'organisation',
  'organization',
  'factory',
  'plant',
  'hospital',
  'hotel',
  'startup',
  'chain',
  'perusahaan',
  'pabrik',
  'kantor',
  'rumah',
  'klinik',
  'pt',
]);
const ownSubjects = new Set(['i', 'we', 'saya', 'aku', 'gue', 'kami']);

/**
 * "Our company had about 200 employees", "pabriknya punya 1.800 karyawan": a headcount after
 * the number, an organisation named in the clause, and no first-person subject before it ("I
 * hired 12 staff" measures the work). A clause with an outcome in it ("grew to 40 stores") is a result.
 */
function organisationSize(s: SentenceView, first: number, last: number): boolean {
  const c = s.content;
  if (!headcountNouns.has(c[last + 1]?.low ?? '')) return false;
  const [a, b] = clauseRange(s, first);
  let organisation = false;
  for (let m = a; m < b; m++) {
    const w = c[m];
    if (!w) continue;
    if (m < first && ownSubjects.has(w.low)) return false;
    if (lex.resultWords.has(w.low) || resultish.has(w.low)) return false;
    const bare = w.key.endsWith('nya') ? w.key.slice(0, -3) : w.key;
    if (organisations.has(w.low) || organisations.has(bare)) organisation = true;
  }
  return organisation;
}

/** Someone else's numbers: a clause about "he/she/they" with no first person and no outcome verb. */
function aboutSomeoneElse(s: SentenceView, j: number): boolean {
  const [a, b] = clauseRange(s, j);
  let third = false;
  for (let m = a; m < b; m++) {
    const w = s.content[m];
    if (!w) continue;
    if (lex.firstPerson.has(w.low) || ['my', 'our', 'me', 'us'].includes(w.low)) return false;
    if (resultish.has(w.low)) return false;
    if (lex.thirdPerson.has(w.low)) third = true;
  }
  return third;
}

export function findNumbers(ctx: Ctx): NumberMention[] {
  const out: NumberMention[] = [];
  for (const s of ctx.sentences) {
    const c = s.content;
    const idiomTokens = new Set<number>();
    for (const m of findPhrases(lex.numberIdioms, c)) {
      for (let k = m.first; k < m.last; k++) idiomTokens.add(k);
    }
    for (let j = 0; j < c.length; j++) {
      const t = c[j];
      if (!t || idiomTokens.has(j) || !isNumberToken(t) || isReduplicated(t)) continue;
      let last = j;
      while (last + 1 < c.length) {
        const n = c[last + 1];
        if (
          !n ||
          !(
            isNumberToken(n) ||
            ((n.low === 'and' || n.low === 'dan') &&
              isNumberWord(c[last + 2] ?? n) &&
              isNumberWord(t))
          )
        ) {
          break;
        }
        last++;
      }
      // A bare "one"/"satu"/"half" counts only with a unit after it.
      let end = last;
      let unitAfter = false;
      while (end + 1 < c.length) {
        const n = c[end + 1];
        if (!n) break;
        if (lex.numberScale.has(n.low) || lex.percent.has(n.low)) {
          end++;
          unitAfter = true;
          continue;
        }
        if (n.low === 'kali' && c[end + 2]?.low === 'lipat') {
          end += 2;
          unitAfter = true;
        }
        break;
      }
      const doc = ctx.doc;
      const percentSign = doc.tokens.find((p) => p.start === (c[end]?.end ?? -1) && p.text === '%');
      if (percentSign) unitAfter = true;
      const unit = c[end + 1];
      const measureUnit = unit !== undefined && lex.measureUnits.has(unit.low);
      const single = j === last && (t.low === 'one' || t.low === 'satu' || t.low === 'half');
      if (single && !measureUnit && !unitAfter && !isFraction(c, j)) {
        j = end;
        continue;
      }
      const prev = c[j - 1];
      const currency = prev !== undefined && lex.currency.has(prev.low);
      const dollar = doc.tokens.find(
        (p) => p.end === t.start && lex.currency.has(p.text.toLowerCase()),
      );
      const from = currency && prev ? prev : t;
      const to = c[end] ?? t;
      let evidence = span(doc, from, percentSign ?? to);
      if (dollar)
        evidence = {
          text: doc.text.slice(dollar.start, evidence.end),
          start: dollar.start,
          end: evidence.end,
        };
      let reason = classify(s, j, end, unitAfter || currency || dollar !== undefined);
      if (!reason && organisationSize(s, j, end)) reason = 'size';
      if (!reason && aboutPay(ctx, s)) reason = 'salary';
      if (!reason && aboutSomeoneElse(s, j)) reason = 'other';
      out.push(reason ? { evidence, measure: false, reason } : { evidence, measure: true });
      j = end;
    }
  }
  return out;
}
