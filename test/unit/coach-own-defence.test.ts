import { describe, expect, test } from 'vitest';
import type { Evidence } from '../../src/domain/coach/answer-analysis';
import { buildContext } from '../../src/domain/coach/context';
import { ownDefenceCues } from '../../src/domain/coach/own-defence';

// Sentences written for these tests, not taken from any labelled answer.
const cues = (language: 'id' | 'en', question: string, answer: string) => {
  const hits = new Map<string, Evidence[]>();
  ownDefenceCues(buildContext({ language, stage: 'hr', question, answer }), hits);
  return Object.fromEntries([...hits].map(([name, e]) => [name, e.map((x) => x.text)]));
};

describe('a defensive answer by its shape', () => {
  test('the premise of a question about a fault denied', () => {
    expect(
      cues('en', 'How do you cope with stress?', 'I never really get stressed at work.'),
    ).toEqual({
      premiseDenied: ['I never really get'],
    });
    expect(
      cues('id', 'Apa kelemahan Anda?', 'Saya jarang punya kelemahan yang mengganggu pekerjaan.'),
    ).toEqual({ premiseDenied: ['Saya jarang punya'] });
    expect(
      cues('en', 'Tell me about a time you lost your temper.', 'That has never happened to me.'),
    ).toEqual({ premiseDenied: ['never happened'] });
  });

  test('near misses: a weakness owned after the denial, or a question about no fault', () => {
    expect(
      cues(
        'en',
        'What is your weakness?',
        'I rarely miss deadlines, but I do rush my code reviews.',
      ),
    ).toEqual({});
    expect(cues('en', 'What do you enjoy about data?', 'I never get bored of clean data.')).toEqual(
      {},
    );
  });

  test('the point of the question challenged, not a question asked for facts', () => {
    expect(
      cues('en', 'Why did the launch slip?', "I don't see why that is my problem to explain."),
    ).toEqual({ pointChallenged: ["don't see why"] });
    expect(
      cues('en', 'What motivates you?', 'Does it matter? I work hard like anyone else.'),
    ).toEqual({ pointChallenged: ['Does it matter'] });
    expect(
      cues('en', 'Any questions?', 'Could you tell me the team size? I would like to plan.'),
    ).toEqual({});
    expect(cues('en', 'What motivates you?', 'What motivates me? Seeing a fix go live.')).toEqual(
      {},
    );
  });
});
