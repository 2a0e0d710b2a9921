/**
 * Whether an answer speaks to the question asked. Two signs that it does not: it deflects
 * (defensive) and uses none of the question's topic words ("gaji", "weakness", by stem); or the
 * question asks for a moment from the candidate's past ("Ceritakan saat…", "Tell me about a
 * time…") and the answer gives neither a situation nor a step of their own (the theoretical
 * case has its own advice).
 */
import type { AnswerAnalysis, AnswerInput, Evidence } from './answer-analysis';
import { declinesPlainly } from './declines';
import { lex } from './lexicon';
import { sameStem } from './morphology';
import { termCoverage } from './term-coverage';
import { type Doc, tokenize } from './tokens';
import { asksAtWork, explainsOtherExample, setAtWork } from './work-context';

const questionWords = new Set(
  (
    'ceritakan cerita ceritain jelaskan bagaimana gimana apa apakah yang kenapa mengapa kapan ' +
    'siapa dimana mana berapa pernah anda kamu bapak ibu diri sendiri dengan dalam untuk dari ' +
    'pada saat waktu ketika tentang soal sebuah suatu satu ini itu akan bisa boleh mau ingin ' +
    'punya ada adalah menurut paling tolong contoh pengalaman kalau jika seandainya tell ' +
    'describe explain give walk through about what when where which who why how did does have ' +
    'has had would could should will can you your yourself time times example experience ' +
    'situation the and for with that this from into were was are is been being some any ever ' +
    'most one thing things something kind me us our more than over like sama atau nya kasih'
  ).split(' '),
);

/** Questions that ask for a moment from the candidate's own past. */
const asksForStory =
  /\b(ceritakan ((satu|sebuah|suatu) )?(saat|pengalaman|ketika|waktu|kasus|project|proyek|program)|ceritain|pernah|tell (me|us) about (a|an|the) |describe a time|give (me )?an example|walk me through (a|an|the) )/i;
/**
 * "Tell me about yourself": a short introduction, not a story. "Diri" alone is not enough: "menyesuaikan
 * diri", "menjaga diri" ask how one adapted or kept calm, which wants a moment from the past.
 */
const aboutOneself =
  /\b(tentang diri|perkenalkan diri|kenalkan diri|gambarkan diri|dirimu|yourself|background|latar belakang)\b/i;

/**
 * Questions that ask for an example (behavioural or case): a moment from the past, a way of
 * working, what one would do. Others ("why are you leaving", "what salary", "what motivates
 * you") want a short honest answer; a story, its steps and numbers are not the point there.
 */
const asksForExampleText =
  /\b(contoh|ceritakan|ceritain|pernah|saat|ketika|pengalaman|bagaimana (sikap )?anda (?!melihat)|gimana kamu|apa yang (akan )?anda lakukan|langkah|example|instance|tell (me|us) about (a|an|the|how) |describe a time|a time|have you ever|walk (me|us) through|how do(es)? you|how did you|how would you|what (do|would) you do|step by step|experience)/i;
export function asksForExample(question: string): boolean {
  return asksForExampleText.test(question) && !aboutOneself.test(question);
}

function topicsOf(question: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(question).tokens) {
    if (t.kind !== 'word' || t.key.length < 4 || questionWords.has(t.key)) continue;
    if (!out.includes(t.key)) out.push(t.key);
  }
  return out;
}

/** Whether the answer uses any topic word of the question (true when the question has none). */
export function mentionsTopic(question: string, answer: Doc): boolean {
  const topics = topicsOf(question);
  if (topics.length === 0) return true;
  return answer.tokens.some(
    (t) => t.kind === 'word' && topics.some((topic) => sameStem(t.key, topic)),
  );
}

/**
 * An answer with no word of working life (lexicon workWords) is not about work ("futsal",
 * "kampus"). Pay counts: "money, mostly" is a blunt but real answer to what motivates one at work.
 */
const speaksOfWork = (answer: Doc) =>
  answer.tokens.some(
    (t) => t.kind === 'word' && (lex.workWords.has(t.key) || lex.employer.has(t.key)),
  );

/** The things a question names in quotes (the question bank quotes a job's terms: “Excel”). */
export function quotedInQuestion(question: string): string[] {
  return [...question.matchAll(/[“"]([^”"]{1,60})[”"]/g)].map((m) => (m[1] ?? '').trim());
}

/**
 * A story of the candidate's own past that names none of what the question names in quotes
 * ("a piece of work that uses “SQL”", "a time you used “Excel”") is another story, however well
 * told: the terms it leaves out, or none. Terms an English answer would say in English
 * ("“Pembukuan”") are not required.
 */
export function namedTermsLeftOut(analysis: AnswerAnalysis, input: AnswerInput): string[] {
  const named = quotedInQuestion(input.question);
  const { situation, theoretical } = analysis.labels;
  if (named.length === 0 || !situation.value || theoretical.value) return [];
  const coverage = termCoverage(tokenize(input.answer), named, input.language);
  return coverage.used.length === 0 ? coverage.missed : [];
}

/**
 * A whole story of the candidate's own (a situation, their steps, an outcome) told to a question
 * that asks for one ("Ceritakan satu proyek…", "Tell us about a time…"): the kind of answer
 * asked, whether or not it repeats the question's words or its quoted term (retrial24: a
 * measured story about routing 25 trucks, to a question about “penjadwalan armada”).
 */
export function tellsAskedStory(analysis: AnswerAnalysis, question: string): boolean {
  const { situation, action, result, theoretical } = analysis.labels;
  const story = asksForStory.test(question) && !aboutOneself.test(question);
  return story && situation.value && action.value && result.value && !theoretical.value;
}

/**
 * A story (a situation or the candidate's steps) set nowhere at work (work-context.ts: no
 * workplace, employer, colleague, customer, shift, job or occupation), told to a question about
 * work ("a problem you solved at work"), without saying why this example (not worked yet): a
 * weekend club or a campus event is another example, however complete. Checked before the
 * question's words: a football story shares "problem" or "solved" with the question.
 */
export function storyFromElsewhere(analysis: AnswerAnalysis, input: AnswerInput): boolean {
  const { situation, action, theoretical } = analysis.labels;
  if (!(situation.value || action.value) || theoretical.value) return false;
  if (!asksForExample(input.question) || !asksAtWork(tokenize(input.question))) return false;
  const answer = tokenize(input.answer);
  return !setAtWork(answer) && !explainsOtherExample(answer);
}

/** The evidence that the answer misses the question, or null when it addresses it. */
export function missesQuestion(analysis: AnswerAnalysis, input: AnswerInput): Evidence[] | null {
  const { labels } = analysis;
  if (storyFromElsewhere(analysis, input)) return [];
  const answer = tokenize(input.answer);
  // A refusal ("I'd rather not say", "itu rahasia perusahaan") heard the question and declined
  // it: an answer, whatever else is said about it. One that turns to another topic ("let's talk
  // about ... instead") is a deflection, told to answer.
  if (declinesPlainly(answer).length > 0) return null;
  const askedStory = tellsAskedStory(analysis, input.question);
  // Checked before the topic words: a long case question shares "manager", "week" or "result"
  // with almost any story. A story asked for that leaves the term out is told to name it
  // (feedback.ts), not that it misses the question.
  if (namedTermsLeftOut(analysis, input).length > 0) return askedStory ? null : [];
  // An answer that names what the question is about responds to it, however badly (a
  // sarcastic answer about the boss to a question about the boss): its other flaws say so.
  if (mentionsTopic(input.question, answer)) return null;
  if (labels.defensive.value) return labels.defensive.evidence;
  if (askedStory) return null;
  // A question about work answered with neither its topic nor any word of work (a hobby,
  // student life) is off the point, story or not.
  if (asksAboutWork(input.question) && !speaksOfWork(answer) && !setAtWork(answer)) return [];
  const story = asksForStory.test(input.question) && !aboutOneself.test(input.question);
  if (story && !labels.situation.value && !labels.action.value && !labels.theoretical.value) {
    return [];
  }
  return null;
}

const asksAboutWork = (question: string) => speaksOfWork(tokenize(question));
