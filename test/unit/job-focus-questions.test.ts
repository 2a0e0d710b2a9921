import { describe, expect, test } from 'vitest';
import { builtInQuestions } from '../../src/domain/question-bank/built-in-questions';
import { jobFocusQuestions } from '../../src/domain/question-bank/job-focus-questions';

describe('practice questions written from a job’s key terms', () => {
  const questions = jobFocusQuestions({
    title: 'Staf Akuntansi',
    terms: ['Pembukuan', 'Excel', 'Accurate', 'Pajak PPh 21'],
  });

  test('asks about a real time with each of the first three terms, then a short case in the job’s area', () => {
    expect(questions.map((q) => q.jobTerms)).toEqual([
      ['Pembukuan'],
      ['Excel'],
      ['Accurate'],
      ['Pembukuan', 'Excel'],
    ]);
    expect(questions[0]!.text.id).toContain('pengalaman nyata yang berkaitan dengan “Pembukuan”');
    expect(questions[1]!.text.en).toContain('Tell us about a real time your work involved “Excel”');
    expect(questions[3]!.type).toBe('case_study');
    expect(questions[3]!.text.id).toContain('sebagai Staf Akuntansi');
    expect(questions[3]!.text.id).toContain('“Pembukuan” dan “Excel”');
    expect(questions[3]!.text.en).toContain('“Pembukuan” and “Excel”');
  });

  test('frames a term as something the work involved, not as a tool one "used" (retrial24)', () => {
    // "penjadwalan armada" is a task: "saat Anda menggunakan “penjadwalan armada”" reads oddly.
    const [task] = jobFocusQuestions({
      title: 'Koordinator Armada',
      terms: ['penjadwalan armada'],
    });
    expect(task!.text.id).not.toMatch(/menggunakan|memakai/);
    expect(task!.text.en).not.toMatch(/\bused?\b/);
    expect(task!.text.id).toContain('yang berkaitan dengan “penjadwalan armada”');
    expect(task!.text.en).toContain('your work involved “penjadwalan armada”');
  });

  test('keeps a term in the words the job wrote it in, in the English question too', () => {
    // An Indonesian-only job term is quoted as written, not given a guessed translation.
    expect(questions[0]!.text.en).toContain('“Pembukuan”');
    for (const q of questions) expect(q.text.id).not.toBe(q.text.en);
  });

  test('writes nothing for a job without terms, and a case without a title when there is none', () => {
    expect(jobFocusQuestions({ title: 'Admin', terms: ['  '] })).toEqual([]);
    const untitled = jobFocusQuestions({ title: ' ', terms: ['SQL'] });
    expect(untitled.map((q) => q.jobTerms)).toEqual([['SQL'], ['SQL']]);
    expect(untitled[1]!.text.en).toMatch(/^A short case: in your first month, your manager/);
  });
});

describe('the HR practice questions a candidate in Indonesia expects', () => {
  test.each([
    ['tell me about yourself', 'hr-tell-me-about-yourself'],
    ['strengths', 'hr-main-strengths'],
    ['weaknesses', 'hr-weaknesses'],
    ['a mistake you made', 'hr-mistake-you-made'],
    ['a failure', 'hr-failure-lesson'],
    ['why this company', 'hr-why-this-company'],
    ['what you know about us', 'hr-what-you-know-about-us'],
    ['why we should choose you', 'hr-why-choose-you'],
    ['why you left', 'hr-reason-for-leaving'],
    ['salary expectation', 'hr-salary-expectation'],
    ['placement in another city, shifts, overtime', 'hr-placement-and-overtime'],
    ['when you can start', 'hr-start-date-notice'],
  ])('%s is in the bank, general and in both languages', (_, key) => {
    const question = builtInQuestions.find((q) => q.key === key);
    expect(question?.stage).toBe('hr');
    expect(question?.roles).toEqual([]);
    expect(question?.text.id).not.toBe(question?.text.en);
  });
});
