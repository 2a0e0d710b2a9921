/**
 * STAR: situation, task, action, result.
 *
 * - action: the candidate as subject ("saya", "aku", "gue", "kami", "I", "we") followed by a
 *   narrated step: an English past form that is not a state ("built", not "was"), an Indonesian
 *   active verb (me-/ng-/ny- forms, -in/-kan forms, casual bare verbs). Not in a clause that is
 *   hypothetical, conditional or habitual ("saya akan membuat", "kalau ..., aku ...", "I usually").
 * - situation: a concrete moment in the candidate's past ("waktu itu", "tahun lalu", "last March",
 *   "when I was at", "during my internship"), or a place/role in it ("di kantor sebelumnya",
 *   "At a telco, ...") backed by a narrated step or a task.
 * - task: the candidate's goal, duty or problem in that context ("saya ditugaskan", "tugas aku",
 *   "my job was", "I was responsible", "I had to").
 * - result: after the first step, an outcome (markers "hasilnya", "sejak itu", "as a result";
 *   change verbs "naik", "turun", "dropped", "saved"; "jadi 52 ribu"; in English also a later
 *   clause whose subject is someone else and whose verb is past: "She took her medication").
 * Action, task and result need a situation: a list of duties with no context is not a story.
 */
import type { Evidence, LabelFinding } from './answer-analysis';
import {
  type Ctx,
  type SentenceView,
  clauseRange,
  isEnAction,
  isEnPast,
  isIdAction,
  isStrongModal,
  opensClause,
  span,
  tidy,
} from './context';
import { lex } from './lexicon';
import { findPhrases } from './phrases';
import { startsUpperCase } from './tokens';

export interface StarFindings {
  situation: LabelFinding;
  task: LabelFinding;
  /** Every statement of the candidate's goal or duty, with or without a situation around it. */
  taskCues: Evidence[];
  action: LabelFinding;
  result: LabelFinding;
}

interface ActionHit {
  sent: number;
  verb: number;
  evidence: Evidence;
}

const hypothetical = new Set([
  'akan',
  'bakal',
  'bakalan',
  'would',
  "'d",
  'will',
  'should',
  'seharusnya',
  'sebaiknya',
  'idealnya',
  'hendaknya',
  'semestinya',
  'mestinya',
  'harusnya',
  'biasanya',
  'usually',
  'typically',
  'generally',
  'normally',
]);
const enPronouns = new Set(['i', 'we']);
const leadingConnectives = new Set(['and', 'but', 'so', 'then', 'dan', 'lalu', 'terus', 'tapi']);
const determiners = new Set([
  'the',
  'a',
  'an',
  'every',
  'all',
  'each',
  'most',
  'many',
  'our',
  'his',
  'her',
  'their',
  'this',
  'that',
  'these',
  'those',
  'both',
  'no',
  'nobody',
  'everyone',
  'everything',
  'she',
  'he',
  'they',
  'it',
]);
const states = new Set(['was', 'were', 'had', 'is', 'are', 'been']);

function isHabitualAt(s: SentenceView, j: number): boolean {
  const t = s.content[j];
  if (!t) return false;
  if (lex.habitual.has(t.low) || lex.conditional.has(t.low)) return true;
  const next = s.content[j + 1];
  return lex.everyWords.has(t.low) && next !== undefined && lex.habitualUnits.has(next.low);
}

/** First-person subject + narrated step, in a clause that is not hypothetical or habitual. */
function findActions(ctx: Ctx): ActionHit[] {
  const hits: ActionHit[] = [];
  for (const s of ctx.sentences) {
    if (s.question) continue;
    const first = s.content[0];
    if (first && lex.conditional.has(first.low)) continue;
    for (let j = 0; j < s.content.length; j++) {
      const subject = s.content[j];
      if (!subject || !lex.firstPerson.has(subject.low)) continue;
      const english = enPronouns.has(subject.low);
      if (!english && !opensClause(s, j)) {
        const prev = s.content[j - 1];
        const capitalised = prev && j - 1 > 0 && startsUpperCase(prev.text);
        if (prev && !lex.idSubjectAfter.has(prev.low) && !capitalised) continue; // "klien aku"
      }
      let k = j + 1;
      let skipped = 0;
      while (k < s.content.length && skipped < 3) {
        const w = s.content[k];
        if (!w || !lex.preVerb.has(w.low)) break;
        k++;
        skipped++;
      }
      const verb = s.content[k];
      if (!verb || !(english ? isEnAction(verb) : isIdAction(verb))) continue;
      const [a, b] = clauseRange(s, j);
      let blocked = false;
      for (let m = a; m < Math.max(k, clauseRange(s, k)[1]) && !blocked; m++) {
        const w = s.content[m];
        if (!w) continue;
        if (m > k && lex.relative.has(w.low)) break;
        if (m >= b && s.clause[m] !== s.clause[k]) break;
        if (isStrongModal(s, m) || isHabitualAt(s, m)) blocked = true;
      }
      if (blocked) continue;
      hits.push({ sent: s.index, verb: k, evidence: span(ctx.doc, subject, verb) });
    }
  }
  return hits;
}

function hasHypothetical(s: SentenceView): boolean {
  for (let j = 0; j < s.content.length; j++) {
    const t = s.content[j];
    if (t && hypothetical.has(t.low) && (t.low !== "'d" || isStrongModal(s, j))) return true;
  }
  const first = s.content[0];
  return first !== undefined && lex.conditional.has(first.low);
}

function hasFirstPerson(s: SentenceView): boolean {
  return s.content.some(
    (t) =>
      lex.firstPerson.has(t.low) ||
      ['my', 'our', 'me', 'us'].includes(t.low) ||
      (t.key.length > 4 && t.key.endsWith('ku')),
  );
}

/** "when I was", "while we migrated", "when the release slipped". */
function whenClauses(ctx: Ctx, s: SentenceView): Evidence[] {
  const out: Evidence[] = [];
  for (let j = 0; j < s.content.length - 1; j++) {
    const t = s.content[j];
    if (!t || !lex.anchorWhen.has(t.low)) continue;
    const before = s.content[j - 1]?.low;
    if (before === 'a' || before === 'the') continue; // "for a while"
    const next = s.content[j + 1];
    if (
      !next ||
      !(lex.firstPerson.has(next.low) || determiners.has(next.low) || next.low === 'my')
    ) {
      continue;
    }
    for (let k = j + 2; k < Math.min(j + 6, s.content.length); k++) {
      const v = s.content[k];
      if (v && isEnPast(v)) {
        out.push(span(ctx.doc, t, v));
        break;
      }
    }
  }
  return out;
}

function findAnchors(ctx: Ctx, skip: ReadonlySet<number>) {
  const strong: Evidence[] = [];
  const weak: Evidence[] = [];
  for (const s of ctx.sentences) {
    if (s.question || skip.has(s.index) || hasHypothetical(s)) continue;
    for (const m of findPhrases(lex.anchorStrong, s.content)) {
      const a = s.content[m.first];
      const b = s.content[m.last - 1];
      if (a && b) strong.push(span(ctx.doc, a, b));
    }
    strong.push(...whenClauses(ctx, s));
    for (const m of findPhrases(lex.anchorWeak, s.content)) {
      const a = s.content[m.first];
      const b = s.content[m.last - 1];
      if (a && b) weak.push(span(ctx.doc, a, b));
    }
    const opener = s.content[0];
    if (opener && lex.settingOpeners.has(opener.low) && hasFirstPerson(s)) {
      const english = ['at', 'in', 'during', 'for', 'on', 'while'].includes(opener.low);
      if (!english || s.content.some(isEnPast)) {
        const [, end] = clauseRange(s, 0);
        const last = s.content[Math.max(0, end - 1)];
        weak.push(span(ctx.doc, opener, last ?? opener));
      }
    }
  }
  return { strong, weak };
}

function findTasks(ctx: Ctx): Evidence[] {
  const out: Evidence[] = [];
  for (const s of ctx.sentences) {
    if (s.question) continue;
    for (const m of findPhrases(lex.task, s.content)) {
      const a = s.content[m.first];
      const b = s.content[m.last - 1];
      // "bukan tanggung jawab saya", "sering disuruh lembur": denied or routine, not a task.
      const before = s.content[m.first - 1]?.low ?? '';
      if (lex.negation.has(before) || lex.habitual.has(before)) continue;
      if (a && b) out.push(span(ctx.doc, a, b));
    }
  }
  return out;
}

const isNumber = (t: { kind: string; low: string } | undefined) =>
  t !== undefined && (t.kind === 'num' || lex.numberUnits.has(t.low) || lex.numberWords.has(t.low));

/** Outcomes after the first narrated step. */
function findResults(ctx: Ctx, firstAction: ActionHit): Evidence[] {
  const out: Evidence[] = [];
  const english = ctx.input.language === 'en';
  for (const s of ctx.sentences) {
    if (s.index < firstAction.sent || s.question) continue;
    const from = s.index === firstAction.sent ? firstAction.verb + 1 : 0;
    const actionClause = s.index === firstAction.sent ? s.clause[firstAction.verb] : -1;
    for (const m of findPhrases(lex.resultMarkers, s.content)) {
      const a = s.content[m.first];
      const b = s.content[m.last - 1];
      if (a && b && m.first >= from) out.push(span(ctx.doc, a, b));
    }
    for (let j = from; j < s.content.length; j++) {
      const t = s.content[j];
      if (!t) continue;
      const key = t.key.endsWith('nya') ? t.key.slice(0, -3) : t.key;
      const changeTo =
        (t.low === 'jadi' || t.low === 'menjadi') && s.content.slice(j + 1, j + 4).some(isNumber);
      if (!lex.resultWords.has(key) && !changeTo) continue;
      const [a] = clauseRange(s, j);
      let subordinate = false;
      for (let m = Math.max(a, from); m < j; m++) {
        const w = s.content[m];
        if (w && (lex.subordinators.has(w.low) || lex.purpose.has(w.low))) subordinate = true;
      }
      if (!subordinate) out.push(span(ctx.doc, t));
    }
    if (!english) continue;
    // A later clause with someone else as subject and a past verb: "She took her medication".
    let j = from;
    while (j < s.content.length) {
      const [a, b] = clauseRange(s, j);
      j = b;
      if (s.clause[a] === actionClause) continue;
      let h = a;
      while (h < b && leadingConnectives.has(s.content[h]?.low ?? '')) h++;
      const head = s.content[h];
      if (!head || lex.subordinators.has(head.low) || lex.firstPerson.has(head.low)) continue;
      const nounStart = determiners.has(head.low) || (h > 0 && startsUpperCase(head.text));
      if (!nounStart) continue;
      for (let m = h + 1; m < b; m++) {
        const v = s.content[m];
        if (v && isEnPast(v) && !states.has(v.low)) {
          out.push(span(ctx.doc, head, v));
          break;
        }
      }
    }
  }
  return out;
}

/**
 * A duty stated and then acted on ("I was on call. I checked the logs and rolled it back"): a
 * task even where no time or place anchors the story. A duty with no step after it is a job
 * description ("I was responsible for opening the store and the cash").
 */
function dutyThenSteps(tasks: readonly Evidence[], actions: readonly ActionHit[]): boolean {
  const first = tasks[0];
  return first !== undefined && actions.some((a) => a.evidence.start >= first.end);
}

const finding = (value: boolean, evidence: Evidence[]): LabelFinding => ({
  value,
  evidence: value ? tidy(evidence) : [],
});

export function detectStar(ctx: Ctx, defensiveSentences: ReadonlySet<number>): StarFindings {
  const actions = findActions(ctx);
  const tasks = findTasks(ctx);
  const anchors = findAnchors(ctx, defensiveSentences);
  const situation =
    anchors.strong.length > 0 ||
    (anchors.weak.length > 0 && (actions.length > 0 || tasks.length > 0));
  const action = situation && actions.length > 0;
  const firstAction = actions[0];
  const results = action && firstAction ? findResults(ctx, firstAction) : [];
  return {
    situation: finding(situation, [...anchors.strong, ...anchors.weak]),
    task: finding(situation ? tasks.length > 0 : dutyThenSteps(tasks, actions), tasks),
    taskCues: tasks,
    action: finding(
      action,
      actions.map((a) => a.evidence),
    ),
    result: finding(results.length > 0, results),
  };
}
