import { describe, expect, test } from 'vitest';
import type { AnswerInput } from '../../src/domain/coach/answer-analysis';
import { buildContext } from '../../src/domain/coach/context';
import { asksInterviewerBack, deniesOwnPart } from '../../src/domain/coach/deflection';
import { ruleLabels } from '../../src/domain/coach/rule-labels';

const input = (answer: string, language: 'id' | 'en', question?: string): AnswerInput => ({
  language,
  stage: 'hr',
  question: question ?? (language === 'id' ? 'Apa kelemahan Anda?' : "What's your weakness?"),
  answer,
});
const rules = (answer: string, language: 'id' | 'en', question?: string) =>
  ruleLabels(buildContext(input(answer, language, question))).labels;
const spans = (find: typeof deniesOwnPart, answer: string, language: 'id' | 'en'): string[] => {
  const ctx = buildContext(input(answer, language));
  return ctx.sentences.flatMap((s) => find(ctx, s)).map((e) => e.text);
};

describe("one's own part denied", () => {
  test('a negation before "my …" or before a word of fault and the candidate', () => {
    expect(spans(deniesOwnPart, 'The delay was never my call.', 'en')).toEqual(['never my call']);
    expect(spans(deniesOwnPart, "Honestly that one's not really on me.", 'en')).toEqual([
      'not really on me',
    ]);
    expect(spans(deniesOwnPart, 'Telatnya itu bukan di aku, Kak.', 'id')).toEqual(['bukan di aku']);
    expect(spans(deniesOwnPart, 'Itu bukan urusan saya sebenarnya.', 'id')).toHaveLength(1);
    expect(spans(deniesOwnPart, "The outage wasn't my code.", 'en')).toEqual(["wasn't my code"]);
  });

  test('near misses: modesty, admissions and firsts are not denials', () => {
    expect(
      spans(deniesOwnPart, 'The launch was not just me, the whole crew did it.', 'en'),
    ).toEqual([]);
    expect(spans(deniesOwnPart, 'Writing was not my strongest area back then.', 'en')).toEqual([]);
    expect(spans(deniesOwnPart, 'It was not my first warehouse job.', 'en')).toEqual([]);
    expect(spans(deniesOwnPart, 'It was never about me winning.', 'en')).toEqual([]);
    expect(spans(deniesOwnPart, 'Keberhasilan itu bukan saya saja, tapi tim.', 'id')).toEqual([]);
    expect(spans(deniesOwnPart, 'Itu bukan masalah buat saya.', 'id')).toEqual([]);
  });

  test('makes the answer defensive, with the denial as evidence', () => {
    const found = rules('We lost the tender, but that was never my call.', 'en').defensive;
    expect(found.value).toBe(true);
    expect(found.evidence.map((e) => e.text)).toContain('never my call');
  });
});

describe('a question thrown back at the interviewer', () => {
  test('a short question that addresses the interviewer', () => {
    expect(spans(asksInterviewerBack, 'Good one. And what would yours be?', 'en')).toHaveLength(1);
    expect(spans(asksInterviewerBack, 'Hmm, kalau Bapak sendiri gimana?', 'id')).toHaveLength(1);
    expect(rules('And what would yours be? Mine is fine.', 'en').defensive.value).toBe(true);
  });

  test('near misses: a polite request, a quoted question, an honorific, a long story', () => {
    expect(spans(asksInterviewerBack, 'Can I ask you about the team later?', 'en')).toEqual([]);
    expect(
      spans(asksInterviewerBack, "I asked the driver, 'can you wait five minutes?'", 'en'),
    ).toEqual([]);
    expect(spans(asksInterviewerBack, 'Maksudnya yang di gudang, Pak?', 'id')).toEqual([]);
    const long =
      'I enjoyed the shop, but I saw your opening for a planner and thought it fits what I have been doing for years, so why not?';
    expect(spans(asksInterviewerBack, long, 'en')).toEqual([]);
  });
});

describe('helplessness and pushback on the question', () => {
  test('caught in both languages', () => {
    expect(
      rules('The supplier was late again. Nothing I could have done.', 'en').defensive.value,
    ).toBe(true);
    expect(rules('Stoknya habis terus, ya mau gimana lagi.', 'id').defensive.value).toBe(true);
    expect(rules("Frankly I don't see why you are asking me this.", 'en').defensive.value).toBe(
      true,
    );
    expect(
      rules('Kenapa hal pribadi begini ditanyakan, Bu?', 'id', 'Kenapa ada jeda di CV?').defensive
        .value,
    ).toBe(true);
  });

  test('near misses: owning a limit, or asking a fair question back', () => {
    const owned =
      'I miss details when I rush, so last quarter I started a checklist and my error count went down.';
    expect(rules(owned, 'en').defensive.value).toBe(false);
    const owns =
      'Kelemahan saya kurang sabar kalau rapat molor. Sekarang saya bikin agenda tertulis sebelum rapat.';
    expect(rules(owns, 'id').defensive.value).toBe(false);
  });
});

describe('complaints about a third party', () => {
  test('a role named and a sneer about it', () => {
    expect(
      rules('Our contractor was a joke, every rig broke down.', 'en', 'Why the delay?')
        .negativeFormer.value,
    ).toBe(true);
    expect(
      rules('Kepala gudangnya suka lempar tanggung jawab ke anak buah.', 'id', 'Kenapa resign?')
        .negativeFormer.value,
    ).toBe(true);
  });

  test('near misses: the same roles spoken of neutrally or kindly', () => {
    expect(
      rules('Our contractor delivered the rigs a week early, which helped a lot.', 'en', 'Why?')
        .negativeFormer.value,
    ).toBe(false);
    expect(
      rules('Kepala gudang saya banyak membantu waktu saya baru masuk.', 'id', 'Kenapa resign?')
        .negativeFormer.value,
    ).toBe(false);
  });
});

describe('a trait claim the story does not show', () => {
  const story =
    'Last spring our invoices kept bouncing, and I was asked to fix it. I rebuilt the template and checked every field, and rejections stopped within a month.';
  test('counts as unbacked, with the claim as evidence', () => {
    const found = rules(
      `${story} Beyond that, I'm also a natural leader.`,
      'en',
      'Tell me about a project.',
    ).genericClaim;
    expect(found.value).toBe(true);
    expect(found.evidence.map((e) => e.text)).toEqual(['natural leader']);
  });
  test('near miss: a claim the story shows by its content, before or after it', () => {
    expect(
      rules(`I'm a careful person. ${story}`, 'en', 'Tell me about a project.').genericClaim.value,
    ).toBe(false);
    expect(
      rules(`${story} I'm thorough like that.`, 'en', 'Tell me about a project.').genericClaim
        .value,
    ).toBe(false);
  });
  test('a claim followed by a concrete episode of ones own is shown by an example (coach22)', () => {
    // Issue 16 on new writers: a trait followed by a story told as an example is not a bare
    // claim, whatever the story shows; a claim after the story still is (the test above).
    expect(
      rules(`I'm a patient person. ${story}`, 'en', 'Tell me about a project.').genericClaim.value,
    ).toBe(false);
  });
});
