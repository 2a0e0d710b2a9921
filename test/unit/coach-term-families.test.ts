import { describe, expect, test } from 'vitest';
import { analyzeAnswer } from '../../src/domain/coach/analyze-answer';
import type { AnswerInput } from '../../src/domain/coach/answer-analysis';
import { buildFeedback } from '../../src/domain/coach/feedback';
import { termCoverage } from '../../src/domain/coach/term-coverage';
import { familyOf } from '../../src/domain/coach/term-families';
import { tokenize } from '../../src/domain/coach/tokens';

// Sentences written for these tests, not taken from any labelled answer.
const cover = (answer: string, terms: string[], language: 'id' | 'en' = 'en') =>
  termCoverage(tokenize(answer), terms, language);

describe('a member of a term family counts as the term', () => {
  test('BigQuery, PostgreSQL and MySQL count as SQL, with the member as evidence', () => {
    for (const [answer, member] of [
      ['I wrote the churn query in BigQuery and scheduled it daily.', 'BigQuery'],
      ['Kami pindahkan data pelanggan ke PostgreSQL dalam dua minggu.', 'PostgreSQL'],
      ['The shop ran on MySQL, so I added an index to the orders table.', 'MySQL'],
    ] as const) {
      const { used, missed } = cover(answer, ['SQL']);
      expect(missed, answer).toEqual([]);
      expect(used[0]?.evidence.map((e) => e.text)).toEqual([member]);
      const e = used[0]?.evidence[0];
      expect(answer.slice(e?.start, e?.end)).toBe(member);
    }
  });

  test('an Excel pivot counts as spreadsheet, and a pivot table as Excel', () => {
    expect(
      cover('I built the stock list in Excel with a pivot table.', ['spreadsheet']).missed,
    ).toEqual([]);
    expect(cover('Saya rekap penjualan pakai tabel pivot.', ['Excel'], 'id').missed).toEqual([]);
    expect(
      cover('Sales were summed with a pivot table every Friday.', ['spreadsheets']).missed,
    ).toEqual([]);
  });

  test('not the other way round, and not across families', () => {
    expect(cover('I know SQL well.', ['BigQuery']).missed).toEqual(['BigQuery']);
    expect(cover('Our reports ran on MySQL.', ['Excel']).missed).toEqual(['Excel']);
    expect(cover('We had to pivot the plan after the audit.', ['spreadsheet']).missed).toEqual([
      'spreadsheet',
    ]);
    // "accurate" is an English word, not the Indonesian accounting product
    expect(cover('My figures were accurate to the cent.', ['accounting software']).missed).toEqual([
      'accounting software',
    ]);
    expect(familyOf('Figma')).toEqual([]);
  });

  test('a BigQuery story to a question about “SQL” is not told it leaves SQL out', () => {
    const input: AnswerInput = {
      language: 'en',
      stage: 'user',
      question:
        'Tell us about a real time you used “SQL”: what was the problem, what did you do, and what was the result?',
      jobTerms: ['SQL'],
      answer:
        'Last year at an online grocer our weekly churn figure took two days to compile by hand. I was asked to automate it. I wrote the query in BigQuery, checked it against last month’s manual figure and scheduled it every Monday. The report now arrives by 8 am and saves the team about 12 hours a week.',
    };
    const analysis = analyzeAnswer(input);
    expect(analysis.metrics.jobTerms.missed).toEqual([]);
    const codes = buildFeedback(analysis, input).improvements.map((p) => p.code);
    expect(codes).not.toContain('name_the_asked_terms');
    expect(codes).not.toContain('use_job_terms');
    expect(codes).not.toContain('answer_the_question');
  });
});
