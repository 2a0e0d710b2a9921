import { describe, expect, test } from 'vitest';
import { analyzeAnswer } from '../../src/domain/coach/analyze-answer';
import { buildContext } from '../../src/domain/coach/context';
import { isOtherParty } from '../../src/domain/coach/features';
import { understatedCriticism } from '../../src/domain/coach/understated-criticism';

const question = 'Why are you looking for a new role?';
const input = (answer: string) => ({
  language: 'en' as const,
  stage: 'hr' as const,
  question,
  answer,
});
const found = (answer: string) =>
  understatedCriticism(buildContext(input(answer)), isOtherParty).map((e) => e.text);
// The model weighs the question too: asked why they left, a veiled jab reads as one.
const badmouths = (answer: string) =>
  analyzeAnswer({ ...input(answer), question: 'Why did you leave your last job?' }).labels
    .negativeFormer;

describe('criticism of a former employer said by understatement', () => {
  test('a virtue denied to someone at work is found, with the words that deny it', () => {
    expect(found('Planning was never really their strong suit, so I moved on.')).toContain(
      'never really their strong suit',
    );
    expect(found('My team lead was not exactly the most patient person.')).toEqual([
      'lead was not exactly the most patient',
    ]);
    expect(found("Our director wasn't a very clear communicator.")).toEqual([
      "director wasn't a very clear",
    ]);
  });

  test('a veiled frame counts only when the sentence is about someone else', () => {
    expect(found("Let's just say their idea of a plan changed daily.")).toEqual([
      "Let's just say",
      'their',
    ]);
    expect(found("Let's just say I learned a lot about spreadsheets that year.")).toEqual([]);
  });

  test('irony: a pause before a compliment, and scare quotes after their/our', () => {
    expect(found('The owner was... flexible about paying on time.')).toEqual([
      'owner was... flexible',
    ]);
    expect(found('Their "open door" policy meant the door was always shut.')).toEqual([
      'Their "open door"',
    ]);
  });

  test('a habit pinned on a boss, a colleague or the company', () => {
    expect(found('My supervisor had a habit of rewriting our reports at midnight.')).toEqual([
      'supervisor had a habit of rewriting our',
    ]);
    expect(found('The management tended to forget the promises it made.')).toEqual([
      'management tended to forget the',
    ]);
    expect(found('The company loved announcing new targets every Monday.')).toEqual([
      'company loved announcing new targets',
    ]);
  });

  test('fair accounts of a hard place and kind habits are left alone', () => {
    expect(found('My manager was demanding but fair, and I grew a lot under her.')).toEqual([]);
    expect(found('The company was restructuring, so I started looking elsewhere.')).toEqual([]);
    expect(
      found('My lead had a habit of reviewing my code with me, which helped me grow fast.'),
    ).toEqual([]);
    expect(found('My manager was not the most patient person, but she was always fair.')).toEqual(
      [],
    );
    expect(found('At my last company, releases kept slipping every sprint.')).toEqual([]);
    expect(found('Our night shift kept missing the handover, so I wrote a checklist.')).toEqual([]);
    expect(found('The clients were... creative with their change requests.')).toEqual([]);
  });

  test('the coach flags the answer as badmouthing and shows those words', () => {
    const flag = badmouths('They were... creative with deadlines, so I decided to move on.');
    expect(flag.value).toBe(true);
    expect(flag.evidence.map((e) => e.text).join(' ')).toContain('They were... creative');
    expect(
      badmouths('My manager was demanding but fair. I am leaving because we are moving to Bali.')
        .value,
    ).toBe(false);
  });
});
