import type { Bilingual, FocusAttribute, QuestionType } from '../interview';

/**
 * A practice question written from a job's key terms (its required skills and tools), so a
 * candidate rehearses the job's own area without seeing the interviewers' question kits.
 */
export interface JobFocusQuestion {
  attribute: FocusAttribute;
  type: QuestionType;
  text: Bilingual;
  /** The job's terms the question was built from, as the job writes them: the explanation. */
  jobTerms: string[];
}

/** One "tell us about a time" question per term, for the first few terms. */
const termQuestionsAtMost = 3;

/**
 * The terms are quoted as the job writes them in both languages: a job that says "Pembukuan"
 * gets “Pembukuan” in the English question too, rather than a guessed translation.
 */
const quoted = (term: string) => `“${term}”`;

function usedTermQuestion(term: string): JobFocusQuestion {
  return {
    attribute: 'relevant_experience',
    type: 'behavioural',
    jobTerms: [term],
    text: {
      // A neutral frame: a term may be a tool ("Excel"), a task ("penjadwalan armada") or a field,
      // and "menggunakan"/"used" fits only the first.
      id: `Ceritakan satu pengalaman nyata yang berkaitan dengan ${quoted(term)}: apa masalahnya, apa yang Anda kerjakan, dan apa hasilnya?`,
      en: `Tell us about a real time your work involved ${quoted(term)}: what was the problem, what did you do, and what was the result?`,
    },
  };
}

function caseQuestion(title: string, terms: string[]): JobFocusQuestion {
  const id = terms.map(quoted).join(' dan ');
  const en = terms.map(quoted).join(' and ');
  const role = title.trim();
  return {
    attribute: 'problem_analysis',
    type: 'case_study',
    jobTerms: terms,
    text: role
      ? {
          id: `Kasus singkat: di bulan pertama Anda sebagai ${role}, atasan meminta satu hasil kerja yang memakai ${id}, selesai dalam seminggu. Bagaimana Anda memulai, apa yang Anda tanyakan dulu, dan bagaimana Anda memeriksa hasilnya sebelum diserahkan?`,
          en: `A short case: in your first month as ${role}, your manager asks for a piece of work that uses ${en}, due in a week. How do you start, what do you ask first, and how do you check the result before handing it in?`,
        }
      : {
          id: `Kasus singkat: di bulan pertama Anda, atasan meminta satu hasil kerja yang memakai ${id}, selesai dalam seminggu. Bagaimana Anda memulai, apa yang Anda tanyakan dulu, dan bagaimana Anda memeriksa hasilnya sebelum diserahkan?`,
          en: `A short case: in your first month, your manager asks for a piece of work that uses ${en}, due in a week. How do you start, what do you ask first, and how do you check the result before handing it in?`,
        },
  };
}

/**
 * User-interview practice questions from a job's focus: "tell us about a time you used X" for
 * its first terms, then a short case in the job's area using its first two terms. None without
 * terms: a question about nothing in particular is what the general bank already offers.
 */
export function jobFocusQuestions(job: {
  title: string;
  terms: readonly string[];
}): JobFocusQuestion[] {
  const terms = job.terms.map((term) => term.trim()).filter(Boolean);
  if (terms.length === 0) return [];
  return [
    ...terms.slice(0, termQuestionsAtMost).map(usedTermQuestion),
    caseQuestion(job.title, terms.slice(0, 2)),
  ];
}
