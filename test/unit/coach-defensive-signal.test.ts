import { describe, expect, test } from 'vitest';
import { buildContext } from '../../src/domain/coach/context';
import { answerFeatures } from '../../src/domain/coach/features';
import { defensiveSignal } from '../../src/domain/coach/defensive-signal';
import { ruleLabels } from '../../src/domain/coach/rule-labels';

// Sentences written for these tests, not taken from any labelled answer.
function signal(answer: string, question = 'Tell me about a mistake you made at work.') {
  const ctx = buildContext({ language: 'en', stage: 'hr', question, answer });
  // No keep: every cue family is looked for, as when training.
  const hit = answerFeatures(ctx, ruleLabels(ctx)).get('f:defensiveSignal');
  return hit && { value: hit.value, words: hit.evidence.map((e) => e.text) };
}

describe('one defensive signal from the scattered cue families (defensive-signal.ts)', () => {
  test('a shifted fault and a question back are two families: a stronger signal', () => {
    const one = signal('I only did what I was told, so the numbers were theirs.');
    expect(one?.value).toBe(1);
    const two = signal(
      'I only did what I was told. What else was I supposed to do, rewrite their model?',
    );
    expect(two?.value).toBe(1.5);
    expect(two?.words.length).toBe(2);
  });

  test('evidence spans point at the words of each family', () => {
    const hit = signal('What else was I supposed to do, rewrite their model?');
    expect(hit?.words.join(' ')).toMatch(/What else was I/);
  });

  test('near misses: a fault owned, a plain story, a question to clarify', () => {
    expect(
      signal(
        'I sent the invoice to the wrong client. That was my mistake, so I called both of them the same day and set up a second check.',
      ),
    ).toBeUndefined();
    expect(
      signal(
        'Last May I mislabelled a pallet; I reported it, re-picked the order and it shipped on time.',
      ),
    ).toBeUndefined();
    expect(signal('Do you mean a mistake with a customer or with the team?')).toBeUndefined();
  });

  test('a justification counts only when no fault is owned', () => {
    const cues = new Map([['justifies', { evidence: [{ text: 'because', start: 0, end: 7 }] }]]);
    expect(defensiveSignal(cues)?.value).toBe(1);
    cues.set('faultOwned', { evidence: [{ text: 'my mistake', start: 10, end: 20 }] });
    expect(defensiveSignal(cues)).toBeUndefined();
  });
});
