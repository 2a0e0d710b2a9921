import { describe, expect, test } from 'vitest';
import type { Evidence } from '../../src/domain/coach/answer-analysis';
import { blameCues } from '../../src/domain/coach/blame-shapes';
import { buildContext } from '../../src/domain/coach/context';
import { isOtherParty } from '../../src/domain/coach/features';

// Sentences written for these tests, not taken from any labelled answer.
function cues(answer: string): Record<string, string[]> {
  const hits = new Map<string, Evidence[]>();
  const ctx = buildContext({
    language: 'en',
    stage: 'hr',
    question: 'Why are you leaving your current job?',
    answer,
  });
  blameCues(ctx, isOtherParty, hits);
  return Object.fromEntries([...hits].map(([k, v]) => [k, v.map((e) => e.text)]));
}

describe('blame told without an insult (blame-shapes.ts)', () => {
  test('a lesson that says what is wrong with them, not with oneself', () => {
    expect(
      cues('What I learned at the agency is that good ideas are never rewarded there.')
        .lessonBlames,
    ).toEqual(['learned at the agency is that good ideas are never']);
    expect(cues('It taught me that nobody upstairs reads the audit notes.').lessonBlames).toEqual([
      'taught me that nobody',
    ]);
    // Near misses: the lesson is the candidate's own rule.
    expect(cues('I learned that I should not promise dates before checking stock.')).toEqual({});
    expect(cues('The lesson was to never sign off a batch without the log.')).toEqual({});
    expect(cues('I learned from my supervisor that you do not skip the handover.')).toEqual({});
  });

  test('mistreatment in the verb or a simile, with someone at work doing it', () => {
    expect(cues('The warehouse manager underpaid the night crew for months.').mistreatedBy).toEqual(
      ['manager underpaid'],
    );
    expect(cues('Honestly, they treated us like free labour.').mistreatedBy).toEqual([
      'treated us like',
    ]);
    expect(cues('My director micromanaged every slide we sent.').mistreatedBy).toEqual([
      'director micromanaged',
    ]);
    // Near misses: the candidate's own misjudgement, a word that only starts like one.
    expect(cues('I underestimated how long the migration would take.')).toEqual({});
    expect(cues('My manager understood the delay and moved the launch.')).toEqual({});
    expect(cues('Everyone makes mistakes in the first month.')).toEqual({});
  });

  test('a polite frame around what follows', () => {
    expect(
      cues('I want to be respectful about it, but the owners decide on a whim.').politeFrame,
    ).toEqual(['want to be respectful']);
    expect(cues("Let me put it this way, and I'll leave it at that.").politeFrame).toEqual([
      "I'll leave it at that",
    ]);
    expect(cues('I was respectful to every guest, even the rude ones.')).toEqual({});
  });
});
